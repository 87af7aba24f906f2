/**
 * The engine stays pure: no vscode, no vscode-languageserver*, no node:* modules,
 * no process. The engine's tsconfig loads no Node or VS Code types; this test is
 * the second lock, because a dependency's typings could reopen that hole.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';

const ENGINE = join(REPO_ROOT, 'server', 'src', 'engine');
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'crypto', 'process', 'http', 'https', 'net', 'stream', 'module'];
const FORBIDDEN_IMPORT = new RegExp(
  String.raw`(?:from|import|require\()\s*['"](vscode(?:-languageserver[^'"]*|-languageclient[^'"]*|-jsonrpc[^'"]*)?|node:[^'"]+|${NODE_BUILTINS.join('|')})['"]`,
);
const FORBIDDEN_GLOBAL = /\b(process|require|__dirname|__filename|Buffer)\s*[.(]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('engine boundary', () => {
  const files = sources(ENGINE);

  it('has source files to check', () => {
    assert.ok(files.length > 10);
  });

  for (const file of files) {
    it(`${relative(REPO_ROOT, file)} imports nothing from vscode, LSP or Node`, () => {
      const lines = readFileSync(file, 'utf8').split('\n');
      const offending = lines
        .map((line, index) => ({ line: /^\s*(\*|\/\*)/.test(line) ? '' : line.replace(/\/\/.*$/, ''), number: index + 1 }))
        .filter(({ line }) => FORBIDDEN_IMPORT.test(line) || FORBIDDEN_GLOBAL.test(line))
        .map(({ line, number }) => `${number}: ${line.trim()}`);
      assert.deepEqual(offending, []);
    });
  }

  it('the check catches a forbidden import', () => {
    assert.ok(FORBIDDEN_IMPORT.test("import { readFileSync } from 'node:fs';"));
    assert.ok(FORBIDDEN_IMPORT.test("import { Connection } from 'vscode-languageserver/node';"));
    assert.ok(FORBIDDEN_IMPORT.test("import * as path from 'path';"));
    assert.ok(FORBIDDEN_GLOBAL.test('const cwd = process.cwd();'));
    assert.ok(!FORBIDDEN_IMPORT.test("import { unified } from 'unified';"));
  });

  it('the engine tsconfig loads no ambient types', () => {
    const tsconfig = JSON.parse(readFileSync(join(ENGINE, 'tsconfig.json'), 'utf8')) as { compilerOptions: { types: string[]; lib: string[] } };
    assert.deepEqual(tsconfig.compilerOptions.types, []);
    assert.ok(!tsconfig.compilerOptions.lib.some((lib) => lib.toLowerCase().includes('dom')));
  });
});
