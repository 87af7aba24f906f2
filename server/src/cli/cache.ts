/**
 * `--cache`: results of earlier runs, so a run lints only the files whose result may have changed.
 *
 * An entry holds one file's printed result (its report and the problems it met in other files) under a key: the path
 * as printed, a digest of the text, a digest of the options that change results (command, `--config`, `--root`,
 * `--allow-outside`, `--report-unused-disables`) and the observations the result rests on, as the session recorded
 * them (`DocumentAnalysis.inputs`: the built-in packs, the config search, the config and what it extends, the
 * bibliography and the ledger, and the searches for them). An entry is used only when every part of its key holds
 * now. The file records the engine version and a digest of claimlint's own code; another version or build starts a
 * new cache.
 *
 * The file is two lines: a JSON header (tool, format, engine, build, and a checksum of the second line) and a JSON
 * body (the observations, once each, and the entries, which point into them). A cache that cannot be read, is cut
 * short, corrupt or someone else's is ignored with one warning and rewritten; it never fails the run. It is written to
 * a temporary file and renamed into place, so a run stopped half-way or another run at the same time never leaves a
 * torn file.
 *
 * Free of the engine and the session, so a run where every file is cached never loads them.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { FileSystem } from '../node/file-system';
import { sha256, stillHolds, type InputKey } from './digest';
import type { FileReport, FileResult, JsonProblem, Mode } from './report';

/** The cache file's name in `--root` (or in a folder given to `--cache-location`). */
export const CACHE_FILE_NAME = '.claimlintcache';

const TOOL = 'claimlint-cache';
const FORMAT = 1;

/** Which claimlint wrote (and may read) a cache: its engine version and a digest of its code. */
export interface CacheIdentity {
  engine: string;
  build: string;
}

/** A cached result: what a run prints about the file. */
export type CachedResult = Pick<FileResult, 'report' | 'sharedProblems'>;

interface Entry {
  /** The path as printed (the argument as typed, so the report printed again is the same). */
  name: string;
  content: string;
  options: string;
  inputs: InputKey[];
  report: FileReport;
  sharedProblems: JsonProblem[];
}

interface StoredEntry extends Omit<Entry, 'inputs'> {
  inputs: number[];
}

interface Body {
  inputs: InputKey[];
  files: Record<Mode, Record<string, StoredEntry>>;
}

/** Where the cache file is: `--cache-location` (a file, or a folder when it is one or ends with a separator), else in the root. */
export function cacheLocation(option: string | undefined, root: string): string {
  if (option === undefined) return resolve(root, CACHE_FILE_NAME);
  const isFolder = option.endsWith('/') || option.endsWith(sep) || isDirectory(option);
  return resolve(isFolder ? join(option, CACHE_FILE_NAME) : option);
}

/** The digest of the options that change a file's result. */
export function optionsDigest(options: {
  mode: Mode;
  config: string | undefined;
  root: string;
  allowOutside: boolean;
  reportUnusedDisables: boolean;
  /** SARIF keeps silenced findings in the report. */
  keepSuppressed: boolean;
  /** Rules about dates (a stale "last updated") depend on the day. */
  today?: string;
  /** `--require-status`. */
  requireStatus?: string;
}): string {
  return sha256(
    JSON.stringify([
      options.mode,
      options.config === undefined ? null : resolve(options.config),
      resolve(options.root),
      options.allowOutside,
      options.reportUnusedDisables,
      options.keepSuppressed,
      options.today ?? null,
      options.requireStatus ?? null,
    ]),
  );
}

/** The identity of the running claimlint: its engine version and a digest of the code at `script` (the bundle). */
export function currentIdentity(engine: string, script: string): CacheIdentity {
  let build: string;
  try {
    build = sha256(readFileSync(script));
  } catch {
    build = 'unknown';
  }
  return { engine, build };
}

export class ResultCache {
  private readonly entries: Record<Mode, Map<string, Entry>> = { check: new Map(), analyze: new Map() };
  /** Paths looked up or stored this run (the others are kept while their file exists). */
  private readonly seen = new Set<string>();
  private readonly holds = new Map<InputKey, Promise<boolean>>();
  private changed: boolean;

  private constructor(
    readonly path: string,
    private readonly identity: CacheIdentity,
    private readonly fs: FileSystem,
    body: Body | undefined,
  ) {
    this.changed = body === undefined;
    if (!body) return;
    for (const mode of ['check', 'analyze'] as const)
      for (const [path, stored] of Object.entries(body.files[mode])) this.entries[mode].set(path, { ...stored, inputs: stored.inputs.map((index) => body.inputs[index]!) });
  }

  /**
   * Opens the cache at `path` for a claimlint of `identity`, reading files through `fs` (the pipeline's own reader, so
   * texts digest the same). A missing file is an empty cache; an unusable one is too, with one call of `warn`.
   */
  static open(path: string, identity: CacheIdentity, fs: FileSystem, warn: (message: string) => void): ResultCache {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read the cache ${path} (${(error as Error).message}); it is ignored and will be rewritten`);
      return new ResultCache(path, identity, fs, undefined);
    }
    const read = readCacheText(text, identity);
    if ('problem' in read) warn(`the cache ${path} ${read.problem}; it is ignored and will be rewritten`);
    return new ResultCache(path, identity, fs, 'body' in read ? read.body : undefined);
  }

  /** The cached result for the file at `path` (absolute), printed as `name`, if it still holds; undefined otherwise. */
  async lookup(mode: Mode, path: string, name: string, options: string): Promise<CachedResult | undefined> {
    this.seen.add(path);
    const entry = this.entries[mode].get(path);
    if (!entry || entry.name !== name || entry.options !== options) return undefined;
    const text = await this.fs.readFile(path).catch(() => undefined);
    if (text === undefined || sha256(text) !== entry.content) return undefined;
    for (const input of entry.inputs) if (!(await this.stillHolds(input))) return undefined;
    return { report: entry.report, sharedProblems: entry.sharedProblems };
  }

  /** Keeps a fresh result (one without a basis, such as an unreadable file, is not kept and drops the old entry). */
  remember(mode: Mode, path: string, options: string, result: FileResult): void {
    this.seen.add(path);
    this.changed = true;
    if (!result.basis) {
      this.entries[mode].delete(path);
      return;
    }
    const { content, inputs } = result.basis;
    this.entries[mode].set(path, { name: result.report.path, content, options, inputs, report: result.report, sharedProblems: result.sharedProblems });
  }

  /**
   * Writes the cache if anything changed: this run's entries, and earlier entries of files this run did not look at
   * while the file is still there (another shard's, another folder's). Failing to write is one call of `warn`.
   */
  save(warn: (message: string) => void): void {
    for (const entries of Object.values(this.entries))
      for (const path of entries.keys())
        if (!this.seen.has(path) && !isFile(path)) {
          entries.delete(path);
          this.changed = true;
        }
    if (!this.changed) return;
    const table = new Map<InputKey, number>();
    const keyIndex = new Map<string, number>();
    const inputs: InputKey[] = [];
    const indexOf = (key: InputKey): number => {
      let index = table.get(key);
      if (index !== undefined) return index;
      const id = key.join('\u0000');
      index = keyIndex.get(id);
      if (index === undefined) {
        index = inputs.push(key) - 1;
        keyIndex.set(id, index);
      }
      table.set(key, index);
      return index;
    };
    const files = { check: {}, analyze: {} } as Body['files'];
    for (const mode of ['check', 'analyze'] as const)
      for (const [path, entry] of [...this.entries[mode]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) files[mode][path] = { ...entry, inputs: entry.inputs.map(indexOf) };
    const body = JSON.stringify({ inputs, files } satisfies Body);
    const header = JSON.stringify({ tool: TOOL, format: FORMAT, engine: this.identity.engine, build: this.identity.build, checksum: sha256(body) });
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, `${header}\n${body}\n`);
      renameSync(temporary, this.path);
      this.changed = false;
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // Never written.
      }
      warn(`cannot write the cache ${this.path} (${(error as Error).message})`);
    }
  }

  private stillHolds(input: InputKey): Promise<boolean> {
    let holds = this.holds.get(input);
    if (!holds) this.holds.set(input, (holds = stillHolds(input, this.fs)));
    return holds;
  }
}

/** The body of a cache file's text, nothing when it is another claimlint's, or what is wrong with it. */
export function readCacheText(text: string, identity: CacheIdentity): { body: Body } | { stale: true } | { problem: string } {
  const newline = text.indexOf('\n');
  const header = parseJson(newline < 0 ? text : text.slice(0, newline)) as Record<string, unknown> | undefined;
  if (!isObject(header) || header['tool'] !== TOOL) return { problem: 'is not a claimlint cache (corrupt, or written by another tool)' };
  if (header['format'] !== FORMAT) return { problem: `is in cache format ${JSON.stringify(header['format'])}, not ${FORMAT}` };
  if (newline < 0) return { problem: 'is cut short' };
  const bodyText = text.slice(newline + 1).replace(/\n$/, '');
  if (header['checksum'] !== sha256(bodyText)) return { problem: 'is cut short or corrupt (its checksum does not match)' };
  // Another version or build of claimlint: every entry may differ, so it is a new cache (not a fault).
  if (header['engine'] !== identity.engine || header['build'] !== identity.build) return { stale: true };
  const body = parseJson(bodyText);
  if (!isBody(body)) return { problem: 'has entries claimlint cannot read' };
  return { body };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// The body is checked fully before use, so no hand edit or stray write can make a run print garbage or crash.

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isArrayOf = <T>(value: unknown, item: (element: unknown) => element is T): value is T[] => Array.isArray(value) && value.every(item);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isBody(value: unknown): value is Body {
  if (!isObject(value) || !isArrayOf(value['inputs'], isInputKey) || !isObject(value['files'])) return false;
  const inputCount = value['inputs'].length;
  const files = value['files'];
  return (['check', 'analyze'] as const).every((mode) => isObject(files[mode]) && Object.values(files[mode]).every((entry) => isStoredEntry(entry, inputCount)));
}

function isInputKey(value: unknown): value is InputKey {
  return Array.isArray(value) && value.length === 3 && ['text', 'stat', 'isFile', 'list', 'package', 'realPath'].includes(value[0] as string) && isString(value[1]) && isString(value[2]);
}

function isStoredEntry(value: unknown, inputCount: number): value is StoredEntry {
  return (
    isObject(value) &&
    isString(value['name']) &&
    isString(value['content']) &&
    isString(value['options']) &&
    isArrayOf(value['inputs'], (index): index is number => isCount(index) && (index as number) < inputCount) &&
    isFileReport(value['report']) &&
    isArrayOf(value['sharedProblems'], isProblem)
  );
}

function isFileReport(value: unknown): value is FileReport {
  return (
    isObject(value) &&
    isString(value['path']) &&
    isArrayOf(value['findings'], isFinding) &&
    isArrayOf(value['problems'], isProblem) &&
    (value['sentences'] === undefined || Array.isArray(value['sentences'])) &&
    (value['ignored'] === undefined || typeof value['ignored'] === 'boolean')
  );
}

function isFinding(value: unknown): value is FileReport['findings'][number] {
  return (
    isObject(value) &&
    isString(value['ruleId']) &&
    SEVERITIES.has(value['severity'] as string) &&
    isString(value['message']) &&
    isString(value['text']) &&
    isRange(value['range']) &&
    isArrayOf(
      value['fixes'],
      (fix): fix is unknown => isObject(fix) && isString(fix['title']) && isArrayOf(fix['edits'], (edit): edit is unknown => isObject(edit) && isRange(edit['range']) && isString(edit['newText'])),
    ) &&
    (value['also'] === undefined || isArrayOf(value['also'], isString))
  );
}

function isProblem(value: unknown): value is JsonProblem {
  return isObject(value) && isString(value['message']) && isString(value['path']) && SEVERITIES.has(value['severity'] as string) && (value['range'] === undefined || isRange(value['range']));
}

function isRange(value: unknown): boolean {
  const isPosition = (position: unknown): boolean => isObject(position) && isCount(position['line']) && isCount(position['character']);
  return isObject(value) && isPosition(value['start']) && isPosition(value['end']);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
