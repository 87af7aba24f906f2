/**
 * Starts and stops the editor servers for the real-editor tests: code-server (the
 * VS Code web workbench) or the VS Code server bundled in it. Each runs in its own
 * process group bound to 127.0.0.1, so the whole tree stops together, also on failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER, isolatedEnv, NODE24, USER_SETTINGS, VSCODE_SERVER_MAIN } from './env';

/** A running server and how to reach and stop it. */
export interface EditorServer {
  url: string;
  port: number;
  log: string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Whatever happens, leave no server behind.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});
// A SIGTERM (a CI timeout, or api.e2e.ts bounding fake-code) would end Node without
// the 'exit' event: stop the servers first.
process.once('SIGTERM', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
  process.exit(143);
});

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Prepares a fresh run folder with user settings; returns its paths. */
export function prepareRun(run: string): { userData: string; extensions: string; workspace: string } {
  const userData = join(run, 'user-data');
  const extensions = join(run, 'extensions');
  const workspace = join(run, 'workspace');
  for (const dir of [join(userData, 'User'), extensions, workspace]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  writeFileSync(join(run, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return { userData, extensions, workspace };
}

/** Installs a .vsix into the run's extensions folder with code-server's CLI. */
export function installExtension(run: string, vsix: string): void {
  const { userData, extensions } = prepareRun(run);
  const result = spawnSync(
    NODE24,
    [join(CODE_SERVER, 'out', 'node', 'entry.js'), '--config', join(run, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
    { env: isolatedEnv(run), encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts code-server on `workspace` with the run's extensions. */
export async function startCodeServer(run: string): Promise<EditorServer> {
  const { userData, extensions, workspace } = prepareRun(run);
  const port = await freePort();
  return startGroup(
    run,
    port,
    [
      join(CODE_SERVER, 'out', 'node', 'entry.js'),
      '--config',
      join(run, 'config.yaml'),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--reconnection-grace-time',
      '10',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      workspace,
    ],
    `http://127.0.0.1:${port}/healthz`,
  );
}

/** Starts the bundled VS Code server with the smoke-test driver, which runs extension tests from a URL payload. */
export async function startVsCodeServer(run: string): Promise<EditorServer> {
  const { userData } = prepareRun(run);
  const port = await freePort();
  return startGroup(
    run,
    port,
    [
      VSCODE_SERVER_MAIN,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--reconnection-grace-time',
      '10',
      '--server-data-dir',
      join(run, 'server-data'),
      '--user-data-dir',
      userData,
      '--extensions-dir',
      join(run, 'extensions-empty'),
    ],
    `http://127.0.0.1:${port}/`,
  );
}

async function startGroup(run: string, port: number, args: string[], readyUrl: string): Promise<EditorServer> {
  const log = join(run, 'server.log');
  const out = openSync(log, 'a');
  // detached: the child leads a new process group, so one signal stops its whole tree.
  const child = spawn(NODE24, args, { env: isolatedEnv(run), detached: true, stdio: ['ignore', out, out] });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (!running.has(child)) return;
    running.delete(child);
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    timer.unref();
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(readyUrl, 30_000, exited);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; see ${log}`);
  }
  return { url: `http://127.0.0.1:${port}`, port, log, stop };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForHttp(url: string, timeoutMs: number, exited: Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void exited.then(() => {
    dead = true;
  });
  while (Date.now() < deadline) {
    if (dead) throw new Error(`the server exited before answering ${url}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}
