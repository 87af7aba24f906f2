/**
 * A stand-in for the desktop `code` executable, so @vscode/test-electron's
 * `runTests({ vscodeExecutablePath })` works offline: it takes the Electron-style
 * arguments, starts the VS Code server bundled in code-server with the smoke-test
 * driver, opens the workbench in headless Chromium with the extension-development
 * payload, relays the extension host's console, and exits with the test run's code.
 *
 * Launched through `fake-code` (a shell wrapper), never imported.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { launchBrowser } from './browser';
import { ARTIFACTS, E2E } from './env';
import { startVsCodeServer } from './processes';

const TIMEOUT_MS = 180_000;

// Workbench chatter that an offline run always prints; it is kept in the artifacts, not relayed.
const NOISE = /open-vsx\.org|ServiceWorker|ERR_NAME_NOT_RESOLVED|allow-scripts and allow-same-origin|AgentHost|AccountPolicyGate|Creating a socket|^\s*at |Extension host .* started|manifest\.json/;

/** The message as the extension host printed it: VS Code forwards `console.log(format, …args)` behind a `%c` label. */
async function plainText(message: ConsoleMessage): Promise<string> {
  const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '')));
  const parts = typeof args[0] === 'string' && args[0].startsWith('%c') ? args.slice(2) : args;
  // eslint-disable-next-line no-control-regex
  return format(...(parts as [unknown, ...unknown[]])).replace(/\u001b\[[0-9;]*m/g, '');
}

interface Arguments {
  developmentPaths: string[];
  testsPath: string | undefined;
  folder: string | undefined;
}

function parse(argv: string[]): Arguments {
  const result: Arguments = { developmentPaths: [], testsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i]!;
    if (flag === '--extensionDevelopmentPath') result.developmentPaths.push(resolve(value()));
    else if (flag === '--extensionTestsPath') result.testsPath = resolve(value());
    else if (!arg.startsWith('-') && !result.folder) result.folder = resolve(arg);
  }
  return result;
}

async function main(): Promise<number> {
  const args = parse(process.argv.slice(2));
  if (!args.testsPath || args.developmentPaths.length === 0) {
    process.stderr.write('fake-code: needs --extensionDevelopmentPath and --extensionTestsPath (as @vscode/test-electron passes them)\n');
    return 2;
  }
  const run = join(E2E, 'run-api');
  rmSync(run, { recursive: true, force: true });
  mkdirSync(run, { recursive: true });
  const server = await startVsCodeServer(run);
  rmSync(join(ARTIFACTS, 'api'), { recursive: true, force: true });
  const browser = await launchBrowser(run, join(ARTIFACTS, 'api'));
  try {
    const remote = (path: string): string => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = JSON.stringify([...args.developmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]), ['extensionTestsPath', remote(args.testsPath)], ['skipWelcome', 'true']]);
    browser.page.on('console', (message) => {
      void plainText(message).then((text) => {
        if (text.trim() !== '' && !NOISE.test(text)) process.stdout.write(`${text.split('\n')[0]}\n`);
      });
    });
    let resolveExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (resolveExit = resolve));
    // Registered before navigating: the workbench calls it when the tests end, however fast that is.
    await browser.page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    const timeout = new Promise<number>((resolveTimeout) => {
      const timer = setTimeout(() => {
        process.stderr.write(`fake-code: the extension tests did not finish within ${TIMEOUT_MS / 1000} s\n`);
        resolveTimeout(1);
      }, TIMEOUT_MS);
      timer.unref();
    });
    const folder = args.folder ? `folder=${encodeURIComponent(args.folder)}&` : '';
    await browser.page.goto(`${server.url}/?${folder}payload=${encodeURIComponent(payload)}`, { timeout: 90_000, waitUntil: 'domcontentloaded' });
    const code = await Promise.race([exitCode, timeout]);
    await browser.screenshot(code === 0 ? 'api-tests-done' : 'api-tests-failed');
    return code;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fake-code: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
