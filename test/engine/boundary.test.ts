/**
 * The layers hold: dependency-cruiser with the repository's rule set
 * (.dependency-cruiser.cjs, also run by `npm run lint:layers`) finds no violation
 * in the source tree, and finds every violation, and only those, in a miniature
 * tree of known-bad files (test/fixtures/layers) — so the rules can fail.
 *
 * The engine stays pure: besides imports, it uses no Node globals (process,
 * require, Buffer, …). Its tsconfig loads no Node or VS Code types; the globals
 * scan is the second lock, because a dependency's typings could reopen that hole.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';

const DEPCRUISE = join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');
const ENGINE = join(REPO_ROOT, 'server', 'src', 'engine');
const FORBIDDEN_GLOBAL = /\b(process|require|__dirname|__filename|Buffer)\s*[.(]/;

interface Violation {
  from: string;
  unresolvedTo: string;
  dependencyTypes: string[];
  rule: { name: string; severity: string };
}

/** How a module was imported, as depcruise tells it. */
const HOW = ['import', 'dynamic-import', 'require', 'type-only'];

/** Runs depcruise on server/src and client/src under `root`; the violations as `rule: from → import (how)`, sorted. */
function cruise(root: string): string[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'server/src', 'client/src', '--config', CONFIG, '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.stdout, `depcruise printed nothing (exit ${run.status}): ${run.stderr}`);
  const { summary } = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return summary.violations
    .map((v) => {
      const how = v.dependencyTypes.filter((type) => HOW.includes(type));
      return `${v.rule.name}: ${v.from} → ${v.unresolvedTo}${how.length > 0 ? ` (${how.join(', ')})` : ''}`;
    })
    .sort();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('layers (dependency-cruiser)', () => {
  it('the source tree keeps its layers', () => {
    assert.deepEqual(cruise(REPO_ROOT), []);
  });

  it('the rule set rejects each known-bad import, static, dynamic, required or type-only, and nothing else', () => {
    // depcruise names Node built-ins without their `node:` prefix.
    assert.deepEqual(cruise(join(REPO_ROOT, 'test', 'fixtures', 'layers')), [
      'cli-not-lsp: server/src/cli/main.ts → ../lsp/main (import)',
      'client-only-editor: client/src/extension.ts → ../../server/src/engine/clean (import)',
      'client-only-editor: client/src/extension.ts → yaml (import)',
      'engine-no-adapters: server/src/engine/upward.ts → ../node/disk (import)',
      'engine-no-editor-or-lsp: server/src/engine/editor.ts → vscode (import)',
      'engine-no-editor-or-lsp: server/src/engine/editor.ts → vscode-languageserver/node (type-only, import)',
      'engine-no-node: server/src/engine/dynamic.ts → fs (dynamic-import)',
      'engine-no-node: server/src/engine/dynamic.ts → path (require)',
      'engine-no-node: server/src/engine/static.ts → fs (import)',
      'lsp-not-cli: server/src/lsp/main.ts → ../cli/main (import)',
      'lsp-platform-neutral: server/src/lsp/handler.ts → fs (import)',
      'lsp-platform-neutral: server/src/lsp/handler.ts → vscode-languageserver/node (import)',
      'node-no-adapters: server/src/node/disk.ts → ../lsp/main (import)',
      'not-to-unresolvable: server/src/engine/missing.ts → ./does-not-exist',
      'pipeline-through-file-system: server/src/node/disk.ts → fs (import)',
      'protocol-imports-nothing: server/src/protocol.ts → ./engine/clean (import)',
      'server-not-client: server/src/cli/main.ts → ../../../client/src/extension (import)',
    ]);
  });
});

describe('engine boundary', () => {
  const files = sources(ENGINE);

  it('has source files to check', () => {
    assert.ok(files.length > 10);
  });

  it('uses no Node globals (process, require, __dirname, __filename, Buffer)', () => {
    const offending = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: /^\s*(\*|\/\*)/.test(line) ? '' : line.replace(/\/\/.*$/, ''), number: index + 1 }))
        .filter(({ line }) => FORBIDDEN_GLOBAL.test(line))
        .map(({ line, number }) => `${relative(REPO_ROOT, file)}:${number}: ${line.trim()}`),
    );
    assert.deepEqual(offending, []);
    assert.ok(FORBIDDEN_GLOBAL.test('const cwd = process.cwd();'), 'the scan can fail');
  });

  it('the engine tsconfig loads no ambient types', () => {
    const tsconfig = JSON.parse(readFileSync(join(ENGINE, 'tsconfig.json'), 'utf8')) as { compilerOptions: { types: string[]; lib: string[] } };
    assert.deepEqual(tsconfig.compilerOptions.types, []);
    assert.ok(!tsconfig.compilerOptions.lib.some((lib) => lib.toLowerCase().includes('dom')));
  });
});
