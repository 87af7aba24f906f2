/**
 * The packaged extension contains what `.vscodeignore` allows and nothing else:
 * the bundles, rules, schemas, generated rule docs, README, LICENSE, CHANGELOG.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/rules';

describe('extension package contents', () => {
  it('lists exactly the allowed files', () => {
    const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const files = result.stdout
      .trim()
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    for (const required of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/client.js',
      'dist/server.js',
      'dist/cli.js',
      'dist/web/client.js',
      'dist/web/server.js',
      'rules/overclaim/pack.yaml',
      'server/schema/rule.schema.json',
      'docs/rules/README.md',
    ])
      assert.ok(files.includes(required), `${required} is packaged`);
    const unexpected = files.filter(
      (file) =>
        !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/(client|server|cli)\.js|dist\/web\/(client|server)\.js|dist\/package\.json|rules\/.+\.yaml|server\/schema\/.+\.json|docs\/rules\/.+\.md)$/.test(
          file,
        ),
    );
    assert.deepEqual(unexpected, []);
  });
});
