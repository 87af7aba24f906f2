/**
 * Spreads files over worker threads (one per core) for large runs. Each worker
 * runs the same `reportFiles` as the main thread, so output does not depend on
 * how the work was split.
 */
import { statSync } from 'node:fs';
// Sizes only balance the split; reading files goes through the session's FileSystem.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { dedupeProblems, reportFiles, type BatchReport, type Mode, type RunOptions } from './report';
import { mergedRules } from './rule-descriptions';

interface WorkerInput {
  claimlintWorker: true;
  paths: string[];
  mode: Mode;
  options: RunOptions;
}

// Below this many files per thread, starting workers costs more than it saves.
const MIN_FILES_PER_WORKER = 8;

/** Lints `paths` on up to `jobs` threads. */
export async function reportInParallel(paths: string[], mode: Mode, options: RunOptions, jobs: number): Promise<BatchReport> {
  const workers = Math.min(jobs, Math.floor(paths.length / MIN_FILES_PER_WORKER));
  if (workers <= 1) return reportFiles(paths, mode, options);
  const chunks = balance(paths, workers);
  const batches = await Promise.all(chunks.map((chunk) => runWorker({ claimlintWorker: true, paths: chunk, mode, options })));
  const byPath = new Map(batches.flatMap((batch) => batch.files).map((file) => [file.path, file]));
  return {
    files: paths.map((path) => byPath.get(path)!),
    configProblems: dedupeProblems(batches.flatMap((batch) => batch.configProblems)),
    ...mergedRules(batches),
  };
}

/** In a worker started by `reportInParallel`, does its share and returns true. */
export function runAsWorker(): boolean {
  const input = workerData as WorkerInput | undefined;
  if (isMainThread || !input?.claimlintWorker) return false;
  reportFiles(input.paths, input.mode, input.options).then(
    (batch) => parentPort!.postMessage(batch),
    (error: unknown) => {
      throw error;
    },
  );
  return true;
}

function runWorker(input: WorkerInput): Promise<BatchReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: input });
    worker.once('message', (batch: BatchReport) => resolve(batch));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
    });
  });
}

// Largest files first, each to the lightest chunk, so threads finish together.
function balance(paths: string[], count: number): string[][] {
  const sized = paths.map((path) => ({ path, size: sizeOf(path) })).sort((a, b) => b.size - a.size);
  const chunks = Array.from({ length: count }, () => ({ paths: [] as string[], size: 0 }));
  for (const file of sized) {
    const lightest = chunks.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.paths.push(file.path);
    lightest.size += file.size;
  }
  return chunks.map((chunk) => chunk.paths).filter((chunk) => chunk.length > 0);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
