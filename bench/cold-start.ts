/**
 * Server start to the first diagnostics of the bench's 3,000-word article (the `npm run bench` row), run alone and
 * several times, with the server's own CPU time beside the wall time (less sensitive to a busy machine), and
 * optionally a CPU profile of each start broken down by phase and by module (docs/performance.md).
 *
 *   npx tsx bench/cold-start.ts [--runs 7] [--server dist/server.js] [--profile]
 *
 * `--profile` builds an unminified server bundle into a temporary folder under bench/.corpus/ (function names and the bundle's
 * `// path` comments give the breakdown) and runs it with `--cpu-prof`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV } from '../server/src/protocol';
import { generateArticle, seededRandom } from './corpus';

const ROOT = join(__dirname, '..');
mkdirSync(join(ROOT, 'bench', '.corpus'), { recursive: true });
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, server: { type: 'string' }, profile: { type: 'boolean', default: false } } });
const article = generateArticle(seededRandom(7), 3000);
const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Phases of a first pull, by the outermost function of each sample's stack that has one of these names. */
const PHASES = ['loadRules', 'compilePattern', 'lint', 'prepareDocument', 'chunkDrafts', 'recognizeCitations', 'documentDrafts', 'claimTriggers'];

function unminifiedServer(dir: string): string {
  const outfile = join(dir, 'server.js');
  buildSync({
    entryPoints: [join(ROOT, 'server/src/lsp/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    keepNames: true,
    logLevel: 'warning',
    define: { 'import.meta.url': '__claimlintImportMetaUrl' },
    banner: { js: "const __claimlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
  return outfile;
}

async function start(server: string, flags: string[]): Promise<{ total: number; cpu: number; findings: number }> {
  const began = performance.now();
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...flags, server, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ enable: true })));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } } });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(join(ROOT, 'bench', '.corpus', 'cold.md')).toString();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: article } });
  const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: unknown[] };
  const total = performance.now() - began;
  // utime + stime in clock ticks (100 per second on Linux).
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const cpu = (Number(stat[11]) + Number(stat[12])) * 10;
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return { total, cpu, findings: report.items.length };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Milliseconds per phase and per module (self time) of one `--cpu-prof` profile of the unminified bundle. */
function breakdown(profilePath: string, bundle: string): void {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
  const starts: Array<[number, string]> = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^\/\/ (\S+\.(?:[cm]?js|ts|json))$/.exec(line);
      if (match) starts.push([index, match[1]!.replace(/^(\.\.\/)*(main\/)?/, '')]);
    });
  const moduleOf = (line: number): string => {
    let found = '(bundle runtime)';
    for (const [at, path] of starts) if (at <= line) found = path;
    const parts = found.split('/');
    return found.startsWith('node_modules/') ? parts.slice(0, parts[1]!.startsWith('@') ? 3 : 2).join('/') : parts.slice(0, 5).join('/');
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phases = new Map<string, number>();
  const modules = new Map<string, number>();
  // Profile start to the first sample inside createServer: the bundle compiled and its modules evaluated.
  let elapsed = 0;
  let loaded: number | undefined;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    elapsed += (profile.timeDeltas[index] ?? 0) / 1000;
    const frame = nodes.get(id)!.callFrame;
    const where = frame.url.endsWith('server.js') ? moduleOf(frame.lineNumber) : frame.url ? `node: ${frame.url.replace(/^.*\//, '')}` : frame.functionName;
    modules.set(where, (modules.get(where) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nodes.get(at)!.callFrame.functionName;
      if (name === 'createServer') loaded ??= elapsed;
      if (PHASES.includes(name) && !seen.has(name)) {
        seen.add(name);
        phases.set(name, (phases.get(name) ?? 0) + ms);
      }
    }
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  console.log(
    `  profile ${total.toFixed(0)} ms; modules loaded at ${loaded?.toFixed(0) ?? '?'} ms; phases (inclusive): ${PHASES.map((name) => `${name} ${(phases.get(name) ?? 0).toFixed(0)}`).join(', ')}`,
  );
  const top = [...modules].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`  self time by module: ${top.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
}

async function main(): Promise<void> {
  const runs = Number(values.runs);
  // Inside the repository: the server finds the built-in rules from where its bundle is (`../rules`).
  const scratch = values.profile ? mkdtempSync(join(ROOT, 'bench', '.corpus', 'cold-start-')) : undefined;
  const server = scratch ? unminifiedServer(scratch) : (values.server ?? join(ROOT, 'dist', 'server.js'));
  const results = [];
  for (let run = 0; run < runs; run++) {
    const flags = scratch ? ['--cpu-prof', `--cpu-prof-dir=${join(scratch, `run-${run}`)}`, '--cpu-prof-interval=200'] : [];
    const result = await start(server, flags);
    results.push(result);
    console.log(`run ${run + 1}: ${result.total.toFixed(0)} ms wall, ${result.cpu} ms server CPU, ${result.findings} diagnostics`);
    if (scratch) {
      const dir = join(scratch, `run-${run}`);
      breakdown(join(dir, readdirSync(dir)[0]!), server);
    }
  }
  console.log(`median of ${runs}: ${median(results.map((r) => r.total)).toFixed(0)} ms wall, ${median(results.map((r) => r.cpu))} ms server CPU`);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
