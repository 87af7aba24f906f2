/**
 * `npm run test:vscode`: runs the extension-host suite with @vscode/test-electron's
 * `runTests`. By default it downloads VS Code (machines with network access); with
 * VSCODE_EXECUTABLE set it uses that executable instead. `npm run test:e2e` sets it
 * to test/e2e/fake-code, which runs the same suite offline in the VS Code server
 * bundled with code-server.
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
    // Extension-host console output is relayed by the launcher; keep the runner's own quiet.
    extensionTestsEnv: { CLAIMLINT_VSCODE_TESTS: '1' },
    ...(process.env['VSCODE_EXECUTABLE'] ? { vscodeExecutablePath: process.env['VSCODE_EXECUTABLE'] } : {}),
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
