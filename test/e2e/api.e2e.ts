/**
 * The extension-host (VS Code API) suite of test/vscode, run offline: through
 * @vscode/test-electron's `runTests`, with test/e2e/fake-code standing in for the
 * desktop VS Code it would otherwise download.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './env';

describe('VS Code API tests in the extension host (runTests + offline launcher)', function () {
  this.timeout(240_000);

  it('pass', () => {
    const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'test', 'vscode', 'runTest.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, VSCODE_EXECUTABLE: join(ROOT, 'test', 'e2e', 'fake-code') },
      // spawnSync blocks mocha's own timeout, so bound it here (fake-code gives up on the tests after 180 s).
      timeout: 230_000,
      killSignal: 'SIGTERM',
    });
    const output = `${result.stdout}\n${result.stderr}`;
    if (result.error) assert.fail(`the extension-host suite did not finish: ${result.error.message}\n${output}`);
    process.stdout.write(
      output
        .split('\n')
        .filter((line) => /✔|\d+ passing|\d+ failing|^\s*\d+\) |Error|Exit code/.test(line))
        .map((line) => `      ${line.trim()}\n`)
        .join(''),
    );
    assert.equal(result.status, 0, `the extension-host suite failed:\n${output}`);
    assert.match(output, /[1-9]\d* passing/);
    assert.doesNotMatch(output, /failing/);
  });
});
