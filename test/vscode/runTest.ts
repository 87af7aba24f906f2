/**
 * `npm run test:vscode`: runs the extension-host suite in a downloaded VS Code with
 * @vscode/test-electron. Needs network access to download VS Code, so it is not
 * part of `npm test`; offline real-editor tests live in test/e2e (a later issue).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const suite = join(ROOT, 'out', 'vscode-tests', 'suite.js');
  await build({
    entryPoints: [join(__dirname, 'suite', 'index.ts')],
    outfile: suite,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode', 'mocha'],
  });
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suite,
    launchArgs: [join(ROOT, 'test', 'vscode', 'workspace'), '--disable-extensions'],
    ...(process.env['VSCODE_EXECUTABLE'] ? { vscodeExecutablePath: process.env['VSCODE_EXECUTABLE'] } : {}),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
