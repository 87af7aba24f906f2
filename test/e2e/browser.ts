/**
 * Headless Debian Chromium driven by playwright-core (no browser download), with
 * the page console captured for failure reports and numbered screenshots.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, isolatedEnv } from './env';

export interface Browser {
  context: BrowserContext;
  page: Page;
  console: string[];
  /** Saves `<NN>-<name>.png` into the artifacts folder. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

let shot = 0;

/** Launches Chromium with a fresh profile (in the run folder, never $HOME). */
export async function launchBrowser(run: string, artifacts = ARTIFACTS): Promise<Browser> {
  mkdirSync(artifacts, { recursive: true });
  const profile = mkdtempSync(join(run, 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // Chromium writes crash-report settings and dconf state under XDG folders: keep them in the run.
    env: isolatedEnv(run) as Record<string, string>,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  return {
    context,
    page,
    console: consoleLines,
    async screenshot(name) {
      shot++;
      await page.screenshot({ path: join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`) });
    },
    async close() {
      writeFileSync(join(artifacts, 'page-console.log'), consoleLines.join('\n'));
      await context.close();
    },
  };
}
