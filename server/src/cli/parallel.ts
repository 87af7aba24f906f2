/**
 * Lints files on up to `jobs` threads: the main thread and `jobs - 1` workers take files one at a time from one shared
 * queue, largest first, so the threads finish together whatever each file costs. Every thread runs the same
 * `createFileLinter`, and results are returned in the order given, so output does not depend on how the work was
 * split. Loaded only when some file has to be linted (a fully cached run never starts the engine).
 */
import { statSync } from 'node:fs';
// Sizes only order the queue; reading files goes through the session's FileSystem.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createFileLinter, type FileResult, type Mode, type RunOptions } from './report';

interface WorkerInput {
  claimlintWorker: true;
  /** The queue: paths, largest first. */
  queue: string[];
  /** One Int32: the index of the next file to take, shared by every thread. */
  next: SharedArrayBuffer;
  mode: Mode;
  options: RunOptions;
  withBasis: boolean;
}

type WorkerMessage = { index: number; result: FileResult } | { done: true };

// Below this many files per thread, starting a worker (loading the engine and the rules again) costs more than it saves.
const MIN_FILES_PER_THREAD = 8;

export interface LintOptions {
  /** Add what `--cache` keeps to each result. */
  withBasis: boolean;
  /** Called on the main thread as each file is done (any thread's), for progress. */
  onFile?: () => void;
}

/** The number of threads for `files` files with `--jobs jobs`: the main thread counts as one. */
export function threadCount(files: number, jobs: number): number {
  return Math.max(1, Math.min(jobs, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/** Indices of `sizes`, largest first; equal sizes keep their order (paths are sorted), so the queue is deterministic. */
export function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/** Lints `paths` on up to `jobs` threads; results in the order of `paths`. */
export async function lintFiles(paths: readonly string[], mode: Mode, options: RunOptions, jobs: number, { withBasis, onFile }: LintOptions): Promise<FileResult[]> {
  const order = largestFirst(paths.map(sizeOf));
  const queue = order.map((index) => paths[index]!);
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const byQueueIndex: FileResult[] = new Array<FileResult>(queue.length);
  const deliver = (index: number, result: FileResult): void => {
    byQueueIndex[index] = result;
    onFile?.();
  };
  const input: WorkerInput = { claimlintWorker: true, queue, next, mode, options, withBasis };
  const workers = Array.from({ length: threadCount(paths.length, jobs) - 1 }, () => runWorker(input, deliver));
  // The main thread works too, yielding between files so worker results (and progress) are taken as they come.
  await drain(input, deliver, true);
  await Promise.all(workers);
  const results: FileResult[] = new Array<FileResult>(paths.length);
  order.forEach((pathIndex, queueIndex) => (results[pathIndex] = byQueueIndex[queueIndex]!));
  return results;
}

/** In a worker started by `lintFiles`, takes files from the queue until it is empty and returns true. */
export function runAsWorker(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (isMainThread || !input?.claimlintWorker) return false;
  drain(input, (index, result) => parentPort!.postMessage({ index, result } satisfies WorkerMessage), false).then(
    () => parentPort!.postMessage({ done: true } satisfies WorkerMessage),
    (error: unknown) => {
      throw error;
    },
  );
  return true;
}

/** Takes the next file from the shared queue and lints it, until none is left. */
async function drain(input: WorkerInput, deliver: (index: number, result: FileResult) => void, yieldBetween: boolean): Promise<void> {
  const lint = createFileLinter(input.mode, input.options, { withBasis: input.withBasis });
  const next = new Int32Array(input.next);
  const take = (): number => Atomics.add(next, 0, 1);
  for (let index = take(); index < input.queue.length; index = take()) {
    deliver(index, await lint(input.queue[index]!));
    if (yieldBetween) await new Promise((resolve) => setImmediate(resolve));
  }
}

function runWorker(input: WorkerInput, deliver: (index: number, result: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: input });
    let done = false;
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) done = true;
      else deliver(message.index, message.result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 || !done) reject(new Error(`worker stopped with exit code ${code}`));
      else resolve();
    });
  });
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
