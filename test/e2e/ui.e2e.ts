/**
 * claimlint in a real VS Code workbench (code-server), driven by headless Chromium:
 * squiggles on the flagged words, the Problems panel, hover, quick fix, the
 * disable-for-this-line action, and saving.
 *
 * Each step waits on the DOM condition that matters. When a menu or widget does
 * not appear, the step opens it again another way (see workbench.ts), and every
 * retry is logged with a screenshot. A step that still fails saves a screenshot,
 * the page console and the extension's output channel, and its error lists every
 * attempt.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, type Browser } from './browser';
import { ARTIFACTS, E2E, vsixPath } from './env';
import { installExtension, startCodeServer, type EditorServer } from './processes';
import { slug, WAIT, Workbench } from './workbench';

const RUN = join(E2E, 'run-ui');
const ARTICLE = join(__dirname, 'workspace', 'article.md');

describe('claimlint in VS Code (code-server + Chromium)', function () {
  // Each step's waits and retries are bounded (workbench.ts, WAIT: a retried action starts
  // no attempt after 180 s); this only backs them up.
  this.timeout(420_000);
  // The steps build on each other: after the first failure the rest would only repeat it.
  this.bail(true);
  let server: EditorServer | undefined;
  let browser: Browser | undefined;
  let workbench: Workbench;
  const articleOnDisk = join(RUN, 'workspace', 'article.md');

  before(async function () {
    this.timeout(300_000);
    rmSync(RUN, { recursive: true, force: true });
    // The API suite (fake-code) keeps its artifacts in api/, the report suite in report/; leave them.
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of readdirSync(ARTIFACTS)) if (name !== 'api' && name !== 'report') rmSync(join(ARTIFACTS, name), { recursive: true, force: true });
    assert.ok(existsSync(vsixPath()), `${vsixPath()} is missing; run \`npm run package\` first`);
    installExtension(RUN, vsixPath());
    copyFileSync(ARTICLE, articleOnDisk);
    // The UI steps are about the overclaim pack; citations are covered by the API suite.
    writeFileSync(join(RUN, 'workspace', '.claimlint.yaml'), 'packs: [overclaim]\n');
    server = await startCodeServer(RUN);
    browser = await launchBrowser(RUN);
    workbench = new Workbench(browser.page, browser, ARTIFACTS);
    await workbench.load(`${server.url}/?folder=${encodeURIComponent(join(RUN, 'workspace'))}`, 'article.md');
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
        const errors = [
          ...new Set(
            output
              .split('\n')
              .filter((line) => /\bError:/.test(line))
              .map((line) => line.replace(/^\S+ \S+ \[\w+\]\s*/, '')),
          ),
        ].slice(0, 3);
        const detail =
          `\n\n--- errors in the claimlint output channel ---\n${errors.join('\n') || '(none)'}` + `\n--- claimlint output channel (last lines) ---\n${tail(output, 15)}\n--- artifacts: ${ARTIFACTS}`;
        // A new error: reporters print the stack, which still holds the old message.
        throw new Error(`${error instanceof Error ? error.message : String(error)}${detail}`, { cause: error });
      }
    });
  }

  after(async () => {
    const retries = workbench?.retries ?? [];
    process.stdout.write(`      UI retries: ${retries.length === 0 ? 'none' : retries.map((r) => `${r.what} (${r.failed.length} failed, then ${r.succeeded ?? 'gave up'})`).join('; ')}\n`);
    await browser?.close();
    await server?.stop();
  });

  step('shows squiggles under the flagged words and the right count in the Problems panel', async () => {
    await workbench.openFile('article.md', 'Dry needling');
    await workbench.waitForSquiggles(['cures', 'mechanically resets', 'no side effects'], WAIT.firstDiagnostics);
    const panel = await workbench.showProblems('claimlint', 3);
    assert.match(panel, /overclaim\/mechanism-as-fact/);
    assert.match(panel, /overclaim\/no-side-effects/);
    await browser!.screenshot('diagnostics-and-problems');
  });

  step('hovers with the message, rationale and source', async () => {
    const text = await workbench.hover('mechanically resets', [
      /states a proposed mechanism as fact/,
      /Mechanism stated as fact · overclaim\/mechanism-as-fact · Warning/,
      /Why: Mechanisms such as/,
      /Source: Sumner P et al\./,
      /Rule documentation/,
    ]);
    assert.match(text, /Why:/);
    await browser!.screenshot('hover');
    await workbench.clearHover();
  });

  step('applies the quick fix to exactly the flagged words, and the diagnostic goes away', async () => {
    await workbench.codeAction('mechanically resets', 'Replace `mechanically resets` with `may help relax`', 'Dry needling may help relax the contracted muscle fibers.');
    await workbench.waitForSquiggles(['cures', 'no side effects']);
    await browser!.screenshot('quick-fix-applied');
  });

  step('inserts the disable directive above the line and the finding disappears', async () => {
    await workbench.codeAction('cures', 'Disable overclaim/cure-claims for this line', '<!-- claimlint-disable-next-line overclaim/cure-claims -->');
    await workbench.waitForSquiggles(['no side effects']);
    await browser!.screenshot('disabled-for-line');
  });

  step('saves the edits to disk', async () => {
    await workbench.save(() => readFileSync(articleOnDisk, 'utf8').includes('claimlint-disable-next-line'));
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
