/**
 * claimlint in a real VS Code workbench (code-server), driven by headless Chromium:
 * squiggles on the flagged words, the Problems panel, hover, quick fix, the
 * disable-for-this-line action, and saving. Every step waits on a DOM condition
 * with a timeout and saves a screenshot; a failure also saves the page console
 * and the extension's output channel.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { ARTIFACTS, E2E, vsixPath } from './env';
import { installExtension, startCodeServer, type EditorServer } from './processes';

const RUN = join(E2E, 'run-ui');
const ARTICLE = join(__dirname, 'workspace', 'article.md');
const STEP_TIMEOUT = 30_000;

describe('claimlint in VS Code (code-server + Chromium)', function () {
  this.timeout(120_000);
  // The steps build on each other: after the first failure the rest would only repeat it.
  this.bail(true);
  let server: EditorServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const articleOnDisk = join(RUN, 'workspace', 'article.md');

  before(async function () {
    this.timeout(180_000);
    rmSync(RUN, { recursive: true, force: true });
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    assert.ok(existsSync(vsixPath()), `${vsixPath()} is missing; run \`npm run package\` first`);
    installExtension(RUN, vsixPath());
    copyFileSync(ARTICLE, articleOnDisk);
    // The UI steps are about the overclaim pack; citations are covered by the API suite.
    writeFileSync(join(RUN, 'workspace', '.claimlint.yaml'), 'packs: [overclaim]\n');
    server = await startCodeServer(RUN);
    browser = await launchBrowser(RUN);
    page = browser.page;
    await page.goto(`${server.url}/?folder=${encodeURIComponent(join(RUN, 'workspace'))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  /**
   * A test step: on failure it saves a screenshot, the page console and the
   * extension's output channel, and puts the channel's last lines in the error.
   */
  function step(title: string, body: () => Promise<void>): void {
    it(title, async () => {
      try {
        await body();
      } catch (error) {
        const output = extensionOutput();
        writeFileSync(join(ARTIFACTS, 'claimlint-output.log'), output);
        writeFileSync(join(ARTIFACTS, 'page-console.log'), browser?.console.join('\n') ?? '');
        await browser?.screenshot(`failed-${slug(title)}`).catch(() => undefined);
        const errors = [...new Set(output.split('\n').filter((line) => /\bError:/.test(line)).map((line) => line.replace(/^\S+ \S+ \[\w+\]\s*/, '')))].slice(0, 3);
        const detail =
          `\n\n--- errors in the claimlint output channel ---\n${errors.join('\n') || '(none)'}` +
          `\n--- claimlint output channel (last lines) ---\n${tail(output, 15)}\n--- artifacts: ${ARTIFACTS}`;
        // A new error: reporters print the stack, which still holds the old message.
        throw new Error(`${error instanceof Error ? error.message : String(error)}${detail}`, { cause: error });
      }
    });
  }

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('shows squiggles under the flagged words and the right count in the Problems panel', async () => {
    await openFile(page, 'article.md', 'Dry needling');
    await waitForDiagnostics(page, 3);
    const underlined = await squiggledWords(page);
    assert.deepEqual(underlined.sort(), ['cures', 'mechanically resets', 'no side effects'].sort());
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'claimlint' });
    await waitForCount(rows, 3);
    const panel = normalise(await page.locator('.markers-panel').innerText());
    assert.match(panel, /overclaim\/mechanism-as-fact/);
    assert.match(panel, /overclaim\/no-side-effects/);
    await browser!.screenshot('diagnostics-and-problems');
  });

  step('hovers with the message, rationale and source', async () => {
    const word = await wordBox(page, 'mechanically resets');
    await page.mouse.move(word.x - 60, word.y + word.height / 2);
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 10 });
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Why:' });
    await hover.waitFor({ timeout: STEP_TIMEOUT });
    const text = normalise(await hover.innerText());
    assert.match(text, /states a proposed mechanism as fact/);
    assert.match(text, /Mechanism stated as fact · overclaim\/mechanism-as-fact · Warning/);
    assert.match(text, /Why: Mechanisms such as/);
    assert.match(text, /Source: Sumner P et al\./);
    assert.match(text, /Rule documentation/);
    await browser!.screenshot('hover');
    await page.keyboard.press('Escape');
  });

  step('applies the quick fix to exactly the flagged words, and the diagnostic goes away', async () => {
    await runCodeAction(page, 'mechanically resets', 'Replace `mechanically resets` with `may help relax`');
    await waitForText(page, 'Dry needling may help relax the contracted muscle fibers.');
    await waitForDiagnostics(page, 2);
    assert.deepEqual((await squiggledWords(page)).sort(), ['cures', 'no side effects']);
    await browser!.screenshot('quick-fix-applied');
  });

  step('inserts the disable directive above the line and the finding disappears', async () => {
    await runCodeAction(page, 'cures', 'Disable overclaim/cure-claims for this line');
    await waitForText(page, '<!-- claimlint-disable-next-line overclaim/cure-claims -->');
    await waitForDiagnostics(page, 1);
    assert.deepEqual(await squiggledWords(page), ['no side effects']);
    await browser!.screenshot('disabled-for-line');
  });

  step('saves the edits to disk', async () => {
    await page.keyboard.press('Control+S');
    await waitFor(() => readFileSync(articleOnDisk, 'utf8').includes('claimlint-disable-next-line'), 'the file on disk to contain the edits');
    const lines = readFileSync(articleOnDisk, 'utf8').split('\n');
    assert.deepEqual(lines.slice(2, 7), [
      'Dry needling may help relax the contracted muscle fibers.',
      '',
      '<!-- claimlint-disable-next-line overclaim/cure-claims -->',
      'Turmeric cures arthritis.',
      '',
    ]);
    await browser!.screenshot('saved');
  });
});

/** Opens a workspace file with Quick Open and waits for its text. */
async function openFile(page: Page, name: string, expectedText: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(name);
  await page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }) })
    .first()
    .click({ timeout: STEP_TIMEOUT });
  await page.locator('.editor-instance .monaco-editor .view-lines').filter({ hasText: expectedText }).waitFor({ timeout: STEP_TIMEOUT });
}

/** Waits until the status bar counts exactly `count` problems from the document. */
async function waitForDiagnostics(page: Page, count: number): Promise<void> {
  const squiggles = page.locator('.editor-instance .monaco-editor .view-overlays [class*="squiggly-"]');
  await waitForCount(squiggles, count, `${count} squiggles in the editor (is the claimlint server running?)`);
}

/** The editor words under each squiggle, read from the geometry of the rendered text. */
async function squiggledWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor')!;
    const squiggles = [...editor.querySelectorAll('.view-overlays [class*="squiggly-"]')].map((el) => el.getBoundingClientRect());
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    const words: string[] = [];
    for (const box of squiggles) {
      const line = lines.find((candidate) => {
        const rect = candidate.getBoundingClientRect();
        return rect.top <= box.top + box.height / 2 && box.top + box.height / 2 <= rect.bottom;
      });
      if (!line) continue;
      let text = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          const middle = rect.left + rect.width / 2;
          if (middle >= box.left && middle <= box.right) text += node.textContent![i];
        }
      }
      words.push(text.replace(/\u00a0/g, ' ').trim());
    }
    return words;
  });
}

/** The bounding box of `word` in the editor's rendered text. */
async function wordBox(page: Page, word: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate((target) => {
    const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')];
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.replace(/\u00a0/g, ' ');
        const index = text.indexOf(target);
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + target.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
      }
    }
    return undefined;
  }, word);
  assert.ok(box, `\`${word}\` is visible in the editor`);
  return box;
}

/** Clicks into `word`, opens the quick-fix menu and runs the action titled `title`. */
async function runCodeAction(page: Page, word: string, title: string): Promise<void> {
  const box = await wordBox(page, word);
  await page.mouse.click(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  const action = page.locator('.action-widget .monaco-list-row').filter({ hasText: title });
  await action.waitFor({ timeout: STEP_TIMEOUT });
  await action.click();
}

async function waitForText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => (document.querySelector('.editor-instance .monaco-editor .view-lines') as HTMLElement | null)?.innerText.replace(/\u00a0/g, ' ').includes(expected),
    text,
    { timeout: STEP_TIMEOUT },
  );
}

async function waitForCount(locator: Locator, count: number, what?: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  let seen = -1;
  while (Date.now() < deadline) {
    seen = await locator.count();
    if (seen === count) return;
    await locator.page().waitForTimeout(100);
  }
  assert.fail(`expected ${what ?? `${count} elements`}, saw ${seen} after ${STEP_TIMEOUT / 1000} s`);
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  while (Date.now() < deadline) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** The claimlint output channel, from the extension host's log files. */
function extensionOutput(): string {
  const logs: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && /claimlint/i.test(name)) logs.push(`== ${path}\n${readFileSync(path, 'utf8')}`);
    }
  };
  walk(join(RUN, 'user-data', 'logs'));
  return logs.join('\n') || '(no claimlint output channel log found: did the extension activate?)';
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 50);
}
