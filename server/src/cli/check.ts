/**
 * `claimlint check` and `claimlint analyze` over many files: expands the paths, keeps this shard's files, takes what
 * the cache still holds, lints the rest on up to `--jobs` threads (loading the engine only then), prints the results
 * in path order and writes the cache back. Exit codes as in main.ts.
 */
import { resolve } from 'node:path';
import { ENGINE_VERSION } from '../engine/version';
import { nodeFileSystem } from '../node/node-file-system';
import { cacheLocation, currentIdentity, optionsDigest, ResultCache, type CachedResult } from './cache';
import { expandPaths } from './files';
import { formatJson, formatProblems, formatStylish } from './format';
import { createProgress, showsProgress } from './progress';
import { batchOf } from './batch';
import type { FileResult, Mode, RunOptions } from './report';
import { filesOfShard, type Shard } from './shard';

export interface CheckOptions extends RunOptions {
  mode: Mode;
  format: 'stylish' | 'json' | 'sarif';
  paths: string[];
  jobs: number;
  /** `--cache`, with `--cache-location` when given. */
  cache: { location: string | undefined } | undefined;
  shard: Shard | undefined;
  quiet: boolean;
}

/** Where a run writes: stdout for results, stderr for problems, warnings and notices. */
export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

// Files read and digested at once while looking them up in the cache.
const LOOKUP_CONCURRENCY = 16;

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_TROUBLE = 2;

/** Runs the command; resolves to the exit code (0 clean, 1 error-severity findings, 2 problems). */
export async function runCheck(options: CheckOptions, { stdout, stderr }: Output): Promise<number> {
  const { mode } = options;
  const warn = (message: string): void => void stderr.write(`claimlint: warning: ${message}\n`);
  const notice = (message: string): void => {
    if (!options.quiet) stderr.write(`claimlint: ${message}\n`);
  };
  const expanded = await expandPaths(options.paths);
  const files = options.shard ? filesOfShard(expanded.files, options.root, options.shard) : expanded.files;
  const progress = createProgress(stderr, { enabled: showsProgress({ isTTY: stderr.isTTY, quiet: options.quiet }) });
  let done = 0;
  const fileDone = (): void => progress.update(++done, files.length);

  const results: Array<FileResult | CachedResult | undefined> = new Array(files.length);
  const fs = nodeFileSystem();
  const cache = options.cache ? ResultCache.open(cacheLocation(options.cache.location, options.root), currentIdentity(ENGINE_VERSION, __filename), fs, warn) : undefined;
  const key = optionsDigest({
    mode,
    config: options.config,
    root: options.root,
    allowOutside: options.allowOutside === true,
    reportUnusedDisables: options.reportUnusedDisables,
    keepSuppressed: options.keepSuppressed === true,
    // Rules about dates (a stale "last updated", an old source) judge against today: a cached result holds for a day.
    today: options.today ?? new Date().toISOString().slice(0, 10),
    ...(options.requireStatus ? { requireStatus: options.requireStatus } : {}),
  });
  if (cache) {
    let next = 0;
    const lookUp = async (): Promise<void> => {
      for (let index = next++; index < files.length; index = next++) {
        const cached = await cache.lookup(mode, resolve(files[index]!), files[index]!, key);
        if (cached) {
          results[index] = cached;
          fileDone();
        }
      }
    };
    await Promise.all(Array.from({ length: LOOKUP_CONCURRENCY }, lookUp));
  }

  const misses = files.flatMap((_, index) => (results[index] ? [] : [index]));
  if (misses.length > 0) {
    // The engine, the rules and worker threads are loaded only when some file has to be linted.
    const { lintFiles } = await import('./parallel');
    const fresh = await lintFiles(
      misses.map((index) => files[index]!),
      mode,
      options,
      options.jobs,
      { withBasis: cache !== undefined, onFile: fileDone },
    );
    misses.forEach((index, at) => {
      results[index] = fresh[at]!;
      cache?.remember(mode, resolve(files[index]!), key, fresh[at]!);
    });
  }
  progress.finish();
  cache?.save(warn);

  const batch = batchOf(results as CachedResult[]);
  if (options.format === 'sarif') {
    // Rules are described from the projects themselves, cached or not (one project load per config).
    const { describeRunRules } = await import('./report');
    const { formatSarif } = await import('./sarif');
    stdout.write(`${formatSarif({ ...batch, rules: await describeRunRules(files, options) }, { root: options.root, missing: expanded.missing })}\n`);
  } else stdout.write(`${options.format === 'json' ? formatJson(batch, mode) : formatStylish(batch)}\n`);
  for (const line of formatProblems(batch)) stderr.write(`${line}\n`);
  for (const arg of expanded.missing) stderr.write(`claimlint: no such file, folder or matching glob: ${arg}\n`);
  if (cache) notice(`${files.length - misses.length} of ${files.length} files from the cache (${cache.path})`);
  const hasTrouble =
    expanded.missing.length > 0 || batch.configProblems.some((problem) => problem.severity === 'error') || batch.files.some((file) => file.problems.some((problem) => problem.severity === 'error'));
  if (hasTrouble) return EXIT_TROUBLE;
  return batch.files.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}
