/**
 * The web extension (package.json `browser`: dist/web/client.js, its server in a web worker) in a real VS Code
 * workbench, offline: code-server serves the workbench, and the user setting `remote.extensionKind` puts the
 * packaged claimlint into the browser's **web worker extension host**, the one vscode.dev and github.dev run it in.
 * The workspace lives on code-server's `vscode-remote://` file system, so config, bibliography and ledger go
 * through the client file system (FS_* requests answered with `vscode.workspace.fs`), never a disk of the server's.
 *
 * Proof that it is the web build: the extension host that runs claimlint has no `process` (read from its worker),
 * a worker named "claimlint language server" exists, and no Node language server process is started.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { ARTIFACTS, E2E, USER_SETTINGS, vsixPath } from './env';
import { installExtension, startCodeServer, type EditorServer } from './processes';

const RUN = join(E2E, 'run-web');
const WORKSPACE = join(RUN, 'workspace');
const REFERENCES = join(__dirname, '..', 'vscode', 'workspace', 'references.bib');
const STEP_TIMEOUT = 30_000;
/** The first diagnostics wait for the worker to start and compile the packs: generous on a loaded 2-core machine. */
const FIRST_LINT_TIMEOUT = 90_000;

const ARTICLE = [
  '# Recovery after a marathon',
  '',
  'Dry needling mechanically resets the contracted muscle fibers.',
  '',
  'Turmeric cures arthritis.',
  '',
  'Dry needling after a race does not reduce soreness [@cushman2021postrace].',
  '',
  'Further reading',
  '',
].join('\n');

/** The workbench settings of the other real-editor tests, plus: run claimlint in the web worker extension host. */
const SETTINGS = {
  ...USER_SETTINGS,
  'remote.extensionKind': { 'claimlint.claimlint': ['web'] },
  'claimlint.reviewer': 'Web Reviewer',
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggest.showWords': false,
  'editor.wordBasedSuggestions': 'off',
};

describe('claimlint as a web extension (web worker extension host, code-server + Chromium)', function () {
  this.timeout(120_000);
  this.bail(true);
  let server: EditorServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(180_000);
    rmSync(RUN, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of readdirSync(ARTIFACTS)) if (/^(\d+-)?web-/.test(name)) rmSync(join(ARTIFACTS, name));
    assert.ok(existsSync(vsixPath()), `${vsixPath()} is missing; run \`npm run package\` first`);
    installExtension(RUN, vsixPath());
    // A project config read through the client file system: citations on, and cure claims raised to errors.
    writeFileSync(join(WORKSPACE, '.claimlint.yaml'), 'packs: [overclaim, citations]\nrules:\n  overclaim/cure-claims: error\n');
    writeFileSync(join(WORKSPACE, 'references.bib'), readFileSync(REFERENCES, 'utf8'));
    writeFileSync(join(WORKSPACE, 'article.md'), ARTICLE);
    server = await startCodeServer(RUN);
    // After the start (which writes the default settings), before the workbench reads them.
    writeFileSync(join(RUN, 'user-data', 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
    browser = await launchBrowser(RUN);
    page = browser.page;
    await page.goto(`${server.url}/?folder=${encodeURIComponent(WORKSPACE)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A test step: on failure it saves a screenshot and the page console, and says where they are. */
  function step(title: string, body: (this: Mocha.Context) => Promise<void>): void {
    it(title, async function () {
      try {
        await body.call(this);
      } catch (error) {
        writeFileSync(join(ARTIFACTS, 'web-page-console.log'), browser?.console.join('\n') ?? '');
        await browser?.screenshot(`web-failed-${slug(title)}`).catch(() => undefined);
        const consoleErrors = (browser?.console ?? []).filter((line) => /claimlint|\[pageerror\]/i.test(line)).slice(-10);
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\n--- claimlint lines in the page console ---\n${consoleErrors.join('\n') || '(none)'}\n--- artifacts: ${ARTIFACTS}`,
          { cause: error },
        );
      }
    });
  }

  step('lints with the workspace config: an error for the cure claim, a warning for the mechanism', async function () {
    this.timeout(FIRST_LINT_TIMEOUT + 60_000);
    await openFile(page, 'article.md', 'Dry needling');
    await waitForCount(page.locator('.editor-instance .monaco-editor .view-overlays [class*="squiggly-error"]'), 1, 'one error squiggle (cure claim, raised by .claimlint.yaml)', FIRST_LINT_TIMEOUT);
    assert.deepEqual(await squiggledWords(page, 'error'), ['cures']);
    await waitFor(async () => (await squiggledWords(page, 'warning')).includes('mechanically resets'), 'a warning under "mechanically resets"');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'claimlint' });
    await rows.filter({ hasText: 'overclaim/cure-claims' }).first().waitFor({ timeout: STEP_TIMEOUT });
    await rows.filter({ hasText: 'overclaim/mechanism-as-fact' }).first().waitFor({ timeout: STEP_TIMEOUT });
    await browser!.screenshot('web-diagnostics');
  });

  step('runs in the web worker extension host, with the server in a web worker and no Node server', async () => {
    const hosts = await extensionHostWorkers(page);
    const serverWorker = hosts.find((host) => /claimlint language server/.test(host.name));
    assert.ok(serverWorker, `a worker named "claimlint language server" (workers: ${hosts.map((host) => host.name || host.url).join(', ')})`);
    assert.equal(serverWorker.hasProcess, false, 'the language server worker has no `process`');
    assert.ok(hosts.some((host) => /extension ?host/i.test(host.name) && !host.hasProcess), `a web worker extension host (workers: ${hosts.map((host) => host.name).join(', ')})`);
    assert.deepEqual(nodeServerProcesses(), [], 'no Node claimlint language server is running');
    process.stdout.write(`      workers: ${hosts.map((host) => `"${host.name}" (process: ${host.hasProcess ? 'yes' : 'no'})`).join(', ')}\n`);
  });

  step('hovers a citation key with its bibliography entry (read through the client file system)', async () => {
    const key = await wordBox(page, 'cushman2021postrace');
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Postrace Dry Needling' });
    await retry(async () => {
      await page.mouse.move(key.x - 40, key.y + key.height / 2);
      await page.mouse.move(key.x + key.width / 2, key.y + key.height / 2, { steps: 10 });
      await hover.waitFor({ timeout: 5_000 });
    }, 'the citation hover');
    const text = normalise(await hover.innerText());
    assert.match(text, /Postrace Dry Needling Does Not Reduce Subsequent Soreness and Cramping/);
    assert.match(text, /randomized controlled trial/i);
    await browser!.screenshot('web-citation-hover');
    await page.keyboard.press('Escape');
  });

  step('applies a quick fix, which changes the text, and saves it to the workspace', async () => {
    await runCodeAction(page, 'mechanically resets', 'Replace `mechanically resets` with `may help relax`');
    await waitForEditorText(page, 'Dry needling may help relax the contracted muscle fibers.');
    await waitFor(async () => !(await squiggledWords(page, 'warning')).includes('mechanically resets'), 'the mechanism warning to go away');
    await browser!.screenshot('web-quick-fix-applied');
    await page.keyboard.press('Control+S');
    await waitFor(async () => readFileSync(join(WORKSPACE, 'article.md'), 'utf8').includes('may help relax'), 'the saved file to hold the fix');
  });

  step('completes a bibliography key after [@', async () => {
    // At the end of "Further reading": type a citation opening and the start of a key.
    const line = await wordBox(page, 'Further reading');
    await page.mouse.click(line.x + line.width + 2, line.y + line.height / 2);
    await page.keyboard.press('End');
    await page.keyboard.type(' [@cush');
    const suggestion = page.locator('.editor-widget.suggest-widget .monaco-list-row').filter({ hasText: 'cushman2021postrace' });
    await retry(async () => {
      if (!(await suggestion.first().isVisible())) await page.keyboard.press('Control+Space');
      await suggestion.first().waitFor({ timeout: 5_000 });
    }, 'the citation completion');
    await browser!.screenshot('web-citation-completion');
    await page.keyboard.press('Enter');
    await waitForEditorText(page, 'Further reading [@cushman2021postrace');
  });

  step('records "Accept as reviewed…" in the ledger (an edit the editor applies) and reads it back through the client', async () => {
    await runCodeAction(page, 'cures', 'Accept as reviewed…');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget').filter({ hasText: 'Why this wording is acceptable' }).waitFor({ timeout: STEP_TIMEOUT });
    await input.fill('Quoted from the supplement label under review');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').filter({ hasText: 'Supporting reference' }).waitFor({ timeout: STEP_TIMEOUT });
    await page.keyboard.press('Enter');
    const ledger = join(WORKSPACE, '.claimlint', 'decisions.yaml');
    await waitFor(async () => existsSync(ledger) && readFileSync(ledger, 'utf8').includes('Quoted from the supplement label'), `${ledger} to hold the decision`);
    const text = readFileSync(ledger, 'utf8');
    assert.match(text, /overclaim\/cure-claims/);
    assert.match(text, /Web Reviewer/);
    // The server reads the ledger back (through the client again) and the accepted finding goes away.
    await waitForCount(page.locator('.editor-instance .monaco-editor .view-overlays [class*="squiggly-error"]'), 0, 'the accepted cure claim to lose its squiggle');
    await browser!.screenshot('web-accepted-as-reviewed');
  });
});

interface WorkerInfo {
  url: string;
  name: string;
  hasProcess: boolean;
}

/** Every worker the page runs (extension hosts and the workers they start), with its name and whether it has `process`. */
async function extensionHostWorkers(page: Page): Promise<WorkerInfo[]> {
  const workers: Worker[] = page.workers();
  const infos = await Promise.all(
    workers.map((worker) =>
      worker
        .evaluate(() => ({ name: (self as unknown as { name?: string }).name ?? '', hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined' }))
        .then((info) => ({ url: worker.url(), ...info }))
        .catch(() => ({ url: worker.url(), name: '(gone)', hasProcess: false })),
    ),
  );
  return infos;
}

/** Node processes running a claimlint `dist/server.js` from this run's extensions folder. */
function nodeServerProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (command.includes(RUN) && /claimlint[^ ]*\/dist\/server\.js/.test(command)) found.push(`${pid}: ${command}`);
  }
  return found;
}

/** Opens a workspace file with Quick Open and waits for its text. */
async function openFile(page: Page, name: string, expectedText: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: STEP_TIMEOUT });
  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace('.', '\\.')}$`) }) });
  await retry(async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(name, { timeout: 5_000 });
    await row.first().click({ timeout: 5_000 });
  }, `Quick Open on ${name}`);
  await page.locator('.editor-instance .monaco-editor .view-lines').filter({ hasText: expectedText }).waitFor({ timeout: STEP_TIMEOUT });
}

/** The editor words under each squiggle of a severity, read from the geometry of the rendered text. */
async function squiggledWords(page: Page, severity: 'error' | 'warning'): Promise<string[]> {
  return page.evaluate((kind) => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return [];
    const squiggles = [...editor.querySelectorAll(`.view-overlays [class*="squiggly-${kind}"]`)].map((el) => el.getBoundingClientRect());
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
  }, severity);
}

/** The bounding box of `word` in the editor's rendered text. */
async function wordBox(page: Page, word: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate((target) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.replace(/\u00a0/g, ' ').indexOf(target);
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

/** Puts the caret in `word`, opens the quick-fix menu (again, if it did not open) and runs the action titled `title`. */
async function runCodeAction(page: Page, word: string, title: string): Promise<void> {
  const action = page.locator('.action-widget .monaco-list-row').filter({ hasText: title });
  await retry(async () => {
    await page.keyboard.press('Escape');
    const box = await wordBox(page, word);
    await page.mouse.click(box.x + Math.min(4, box.width / 2), box.y + box.height / 2);
    await page.keyboard.press('Control+.');
    await action.first().waitFor({ timeout: 5_000 });
  }, `the quick-fix menu with "${title}"`);
  await action.first().click();
}

async function waitForEditorText(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => (document.querySelector('.editor-instance .monaco-editor .view-lines') as HTMLElement | null)?.innerText.replace(/\u00a0/g, ' ').includes(expected),
    text,
    { timeout: STEP_TIMEOUT },
  );
}

async function waitForCount(locator: Locator, count: number, what: string, timeout = STEP_TIMEOUT): Promise<void> {
  let seen = -1;
  await waitFor(async () => (seen = await locator.count()) === count, () => `${what} (saw ${seen})`, timeout);
}

/** Polls `condition` (a DOM or disk check) until it holds or the step times out. */
async function waitFor(condition: () => boolean | Promise<boolean>, what: string | (() => string), timeout = STEP_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`timed out after ${timeout / 1000} s waiting for ${typeof what === 'string' ? what : what()}`);
}

/** Runs a UI attempt (each one waits on a DOM condition with its own short timeout) until it succeeds or the step times out. */
async function retry(attempt: () => Promise<void>, what: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await attempt();
      return;
    } catch (error) {
      last = error;
    }
  }
  assert.fail(`gave up on ${what} after ${STEP_TIMEOUT / 1000} s: ${last instanceof Error ? last.message.split('\n')[0] : String(last)}`);
}

function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 50);
}
