/**
 * The differential fuzz of the language server (issue 12 §7), shared by `test/server/fuzz.test.ts` and
 * `npm run fuzz` (bench/fuzz.ts).
 *
 * A real server (dist/server.js over stdio) gets a seeded sequence of incremental `textDocument/didChange` edits.
 * After each one (or each k-th) the client pulls diagnostics and compares them with the engine's `lint()` of the
 * same text in this process, with the same config and bibliography (found by the same node pipeline modules), and
 * checks that every range lies in the text and splits no surrogate pair. Now and then it also asks for hovers, code
 * actions, completion, links and definitions at random places, and races a pull against the next edit (cancelled or
 * not), as an editor does while the writer types. Anything the server logs is an error: it logs only failures.
 *
 * The client keeps its own copy of the text and does its own position arithmetic (./text.ts), so a slip in either
 * side's incremental bookkeeping shows up as a mismatch. The reference lints with a fresh copy of the config object
 * by default, so none of the engine's per-chunk memos carry over between edits there, while the server's do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentLink,
  type Hover,
  type Location,
  type LocationLink,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { lint, loadBibliography, type Finding, type Fix } from '../../server/src/engine/index';
import { documentBibliography } from '../../server/src/node/bibliography';
import { createFileCache } from '../../server/src/node/file-cache';
import { nodeHost } from '../../server/src/node/node-host';
import { projectForDocument, type Project } from '../../server/src/node/project';
import { createSession, isInside } from '../../server/src/node/session';
import { startServer, stopServer, type TestServer } from '../helpers/lsp-client';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir } from '../helpers/temp';
import { applyChange, BIBLIOGRAPHY, CONFIG, editGenerator, seededRandom, START_DOCUMENT, typingGenerator, type Change, type FixEdits, type Step } from './edits';
import { Lines, snapOffset, type Position, type Range } from './text';

export interface FuzzOptions {
  seed: number;
  /** didChange notifications to send. */
  edits: number;
  /** Pull diagnostics after every `checkEvery`-th edit (and after the last). Default 1. */
  checkEvery?: number;
  /** Compare every `compareEvery`-th pull with lint() (and the last); the others are only checked for ranges. Default 1. */
  compareEvery?: number;
  /** About one in `requestsEvery` edits is followed by a hover, code action, completion, link or definition request. Default 5; 0: none. */
  requestsEvery?: number;
  /** About one in `raceEvery` edits is preceded by a pull that the edit races (half of them cancelled). Default 10; 0: none. */
  raceEvery?: number;
  /** Start from the article with "\r\n" line breaks. */
  crlf?: boolean;
  /** Type characters one at a time at the end of one paragraph instead of random edits. */
  typing?: boolean;
  /** Reference lints reuse the config object (warm engine memos) instead of a fresh copy for each check. */
  warmReference?: boolean;
  /**
   * Compute lint() in this process while the server answers the pull (the test: client and server then use both
   * cores). The pull's answer is then seen only when lint() is done, so those pulls record no latency.
   */
  overlap?: boolean;
  /** Stop at the first mismatch or error (the test); the script counts them all. */
  stopAtFirstFailure?: boolean;
  /** Restart the server after a crash or a hang and go on (the script). */
  restartOnCrash?: boolean;
  /** Where failure dumps go. Default test-artifacts/fuzz/. */
  artifacts?: string;
  /** Progress lines for long runs. */
  progress?: (line: string) => void;
  progressEvery?: number;
}

/** One thing that went wrong, with what is needed to replay it. */
export interface Failure {
  kind: 'mismatch' | 'range' | 'request' | 'server log' | 'crash' | 'hang' | 'engine' | 'version';
  /** The edit after which it was seen (0-based); -1 before the first. */
  index: number;
  message: string;
  /** A JSON file with the text before and after, the edit and both diagnostic lists. */
  dump?: string;
}

export interface FuzzResult {
  seed: number;
  edits: number;
  /** Pulls after an edit, and how many of them were compared with lint(). */
  checks: number;
  compared: number;
  requests: number;
  races: number;
  failures: Failure[];
  /** Edit → diagnostics, in ms, per check: from sending the didChange to the pull's answer. */
  latencies: number[];
  /** Peak resident set of the server process (VmHWM), kB; the highest over restarts. */
  peakRssKb: number;
  /** Resident set of the server at the end, kB. */
  finalRssKb: number;
  /** Length of the text at the end. */
  finalLength: number;
  /** CPU time of the server processes and of this process (the client and lint()), ms. */
  serverCpuMs: number;
  clientCpuMs: number;
  elapsedMs: number;
  /** How many edits of each kind were sent. */
  kinds: Record<string, number>;
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const SEVERITY_OF: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const REQUEST_TIMEOUT_MS = 60_000;
const SERVER_CANCELLED = -32802;
const REQUEST_CANCELLED = -32800;

/** The lines a diagnostic list is compared by: one per diagnostic, one per fix, suppression and citation slot. */
export type Keys = string[];

function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

interface NormalFix {
  title: string;
  isPreferred?: boolean;
  edits: Array<{ range: Range; newText: string }>;
  fileEdits?: Array<{ uri: string; edits: Array<{ range: Range; newText: string }> }>;
}

export interface NormalDiagnostic {
  range: Range;
  severity: number;
  code: string;
  message: string;
  tags?: number[];
  fixes?: NormalFix[];
  suppressions?: NormalFix[];
  citationSlot?: unknown;
}

export function keysOf(diagnostics: NormalDiagnostic[]): Keys {
  const keys: string[] = [];
  for (const d of diagnostics) {
    const main = `${rangeKey(d.range)} ${SEVERITY[d.severity] ?? d.severity} ${d.code} ${d.message}${d.tags?.length ? ` [tags ${d.tags.join(',')}]` : ''}`;
    keys.push(main);
    const fixKey = (label: string, fix: NormalFix): string =>
      `${main} :: ${label} ${JSON.stringify(fix.title)}${fix.isPreferred ? ' (preferred)' : ''} ${fix.edits.map((e) => `${rangeKey(e.range)}→${JSON.stringify(e.newText)}`).join(' ')}${(
        fix.fileEdits ?? []
      )
        .map((file) => ` ${file.uri.slice(file.uri.lastIndexOf('/') + 1)}:${file.edits.map((e) => `${rangeKey(e.range)}→${JSON.stringify(e.newText)}`).join(' ')}`)
        .join('')}`;
    // Code actions carry a diagnostic's fixes and suppressions alike: compared as one list.
    for (const fix of [...(d.fixes ?? []), ...(d.suppressions ?? [])]) keys.push(fixKey('fix', fix));
  }
  return keys.sort();
}

/** The keys of the diagnostics alone, without their fixes (for answers whose code actions cannot be asked for). */
function withoutFixes(keys: Keys): Keys {
  return keys.filter((key) => !key.includes(' :: '));
}

// Code actions the server adds to the engine's fixes: ranked citation suggestions, accepting a phrase, the ledger.
const SERVER_ACTION = /^(?:Insert citation: |Add ".*" to the accepted vocabulary|Accept as reviewed…)/;

/**
 * What the server sent, reduced to what is compared; `actions` (the code actions the server offers for these
 * diagnostics, if asked) supply each diagnostic's fixes, which the diagnostics no longer carry.
 */
export function normalServer(items: Diagnostic[], actions?: CodeAction[], documentUri?: string): NormalDiagnostic[] {
  // Range, rule and message: two findings of one rule on the same words (an off-topic check of each source of
  // `[@a; @b]`) are two diagnostics, each with its own actions.
  const actionKey = (d: Diagnostic): string => `${rangeKey(d.range)} ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`;
  const fixesOf = new Map<string, NormalFix[]>();
  for (const action of actions ?? []) {
    const diagnostic = action.diagnostics?.[0];
    if (!diagnostic || SERVER_ACTION.test(action.title) || !action.edit?.documentChanges) continue;
    const key = actionKey(diagnostic);
    const edits: NormalFix['edits'] = [];
    const fileEdits: NonNullable<NormalFix['fileEdits']> = [];
    for (const change of action.edit.documentChanges) {
      if ('kind' in change) continue;
      const edit = change as TextDocumentEdit;
      const plain = edit.edits.map((e) => ({ range: (e as { range: Range }).range, newText: (e as { newText: string }).newText }));
      if (edit.textDocument.uri === documentUri) edits.push(...plain);
      else fileEdits.push({ uri: edit.textDocument.uri, edits: plain });
    }
    const list = fixesOf.get(key) ?? [];
    list.push({ title: action.title, ...(action.isPreferred ? { isPreferred: true } : {}), edits, ...(fileEdits.length > 0 ? { fileEdits } : {}) });
    fixesOf.set(key, list);
  }
  return items.map((d) => {
    const fixes = fixesOf.get(actionKey(d));
    return {
      range: d.range,
      severity: d.severity ?? 0,
      code: String(d.code),
      message: typeof d.message === 'string' ? d.message : d.message.value,
      ...(d.tags ? { tags: d.tags } : {}),
      ...(fixes ? { fixes } : {}),
    };
  });
}

/** The multiset difference of two key lists, as "- only in the server" and "+ only in lint()" lines. */
export function diffKeys(server: Keys, expected: Keys, limit = 12): string[] {
  const counts = new Map<string, number>();
  for (const key of expected) counts.set(key, (counts.get(key) ?? 0) + 1);
  const onlyServer: string[] = [];
  for (const key of server) {
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else onlyServer.push(key);
  }
  const onlyExpected = [...counts].flatMap(([key, n]) => Array<string>(n).fill(key));
  const clip = (line: string): string => (line.length > 400 ? `${line.slice(0, 400)}…` : line);
  const lines = [...onlyServer.map((key) => `- server:  ${clip(key)}`), ...onlyExpected.map((key) => `+ lint():  ${clip(key)}`)];
  return lines.length > limit ? [...lines.slice(0, limit), `… ${lines.length - limit} more`] : lines;
}

/** The fuzz workspace on disk: config, bibliography and the article's path. */
export interface Workspace {
  root: string;
  path: string;
  uri: string;
  bibPath: string;
  bibText: string;
}

export function makeWorkspace(start: string): Workspace {
  const root = makeTempDir('fuzz');
  writeFileSync(join(root, '.claimlint.yaml'), CONFIG);
  const bibPath = join(root, 'references.bib');
  writeFileSync(bibPath, BIBLIOGRAPHY);
  const path = join(root, 'article.md');
  writeFileSync(path, start);
  return { root, path, uri: pathToFileURL(path).toString(), bibPath, bibText: BIBLIOGRAPHY };
}

/**
 * `lint()` of a text in this process, with the config and bibliography the server finds for the same path (the
 * nearest config, the document's bibliography), as the diagnostics the server should send.
 */
export async function createReference(workspace: Workspace, options: { warm?: boolean } = {}) {
  const session = createSession({ host: nodeHost(), roots: () => [workspace.root] });
  const files = createFileCache(session.fileSystem);
  const folderProject = await session.projectFor(workspace.path);
  const project: Project | undefined = projectForDocument(folderProject, workspace.path);
  if (!project) throw new Error('the fuzz article is ignored by its config');
  if (project.problems.length > 0) throw new Error(`the fuzz config has problems: ${project.problems.map((p) => p.message).join('; ')}`);
  const mayRead = (named: string): boolean => isInside(named, [workspace.root]);
  const generatorContext = {
    bibliography: loadBibliography([{ path: workspace.bibPath, text: workspace.bibText }]),
    citationScope: project.config.citationScope,
    profile: { audience: project.config.audience, mode: project.config.mode },
  };

  return {
    /** The diagnostics for `text`, and anything in the engine's answer that is a bug in itself. */
    async expected(text: string): Promise<{ keys: Keys; findings: Finding[]; engineErrors: string[] }> {
      const bibliography = await documentBibliography(files, workspace.path, text, project, workspace.root, async (path) => mayRead(path));
      // A fresh config object: the chunk memos are keyed by it, so this lint computes every chunk anew.
      const config = options.warm ? project.config : { ...project.config };
      // The server lints with today's date (UTC), for rules about dates: so does the reference.
      const result = lint({ path: workspace.uri, text }, config, { ...bibliography.context, today: new Date().toISOString().slice(0, 10) });
      const lines = new Lines(text);
      const otherLines = new Map<string, Lines>();
      const linesOf = (path: string): Lines => {
        let found = otherLines.get(path);
        if (!found) otherLines.set(path, (found = new Lines(bibliography.texts.get(path) ?? '')));
        return found;
      };
      const fix = (f: Fix): NormalFix => ({
        title: f.title,
        ...(f.isPreferred ? { isPreferred: true } : {}),
        edits: f.edits.map((edit) => ({ range: lines.range(edit.range.start, edit.range.end), newText: edit.newText })),
        ...(f.fileEdits
          ? {
              fileEdits: f.fileEdits.map((file) => ({
                uri: pathToFileURL(file.path).toString(),
                edits: file.edits.map((edit) => ({ range: linesOf(file.path).range(edit.range.start, edit.range.end), newText: edit.newText })),
              })),
            }
          : {}),
      });
      const diagnostics: NormalDiagnostic[] = [
        ...result.findings.map((finding) => ({
          range: lines.range(finding.range.start, finding.range.end),
          severity: SEVERITY_OF[finding.severity]!,
          code: finding.ruleId,
          message: finding.message,
          fixes: finding.fixes.map(fix),
          suppressions: finding.suppressions.map(fix),
        })),
        ...(result.unusedDirectives ?? []).map((range) => ({
          range: lines.range(range.start, range.end),
          severity: 4,
          code: 'claimlint/unused-directive',
          message: 'This claimlint directive silences nothing; remove it',
          tags: [1],
        })),
        ...[...bibliography.problems, ...result.problems]
          .filter((problem) => problem.path === workspace.uri || problem.path === workspace.path)
          .map((problem) => ({
            range: problem.range ? lines.range(problem.range.start, problem.range.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: SEVERITY_OF[problem.severity]!,
            code: 'claimlint/problem',
            message: problem.message,
          })),
      ];
      const engineErrors = [
        ...result.problems.filter((p) => /^claimlint failed|^internal:/.test(p.message)).map((p) => p.message),
        ...result.findings.filter((f) => f.ruleId === 'claimlint/check-failed').map((f) => f.message),
      ];
      return { keys: keysOf(diagnostics), findings: result.findings, engineErrors };
    },

    /** The engine's fixes for `text`, as offsets, for the "apply a quick fix" edit (deterministic: no server involved). */
    fixesOf(text: string): FixEdits[] {
      // Synchronous, as the edit generator is: with the workspace's references.bib, whatever the front matter says.
      const result = lint({ path: workspace.uri, text }, project.config, generatorContext);
      return result.findings.flatMap((finding) => [...finding.fixes, ...finding.suppressions]).map((f) => f.edits.map((e) => ({ start: e.range.start, end: e.range.end, newText: e.newText })));
    },
  };
}

/** User and system CPU time of a process from /proc (Linux), ms. */
export function cpuOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks, counted after the command name, which may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Resident set figures of a process from /proc (Linux), kB. */
export function memoryOf(pid: number | undefined): { rssKb: number; peakKb: number } | undefined {
  if (!pid) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
  } catch {
    return undefined;
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

class Hang extends Error {}

function withTimeout<T>(promise: Promise<T>, what: string, exited: Promise<unknown>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Hang(`${what}: no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
    }),
    exited.then(() => {
      throw new Hang(`${what}: the server exited`);
    }),
  ]).finally(() => clearTimeout(timer));
}

function describeStep(step: Step): string {
  if ('full' in step) return `${step.kind}: whole text replaced (${step.full.length} chars)`;
  return `${step.kind}: ${step.changes.map((c) => `[${c.start},${c.end})→${JSON.stringify(c.text)}`).join(', ')}`;
}

/** A few lines of `text` around `offset`, with line numbers, for failure messages. */
function around(text: string, offset: number, context = 2): string {
  const lines = new Lines(text);
  const at = lines.lineOf(Math.min(offset, text.length));
  const out: string[] = [];
  for (let line = Math.max(0, at - context); line <= Math.min(lines.starts.length - 1, at + context); line++) {
    out.push(`${String(line).padStart(4)}| ${JSON.stringify(text.slice(lines.starts[line]!, lines.contentEnd(line))).slice(1, -1)}`);
  }
  return out.join('\n');
}

/** Runs one fuzz session against a fresh server and workspace. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const began = performance.now();
  const clientCpu = process.cpuUsage();
  const checkEvery = Math.max(1, options.checkEvery ?? 1);
  const compareEvery = Math.max(1, options.compareEvery ?? 1);
  const requestsEvery = options.requestsEvery ?? 5;
  const raceEvery = options.raceEvery ?? 10;
  const start = options.crlf ? START_DOCUMENT.replace(/\r?\n/g, '\r\n') : START_DOCUMENT;
  const workspace = makeWorkspace(start);
  const reference = await createReference(workspace, { warm: options.warmReference === true });
  // Two streams of choices: the edits depend on the seed (and the texts) only, not on how often we check or race.
  const generator = options.typing ? typingGenerator(start) : editGenerator({ seed: options.seed, start, fixesOf: (text) => reference.fixesOf(text) });
  const random = seededRandom(options.seed ^ 0x5eed5eed);
  const int = (below: number): number => Math.floor(random() * below);
  const artifacts = options.artifacts ?? join(REPO_ROOT, 'test-artifacts', 'fuzz');

  const result: FuzzResult = {
    seed: options.seed,
    edits: 0,
    checks: 0,
    compared: 0,
    requests: 0,
    races: 0,
    failures: [],
    latencies: [],
    peakRssKb: 0,
    finalRssKb: 0,
    finalLength: 0,
    serverCpuMs: 0,
    clientCpuMs: 0,
    elapsedMs: 0,
    kinds: {},
  };
  let text = start;
  let version = 1;
  let server!: TestServer;
  let logSeen = 0;
  let lastDiagnostics: Diagnostic[] = [];
  const texts = new Map<number, string>([[1, text]]);
  let stop = false;

  const fail = (failure: Failure): void => {
    result.failures.push(failure);
    if (options.stopAtFirstFailure) stop = true;
  };

  async function open(): Promise<void> {
    server = await startServer({ rootUri: pathToFileURL(workspace.root).toString() });
    logSeen = 0;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: workspace.uri, languageId: 'markdown', version, text } });
  }

  let serverCpuBefore = 0;
  const noteMemory = (): void => {
    const memory = memoryOf(server.process.pid);
    if (memory) {
      result.peakRssKb = Math.max(result.peakRssKb, memory.peakKb);
      result.finalRssKb = memory.rssKb;
    }
    const cpu = cpuOf(server.process.pid);
    if (cpu !== undefined) result.serverCpuMs = serverCpuBefore + cpu;
  };

  /** New lines in the server's log (stderr and window/logMessage): the server logs only failures. */
  const checkLog = (index: number): void => {
    if (server.log.length > logSeen) {
      fail({ kind: 'server log', index, message: server.log.slice(logSeen).join('\n').slice(0, 4000) });
      logSeen = server.log.length;
    }
  };

  async function pull(what: string): Promise<Diagnostic[]> {
    const report = (await withTimeout(server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: workspace.uri } }), what, server.exited)) as {
      kind: string;
      items: Diagnostic[];
    };
    if (report.kind !== 'full') throw new Error(`${what}: a ${report.kind} report`);
    return report.items;
  }

  /** Range and version problems of a diagnostic list for `textOfVersion`. */
  function validate(items: Diagnostic[], lines: Lines, expectVersion: number | undefined): string[] {
    const problems: string[] = [];
    const bibLines = new Lines(workspace.bibText);
    for (const d of items) {
      const label = `${rangeKey(d.range)} ${String(d.code)}`;
      const bad = lines.invalidRange(d.range);
      if (bad) problems.push(`${label}: ${bad}`);
      const data = d.data as { uri?: string; version?: number; fixes?: NormalFix[]; suppressions?: NormalFix[] } | undefined;
      // Fixes are no longer in `data` (code actions convert them on demand); the checks below stay for any that are.
      if (!data) continue;
      // The data names no document (the code action request does); one that names another would be a bug.
      if (data.uri !== undefined && data.uri !== workspace.uri) problems.push(`${label}: data.uri ${data.uri}`);
      if (expectVersion !== undefined && data.version !== expectVersion) problems.push(`${label}: data.version ${data.version}, expected ${expectVersion}`);
      for (const fix of [...(data.fixes ?? []), ...(data.suppressions ?? [])]) {
        for (const edit of fix.edits) {
          const badEdit = lines.invalidRange(edit.range);
          if (badEdit) problems.push(`${label}: fix "${fix.title}" edit ${rangeKey(edit.range)}: ${badEdit}`);
        }
        for (const file of fix.fileEdits ?? []) {
          const target = file.uri === pathToFileURL(workspace.bibPath).toString() ? bibLines : undefined;
          for (const edit of file.edits) {
            const badEdit = target?.invalidRange(edit.range);
            if (badEdit) problems.push(`${label}: fix "${fix.title}" edit of ${file.uri} ${rangeKey(edit.range)}: ${badEdit}`);
          }
        }
      }
    }
    return problems;
  }

  /** Writes what is needed to replay a failure; returns the file's path. */
  function dump(index: number, data: Record<string, unknown>): string {
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, `seed-${options.seed}${options.typing ? '-typing' : ''}${options.crlf ? '-crlf' : ''}-edit-${index}.json`);
    writeFileSync(file, `${JSON.stringify({ seed: options.seed, index, ...data }, null, 2)}\n`);
    return file;
  }

  /** Every code action the server offers for `items` (one request over the whole text). */
  async function codeActionsFor(items: Diagnostic[], uri = workspace.uri): Promise<CodeAction[]> {
    const end = new Lines(text).exactPositionAt(text.length);
    const range = { start: { line: 0, character: 0 }, end };
    const answer = await withTimeout(
      server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: items } }),
      'code actions for the compared diagnostics',
      server.exited,
    );
    return (answer as CodeAction[] | null) ?? [];
  }

  /** Whether a freshly opened document with the same text gets the same diagnostics as lint(): tells history bugs from others. */
  async function triage(expectedKeys: Keys, index: number): Promise<string> {
    const uri = pathToFileURL(join(workspace.root, `fresh-${index}.md`)).toString();
    // The same path decides config and bibliography, so the fresh copy sits beside the article.
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    try {
      const report = (await withTimeout(server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), 'triage pull', server.exited)) as { items: Diagnostic[] };
      // With the fresh copy's code actions, so that a mismatch in the fixes is triaged as well as one in the diagnostics.
      const actions = report.items.length > 0 ? await codeActionsFor(report.items, uri) : [];
      const fresh = keysOf(normalServer(report.items, actions, uri)).map((key) => key.replaceAll(`fresh-${index}.md`, 'article.md'));
      return diffKeys(fresh, expectedKeys).length === 0
        ? 'the same text opened fresh gets the right diagnostics: the mismatch depends on the edit history'
        : 'the same text opened fresh gets the same wrong diagnostics: the history is not needed to reproduce it';
    } finally {
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  }

  /** Compares a diagnostic list with lint() of `forText`; records failures. Returns whether they agreed. */
  async function compare(
    items: Diagnostic[],
    forText: string,
    index: number,
    step: Step | undefined,
    before: string | undefined,
    label: string,
    precomputed?: Awaited<ReturnType<typeof reference.expected>>,
  ): Promise<boolean> {
    const expected = precomputed ?? (await reference.expected(forText));
    for (const message of expected.engineErrors) fail({ kind: 'engine', index, message: `lint() reported a failure of its own on this text: ${message}` });
    // The fixes come from code actions, asked for the diagnostics of the current text only (a racing pull's are of
    // an older version, whose fixes the server rightly withholds).
    const actions = label === 'pull' && items.length > 0 ? await codeActionsFor(items) : undefined;
    const serverKeys = keysOf(normalServer(items, actions, workspace.uri));
    const diff = diffKeys(serverKeys, actions ? expected.keys : withoutFixes(expected.keys));
    if (diff.length === 0) return true;
    const where = step && !('full' in step) ? (step.changes[0]?.start ?? 0) : 0;
    const triaged = label === 'pull' ? await triage(expected.keys, index) : 'the pull raced the edit';
    const file = dump(index, { step, before, after: forText, server: serverKeys, expected: expected.keys, triage: triaged });
    fail({
      kind: 'mismatch',
      index,
      dump: file,
      message: [
        `seed ${options.seed}, ${index < 0 ? 'the opened text' : `edit #${index} (${step ? describeStep(step) : 'no edit'})`}, ${label}: the server's diagnostics differ from lint() of the same text`,
        ...diff.map((line) => `  ${line}`),
        `  ${triaged}`,
        '  text around the edit, after it:',
        around(forText, where).replace(/^/gm, '    '),
        `  replay: npm run fuzz -- --seed ${options.seed} --edits ${index + 1}${options.typing ? ' --typing' : ''}${options.crlf ? ' --crlf' : ''}; details in ${file}`,
      ].join('\n'),
    });
    return false;
  }

  /** A random request at a random place; its answer must be well formed, its ranges inside the text. */
  async function request(index: number): Promise<void> {
    const lines = new Lines(text);
    const at = (): Position => lines.exactPositionAt(snapOffset(text, int(text.length + 1)));
    const textDocument = { uri: workspace.uri };
    const which = int(5);
    const problems: string[] = [];
    const checkRange = (range: Range | undefined, what: string): void => {
      const bad = range && lines.invalidRange(range);
      if (bad) problems.push(`${what} ${rangeKey(range)}: ${bad}`);
    };
    let what = '';
    try {
      if (which === 0) {
        const position = at();
        what = `hover at ${position.line}:${position.character}`;
        const hover = (await withTimeout(server.connection.sendRequest('textDocument/hover', { textDocument, position }), what, server.exited)) as Hover | null;
        if (hover && typeof hover.contents !== 'object') problems.push('hover without contents');
        checkRange(hover?.range, 'hover range');
      } else if (which === 1) {
        const [a, b] = [at(), at()].sort((x, y) => lines.offsetAt(x) - lines.offsetAt(y));
        const range = { start: a!, end: b! };
        // The diagnostics an editor would send: those of the current version that touch the range.
        const diagnostics = lastDiagnostics.filter(
          (d) => !(lines.invalidRange(d.range) || lines.offsetAt(d.range.end) < lines.offsetAt(range.start) || lines.offsetAt(d.range.start) > lines.offsetAt(range.end)),
        );
        what = `code actions for ${rangeKey(range)} (${diagnostics.length} diagnostics)`;
        const actions = (await withTimeout(server.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics } }), what, server.exited)) as CodeAction[] | null;
        for (const action of actions ?? []) {
          for (const change of action.edit?.documentChanges ?? []) {
            if ('kind' in change) continue;
            const edit = change as TextDocumentEdit;
            if (edit.textDocument.uri !== workspace.uri) continue;
            if (edit.textDocument.version !== version) problems.push(`action "${action.title}" edits version ${edit.textDocument.version}, the text is at ${version}`);
            else for (const e of edit.edits) checkRange((e as { range: Range }).range, `action "${action.title}" edit`);
          }
        }
      } else if (which === 2) {
        // Completion where a key is being typed, when there is such a place.
        const keys = [...text.matchAll(/@/g)].map((m) => m.index + 1);
        const offset = keys.length > 0 && random() < 0.7 ? keys[int(keys.length)]! : snapOffset(text, int(text.length + 1));
        const position = lines.exactPositionAt(offset);
        what = `completion at ${position.line}:${position.character}`;
        const answer = (await withTimeout(server.connection.sendRequest('textDocument/completion', { textDocument, position }), what, server.exited)) as CompletionItem[] | CompletionList | null;
        const items = Array.isArray(answer) ? answer : (answer?.items ?? []);
        for (const item of items) {
          const edit = item.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
          checkRange(edit?.range ?? edit?.replace, `completion "${item.label}" edit`);
        }
      } else if (which === 3) {
        what = 'document links';
        const links = (await withTimeout(server.connection.sendRequest('textDocument/documentLink', { textDocument }), what, server.exited)) as DocumentLink[] | null;
        for (const link of links ?? []) checkRange(link.range, 'link');
      } else {
        const keys = [...text.matchAll(/@[\w:.-]+/g)].map((m) => m.index + 1);
        const offset = keys.length > 0 ? keys[int(keys.length)]! : snapOffset(text, int(text.length + 1));
        const position = lines.exactPositionAt(offset);
        what = `definition at ${position.line}:${position.character}`;
        const answer = (await withTimeout(server.connection.sendRequest('textDocument/definition', { textDocument, position }), what, server.exited)) as Location | Location[] | LocationLink[] | null;
        const bibLines = new Lines(workspace.bibText);
        for (const location of [answer ?? []].flat()) {
          const range = 'targetRange' in location ? location.targetRange : location.range;
          const uri = 'targetUri' in location ? location.targetUri : location.uri;
          const bad = uri === pathToFileURL(workspace.bibPath).toString() ? bibLines.invalidRange(range) : undefined;
          if (bad) problems.push(`definition ${uri} ${rangeKey(range)}: ${bad}`);
        }
      }
    } catch (error) {
      if (error instanceof Hang) throw error;
      problems.push(`error answer: ${(error as Error).message}`);
    }
    result.requests++;
    if (problems.length > 0) fail({ kind: 'request', index, message: `seed ${options.seed}, edit #${index}, ${what}:\n${problems.map((p) => `  ${p}`).join('\n')}\n${around(text, 0, 0)}` });
  }

  /** Sends a pull that the next edit races; checks its answer once the edit is in. */
  function racePull(index: number): (step: Step, before: string) => Promise<void> {
    const source = new CancellationTokenSource();
    const sentAt = version;
    const answer = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: workspace.uri } }, source.token).then(
      (report) => ({ report: report as { items: Diagnostic[] } }),
      (error: { code?: number; message?: string }) => ({ error }),
    );
    const cancel = random() < 0.5;
    result.races++;
    return async (step, before) => {
      if (cancel) source.cancel();
      const outcome = await withTimeout(answer, 'racing pull', server.exited);
      if ('error' in outcome) {
        if (outcome.error.code !== SERVER_CANCELLED && outcome.error.code !== REQUEST_CANCELLED)
          fail({ kind: 'request', index, message: `seed ${options.seed}, edit #${index}: a racing pull failed: ${outcome.error.message}` });
        return;
      }
      const items = outcome.report.items;
      const versions = new Set(items.flatMap((d) => ((d.data as { version?: number } | undefined)?.version !== undefined ? [(d.data as { version: number }).version] : [])));
      if (versions.size > 1) {
        fail({ kind: 'version', index, message: `seed ${options.seed}, edit #${index}: one racing pull mixes versions ${[...versions].join(', ')}` });
        return;
      }
      const candidates = versions.size === 1 ? [...versions] : [...texts.keys()].filter((v) => v >= sentAt);
      if (candidates.some((v) => v < sentAt || v > version || !texts.has(v))) {
        fail({ kind: 'version', index, message: `seed ${options.seed}, edit #${index}: a pull sent at version ${sentAt} answered for version ${[...versions].join(', ')} (now ${version})` });
        return;
      }
      // Consistent with one of the versions it may have seen: its ranges fit that text and equal lint() of it.
      for (const v of candidates) {
        const forText = texts.get(v)!;
        if (validate(items, new Lines(forText), v).length > 0) continue;
        const expected = await reference.expected(forText);
        if (diffKeys(keysOf(normalServer(items)), withoutFixes(expected.keys)).length === 0) return;
      }
      const v = candidates.at(-1)!;
      await compare(
        items,
        texts.get(v)!,
        index,
        step,
        before,
        `a racing pull (sent before the edit, ${cancel ? 'cancelled after it' : 'not cancelled'}, answered for ${v === sentAt ? 'the text before it' : 'the text after it'})`,
      );
    };
  }

  await open();
  const kinds = result.kinds;
  let pendingRace: ((step: Step, before: string) => Promise<void>) | undefined;
  let reported = 0;
  try {
    // The opened text first.
    lastDiagnostics = await pull('pull after open');
    await compare(lastDiagnostics, text, -1, undefined, undefined, 'pull');
    for (let index = 0; index < options.edits && !stop; index++) {
      if (raceEvery > 0 && !pendingRace && int(raceEvery) === 0) pendingRace = racePull(index);
      const step = generator.next(text);
      kinds[step.kind] = (kinds[step.kind] ?? 0) + 1;
      const before = text;
      let contentChanges: Array<{ range: Range; text: string } | { text: string }>;
      if ('full' in step) {
        contentChanges = [{ text: step.full }];
        text = step.full;
      } else {
        contentChanges = [];
        for (const change of step.changes as Change[]) {
          contentChanges.push({ range: new Lines(text).exactRange(change.start, change.end), text: change.text });
          text = applyChange(text, change);
        }
      }
      version++;
      texts.set(version, text);
      const sent = performance.now();
      try {
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: workspace.uri, version }, contentChanges });
        if (pendingRace) {
          const settle = pendingRace;
          pendingRace = undefined;
          await settle(step, before);
        }
        const last = index === options.edits - 1;
        if ((index + 1) % checkEvery === 0 || last) {
          const pulled = pull(`pull after edit #${index}`);
          const comparing = result.checks % compareEvery === 0 || last;
          // With `overlap`, lint() runs here while the server works; the answer is then seen late, so no latency.
          const expected = comparing && options.overlap ? await reference.expected(text) : undefined;
          lastDiagnostics = await pulled;
          if (!(comparing && options.overlap)) result.latencies.push(performance.now() - sent);
          result.checks++;
          const bad = validate(lastDiagnostics, new Lines(text), version);
          if (bad.length > 0)
            fail({
              kind: 'range',
              index,
              dump: dump(index, { step, before, after: text, diagnostics: lastDiagnostics }),
              message: `seed ${options.seed}, edit #${index} (${describeStep(step)}): bad ranges or versions in the diagnostics:\n${bad
                .slice(0, 12)
                .map((p) => `  ${p}`)
                .join('\n')}`,
            });
          if (comparing) {
            result.compared++;
            await compare(lastDiagnostics, text, index, step, before, 'pull', expected);
          }
        } else lastDiagnostics = [];
        if (requestsEvery > 0 && int(requestsEvery) === 0) await request(index);
        checkLog(index);
      } catch (error) {
        if (!(error instanceof Hang)) throw error;
        const exited = await Promise.race([server.exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))]);
        fail({
          kind: exited ? 'crash' : 'hang',
          index,
          message: `seed ${options.seed}, edit #${index} (${describeStep(step)}): ${error.message}\n${server.log.slice(logSeen).join('\n').slice(0, 4000)}`,
        });
        noteMemory();
        server.process.kill('SIGKILL');
        if (!options.restartOnCrash) throw new Error(result.failures.at(-1)!.message);
        pendingRace = undefined;
        serverCpuBefore = result.serverCpuMs;
        await open();
      }
      // Only the texts a racing pull may still be answered for are kept.
      for (const v of texts.keys()) if (v < version) texts.delete(v);
      result.edits = index + 1;
      if (index % 100 === 0) noteMemory();
      if (options.progress && (index + 1) % (options.progressEvery ?? 1000) === 0) {
        noteMemory();
        // Latencies of the pulls since the previous line: how they change as the text grows.
        const recent = result.latencies.slice(reported);
        reported = result.latencies.length;
        options.progress(
          `${index + 1} edits, ${result.failures.length} failures, latency since the last line p50 ${percentile(recent, 50).toFixed(1)} ms, p99 ${percentile(recent, 99).toFixed(1)} ms, server RSS ${Math.round(result.finalRssKb / 1024)} MB, text ${text.length} chars`,
        );
      }
    }
    noteMemory();
    checkLog(result.edits);
    const code = await stopServer(server);
    if (code !== 0) fail({ kind: 'crash', index: result.edits, message: `the server exited with ${code} after shutdown` });
  } finally {
    if (server!.process.exitCode === null) server!.process.kill('SIGKILL');
  }
  result.finalLength = text.length;
  result.elapsedMs = performance.now() - began;
  const cpu = process.cpuUsage(clientCpu);
  result.clientCpuMs = (cpu.user + cpu.system) / 1000;
  return result;
}

/** A failure list as one message: the first few in full. */
export function describeFailures(failures: readonly Failure[], limit = 3): string {
  return [`${failures.length} failure(s):`, ...failures.slice(0, limit).map((f) => `[${f.kind}] ${f.message}`), ...(failures.length > limit ? [`… and ${failures.length - limit} more`] : [])].join(
    '\n\n',
  );
}
