import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runInWorkers } from './worker-pool.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'guarantees-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A job that takes a different time each (so batches held at once would finish out of order
// if a worker served them side by side), and fails on a negative number.
const script = path.join(dir, 'square-worker.mjs');
writeFileSync(
  script,
  `import { serveJobs } from ${JSON.stringify(pathToFileURL(path.resolve('src/data/worker-pool.ts')).href)};\n` +
    `serveJobs(async (n) => {\n  if (n < 0) throw new Error('negative: ' + n);\n  await new Promise((done) => setTimeout(done, (n * 7) % 5));\n  return n * n;\n});\n`,
);

describe('work spread over worker threads', () => {
  it('gives each job its own result, with several batches queued in each worker', async () => {
    const jobs = Array.from({ length: 120 }, (_, i) => i);
    const results = await Promise.all(runInWorkers<number, number>(script, jobs, { batchSize: 3, workers: 2, queued: 5 }));
    expect(results).toEqual(jobs.map((n) => n * n));
  });

  it('fails the jobs when one of them fails', async () => {
    const results = runInWorkers<number, number>(script, [1, 2, -3, 4], { batchSize: 2, workers: 1, queued: 2 });
    await expect(Promise.all(results)).rejects.toThrow('negative: -3');
  });
});
