/**
 * Work spread over worker threads: jobs go out in batches, in order, and each job's promise
 * resolves as its batch comes back. The worker script answers each message (a batch of jobs)
 * with the batch's results, one message after another, in order (see `serveBatches` and `serveJobs`).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

export interface PoolOptions {
  /** Jobs per message: small enough that the first results come soon, large enough to keep messages few. */
  batchSize: number;
  /** Worker threads; by default one per core, for work the main thread only waits for. */
  workers?: number;
  /**
   * Batches queued in each worker at once (default 1). A worker hears of its next batch only
   * when the main thread is free to send it, so a main thread with work of its own queues more.
   */
  queued?: number;
}

export function runInWorkers<Job, Result>(script: string, jobs: Job[], { batchSize, workers = availableParallelism(), queued = 1 }: PoolOptions): Promise<Result>[] {
  if (jobs.length === 0) return [];
  const settlers: { resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  const promises = jobs.map((): Promise<Result> => new Promise((resolve, reject) => settlers.push({ resolve, reject })));
  const batches: { start: number; jobs: Job[] }[] = [];
  for (let start = 0; start < jobs.length; start += batchSize) batches.push({ start, jobs: jobs.slice(start, start + batchSize) });
  const count = Math.max(1, Math.min(batches.length, workers));
  for (let w = 0; w < count; w++) {
    const worker = new Worker(script);
    // The batches this worker holds, oldest first: it answers them in that order.
    const sent: { start: number; jobs: Job[] }[] = [];
    const feed = () => {
      while (sent.length < queued && batches.length > 0) {
        const batch = batches.shift()!;
        sent.push(batch);
        worker.postMessage(batch.jobs);
      }
      if (sent.length === 0) void worker.terminate();
    };
    worker.on('message', (results: Result[]) => {
      const { start } = sent.shift()!;
      results.forEach((result, i) => settlers[start + i].resolve(result));
      feed();
    });
    worker.on('error', (error) => {
      for (const { reject } of settlers) reject(error);
    });
    feed();
  }
  return promises;
}

/** In a worker script: answers every batch of jobs with `work` applied to the whole batch, one batch at a time. */
export function serveBatches<Job, Result>(work: (jobs: Job[]) => Result[] | Promise<Result[]>): void {
  let previous = Promise.resolve();
  parentPort?.on('message', (jobs: Job[]) => {
    previous = previous.then(async () => parentPort!.postMessage(await work(jobs)));
  });
}

/** In a worker script: answers every batch of jobs with `work` applied to each, in order. */
export function serveJobs<Job, Result>(work: (job: Job) => Result | Promise<Result>): void {
  serveBatches(async (jobs: Job[]) => {
    const results: Result[] = [];
    for (const job of jobs) results.push(await work(job));
    return results;
  });
}
