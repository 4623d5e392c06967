/**
 * Work spread over worker threads: jobs go out in batches, in order, and each job's promise
 * resolves as its batch comes back. The worker script answers each message (a batch of jobs)
 * with the batch's results, in order (see `serveBatches` and `serveJobs`).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * One worker per core (the main thread mostly waits for them meanwhile); `batchSize` jobs per
 * message: small enough that the first results come soon, large enough to keep messages few.
 */
export function runInWorkers<Job, Result>(script: string, jobs: Job[], batchSize: number): Promise<Result>[] {
  if (jobs.length === 0) return [];
  const settlers: { resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];
  const promises = jobs.map((): Promise<Result> => new Promise((resolve, reject) => settlers.push({ resolve, reject })));
  const batches: { start: number; jobs: Job[] }[] = [];
  for (let start = 0; start < jobs.length; start += batchSize) batches.push({ start, jobs: jobs.slice(start, start + batchSize) });
  const count = Math.min(batches.length, availableParallelism());
  for (let w = 0; w < count; w++) {
    const worker = new Worker(script);
    let current: { start: number; jobs: Job[] } | undefined;
    const feed = () => {
      current = batches.shift();
      if (current) worker.postMessage(current.jobs);
      else void worker.terminate();
    };
    worker.on('message', (results: Result[]) => {
      results.forEach((result, i) => settlers[current!.start + i].resolve(result));
      feed();
    });
    worker.on('error', (error) => {
      for (const { reject } of settlers) reject(error);
    });
    feed();
  }
  return promises;
}

/** In a worker script: answers every batch of jobs with `work` applied to the whole batch. */
export function serveBatches<Job, Result>(work: (jobs: Job[]) => Result[] | Promise<Result[]>): void {
  parentPort?.on('message', async (jobs: Job[]) => parentPort!.postMessage(await work(jobs)));
}

/** In a worker script: answers every batch of jobs with `work` applied to each, in order. */
export function serveJobs<Job, Result>(work: (job: Job) => Result | Promise<Result>): void {
  serveBatches(async (jobs: Job[]) => {
    const results: Result[] = [];
    for (const job of jobs) results.push(await work(job));
    return results;
  });
}
