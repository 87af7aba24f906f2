/**
 * The CLI and the language server give identical findings on the same files:
 * same rules, ranges, severities and messages.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { startServer, stopServer } from '../helpers/lsp-client';
import { REPO_ROOT } from '../helpers/rules';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith('.md') ? [path] : [];
  });
}

interface CliFinding {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function key(ruleId: string, severity: string, message: string, range: CliFinding['range']): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity} ${ruleId} ${message}`;
}

describe('CLI and server parity', () => {
  const files = [...markdownFiles(join(REPO_ROOT, 'test', 'fixtures')), ...markdownFiles(join(REPO_ROOT, 'examples'))].sort();

  it('report the same findings for every fixture and example', async () => {
    const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', ...files], { encoding: 'utf8' });
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const fromCli = new Map(
      (JSON.parse(cli.stdout) as { files: Array<{ path: string; findings: CliFinding[] }> }).files.map((file) => [
        file.path,
        file.findings.map((f) => key(f.ruleId, f.severity, f.message, f.range)).sort(),
      ]),
    );
    // The CLI runs in the repository root, which is also the workspace folder here.
    const server = await startServer({ rootUri: pathToFileURL(REPO_ROOT).toString() });
    try {
      let total = 0;
      for (const path of files) {
        const uri = pathToFileURL(path).toString();
        await server.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path, 'utf8') },
        });
        const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        const fromServer = report.items.map((d) => key(String(d.code), SEVERITY[d.severity ?? 0]!, String(d.message), d.range)).sort();
        assert.deepEqual(fromServer, fromCli.get(path), path);
        total += fromServer.length;
      }
      assert.ok(total > 30, 'the files have findings to compare');
    } finally {
      await stopServer(server);
    }
  });

  it('agree on a team project: nested configs, overrides, ignore, vocabulary and accepted decisions', async () => {
    const root = join(REPO_ROOT, 'test', 'projects', 'team');
    const tree = markdownFiles(root).sort();
    const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', '.'], { cwd: root, encoding: 'utf8' });
    assert.equal(cli.status, 1, cli.stderr);
    const fromCli = new Map(
      (JSON.parse(cli.stdout) as { files: Array<{ path: string; findings: CliFinding[] }> }).files.map((file) => [
        join(root, file.path),
        file.findings.map((f) => key(f.ruleId, f.severity, f.message, f.range)).sort(),
      ]),
    );
    assert.equal(fromCli.has(join(root, 'drafts', 'notes.md')), false, 'ignored');
    const server = await startServer({ rootUri: pathToFileURL(root).toString() });
    try {
      const all: string[] = [];
      for (const path of tree) {
        const uri = pathToFileURL(path).toString();
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path, 'utf8') } });
        const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
        const fromServer = report.items.map((d) => key(String(d.code), SEVERITY[d.severity ?? 0]!, String(d.message), d.range)).sort();
        assert.deepEqual(fromServer, fromCli.get(path) ?? [], path);
        all.push(...fromServer.map((line) => `${path.slice(root.length + 1)} ${line}`));
      }
      // The tree exercises each feature, so agreeing on it means something.
      assert.ok(
        all.some((line) => line.startsWith('articles/tea.md 2:9-2:14 hint overclaim/cure-claims') && line.includes('(accepted by Dr Ada Obi')),
        all.join('\n'),
      );
      assert.ok(
        all.some((line) => line.startsWith('articles/tea.md') && line.includes('vocabulary/rejected')),
        'rejected vocabulary',
      );
      assert.ok(!all.some((line) => line.includes('Miracle')), 'accepted vocabulary');
      assert.ok(
        all.some((line) => line.startsWith('products/blend.md') && line.includes('error overclaim/hype-adjectives')),
        'override',
      );
      assert.ok(
        all.some((line) => line.startsWith('partner/copy.md') && line.includes('warning overclaim/cure-claims')),
        'nested config',
      );
      assert.ok(!all.some((line) => line.startsWith('drafts/')), 'ignored');
    } finally {
      await stopServer(server);
    }
  });
});
