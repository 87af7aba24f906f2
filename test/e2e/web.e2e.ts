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
import type { Page, Worker } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { ARTIFACTS, E2E, USER_SETTINGS, vsixPath } from './env';
import { installExtension, startCodeServer, type EditorServer } from './processes';
import { slug, WAIT, Workbench, type Attempt } from './workbench';

const RUN = join(E2E, 'run-web');
const WORKSPACE = join(RUN, 'workspace');
const REFERENCES = join(__dirname, '..', 'vscode', 'workspace', 'references.bib');
const EDITOR = '.part.editor .editor-instance .monaco-editor';

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
  // Each step's waits and retries are bounded (workbench.ts, WAIT); this only backs them up.
  this.timeout(420_000);
  this.bail(true);
  let server: EditorServer | undefined;
  let browser: Browser | undefined;
  let workbench: Workbench;
  let page: Page;

  before(async function () {
    this.timeout(300_000);
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
    workbench = new Workbench(page, browser, ARTIFACTS);
    await workbench.load(`${server.url}/?folder=${encodeURIComponent(WORKSPACE)}`, 'article.md');
  });

  after(async () => {
    const retries = workbench?.retries ?? [];
    process.stdout.write(`      UI retries: ${retries.length === 0 ? 'none' : retries.map((r) => `${r.what} (${r.failed.length} failed, then ${r.succeeded ?? 'gave up'})`).join('; ')}\n`);
    await browser?.close();
    await server?.stop();
  });

  /** A test step: on failure it saves a screenshot and the page console, and quotes claimlint's console lines. */
  function step(title: string, body: () => Promise<void>): void {
    it(title, async () => {
      try {
        await body();
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

  step('lints with the workspace config: an error for the cure claim, a warning for the mechanism', async () => {
    await workbench.openFile('article.md', 'Dry needling');
    await workbench.waitForSquiggles(['cures', 'mechanically resets'], WAIT.firstDiagnostics);
    // The cure claim is an error only because .claimlint.yaml, read through the client, says so.
    await workbench.waitForCount(page.locator(`${EDITOR} .view-overlays [class*="squiggly-error"]`), 1, 'one error squiggle (cure claim, raised by .claimlint.yaml)');
    const panel = await workbench.showProblems('claimlint', 2);
    assert.match(panel, /overclaim\/cure-claims/);
    assert.match(panel, /overclaim\/mechanism-as-fact/);
    await browser!.screenshot('web-diagnostics');
  });

  step('runs in the web worker extension host, with the server in a web worker and no Node server', async () => {
    const hosts = await pageWorkers(page);
    const names = hosts.map((host) => `"${host.name || host.url}" (process: ${host.hasProcess ? 'yes' : 'no'})`).join(', ');
    process.stdout.write(`      workers: ${names}\n`);
    // VS Code names a worker that an extension starts "<its extension host> -> <the name given>".
    const serverWorker = hosts.find((host) => /^ExtensionHostWorker -> claimlint language server$/.test(host.name));
    assert.ok(serverWorker, `a worker "ExtensionHostWorker -> claimlint language server" (workers: ${names})`);
    assert.equal(serverWorker.hasProcess, false, 'the language server worker has no `process`');
    assert.ok(
      hosts.some((host) => host.name === 'ExtensionHostWorker' && !host.hasProcess),
      `the web worker extension host (workers: ${names})`,
    );
    assert.deepEqual(nodeServerProcesses(), [], 'no Node claimlint language server is running');
  });

  step('hovers a citation key with its bibliography entry (read through the client file system)', async () => {
    const text = await workbench.hover('cushman2021postrace', [/Postrace Dry Needling Does Not Reduce Subsequent Soreness and Cramping/, /randomized controlled trial/i]);
    assert.match(text, /Clinical Journal of Sport Medicine/);
    await browser!.screenshot('web-citation-hover');
    await workbench.clearHover();
  });

  step('applies a quick fix, which changes the text, and saves it to the workspace', async () => {
    await workbench.codeAction('mechanically resets', 'Replace `mechanically resets` with `may help relax`', 'Dry needling may help relax the contracted muscle fibers.');
    await workbench.waitForSquiggles(['cures']);
    await browser!.screenshot('web-quick-fix-applied');
    await workbench.save(() => readFileSync(join(WORKSPACE, 'article.md'), 'utf8').includes('may help relax'));
  });

  step('completes a bibliography key after [@', async () => {
    await workbench.placeCaret('Further reading');
    await page.keyboard.press('End');
    await page.keyboard.type(' [@cush');
    await workbench.waitForText('Further reading [@cush');
    const suggestion = page.locator('.editor-widget.suggest-widget .monaco-list-row').filter({ hasText: 'cushman2021postrace' }).first();
    const listed = async (): Promise<boolean> => suggestion.isVisible();
    const open = (how: string, trigger: () => Promise<void>): Attempt => ({
      how,
      run: async (timeout) => {
        await trigger();
        await suggestion.waitFor({ timeout });
      },
    });
    // Typing `@` triggers the completion; if its list does not show, ask for it again.
    await workbench.retry('the citation completion', listed, [
      open('typing [@', async () => undefined),
      open('Ctrl+Space', () => page.keyboard.press('Control+Space')),
      open('command palette "Trigger Suggest"', async () => {
        await workbench.command('Trigger Suggest');
      }),
    ]);
    await browser!.screenshot('web-citation-completion');
    await page.keyboard.press('Enter');
    await workbench.waitForText('Further reading [@cushman2021postrace');
  });

  step('records "Accept as reviewed…" in the ledger (an edit the editor applies) and reads it back through the client', async () => {
    await workbench.settleDiagnostics();
    const quickInput = page.locator('.quick-input-widget');
    const asked = async (): Promise<boolean> => (await quickInput.filter({ hasText: 'Why this wording is acceptable' }).count()) > 0 && (await quickInput.isVisible());
    const row = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Accept as reviewed…' }).first();
    const via = (how: string, openMenu: () => Promise<void>): Attempt => ({
      how,
      run: async (timeout) => {
        await workbench.escapeWidgets();
        await workbench.clearHover();
        await workbench.placeCaret('cures');
        await openMenu();
        await row.click({ timeout });
        await workbench.until('the reason prompt', asked, timeout);
      },
    });
    await workbench.retry('run "Accept as reviewed…"', asked, [
      via('Ctrl+.', () => page.keyboard.press('Control+.')),
      via('Ctrl+. again', () => page.keyboard.press('Control+.')),
      via('command palette "Quick Fix..."', () => workbench.command('Quick Fix...')),
    ]);
    await quickInput.locator('input').fill('Quoted from the supplement label under review');
    await page.keyboard.press('Enter');
    await quickInput.filter({ hasText: 'Supporting reference' }).waitFor({ timeout: WAIT.result });
    await page.keyboard.press('Enter');
    const ledger = join(WORKSPACE, '.claimlint', 'decisions.yaml');
    await workbench.until(`${ledger} to hold the decision`, () => existsSync(ledger) && readFileSync(ledger, 'utf8').includes('Quoted from the supplement label'), WAIT.result);
    const text = readFileSync(ledger, 'utf8');
    assert.match(text, /overclaim\/cure-claims/);
    assert.match(text, /Web Reviewer/);
    // The server reads the ledger back (through the client again) and the accepted finding goes away.
    await workbench.waitForSquiggles([]);
    await browser!.screenshot('web-accepted-as-reviewed');
  });
});

interface WorkerInfo {
  url: string;
  name: string;
  hasProcess: boolean;
}

/** Every worker the page runs (extension hosts and the workers they start), with its name and whether it has `process`. */
async function pageWorkers(page: Page): Promise<WorkerInfo[]> {
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
