/**
 * The evidence report panel in a real VS Code workbench (code-server), driven by headless Chromium: "claimlint: Open
 * evidence report" opens a webview beside the editor with the server-rendered claims matrix (a cited claim with its
 * study design, an uncited one, the ledger's decision), a click on a row selects its sentence in the editor, and an
 * edit shows up in the panel without asking.
 *
 * The status bar shows the document's review status, and "claimlint: Advance review status" approves it: the reviewer
 * comes from the `claimlint.reviewer` setting, the approval is confirmed in a dialog, and the front matter and the status
 * bar change.
 *
 * The screenshot of the panel is saved in the run's artifacts; docs/images/evidence-report.png (the README's) is written
 * when it is missing or with UPDATE_FIXTURES=1.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';
import { ARTIFACTS, E2E, ROOT, vsixPath } from './env';
import { installExtension, startCodeServer, type EditorServer } from './processes';
import { WAIT, Workbench } from './workbench';

const RUN = join(E2E, 'run-report');
const SHOTS = join(ARTIFACTS, 'report');
const README_SCREENSHOT = join(ROOT, 'docs', 'images', 'evidence-report.png');

const ACCEPTED = 'Our winter blend is a miracle brew for colds [@ong2019].';
const ARTICLE = [
  '---',
  'title: Green tea and your health',
  'author: Sam Writer',
  'review: { status: in-review, reviewer: "Dr Ada Obi, MD", date: 2026-03-01 }',
  '---',
  '# Green tea and your health',
  '',
  'Green tea prevents stomach cancer [@kim2021].',
  '',
  'Green tea shrinks tumours [@sato2018].',
  '',
  'Drinking three cups a day lowers blood pressure in adults [@ong2019].',
  '',
  ACCEPTED,
  '',
  'Most people who drink green tea sleep 20% better.',
  '',
].join('\n');

const BIBLIOGRAPHY = `@article{kim2021,
  author = {Kim, Ana and Lee, Bo}, title = {Green tea drinking and gastric cancer}, journal = {Journal of Tea Research},
  year = {2021}, volume = {12}, pages = {1--9}, studydesign = {cohort study}
}
@article{sato2018,
  author = {Sato, Ken}, title = {Green tea extract shrinks tumours in mice}, journal = {Lab Animal Oncology}, year = {2018}
}
@article{ong2019,
  author = {Ong, Chen and Patel, Dev and Ruiz, Eva}, title = {Green tea and blood pressure: a systematic review and meta-analysis},
  journal = {Reviews in Cardiology}, year = {2019}
}
`;

// The ledger accepting the miracle claim, as "Accept as reviewed…" writes it (the fingerprint is sentenceFingerprint of
// ACCEPTED; the e2e suite does not import the engine).
const LEDGER = `# Reviewer decisions (claimlint): accepted findings, by sentence fingerprint. Commit this file.

version: 1
decisions:
  - rule: overclaim/miracle-claims
    document: article.md
    fingerprint: d360a100ab4bc96b
    sentence: ${ACCEPTED}
    reviewer: Dr Ada Obi
    date: 2026-03-02
    reason: the product name, as registered
`;

describe('claimlint evidence report in VS Code (code-server + Chromium)', function () {
  this.timeout(420_000);
  this.bail(true);
  let server: EditorServer | undefined;
  let browser: Browser | undefined;
  let workbench: Workbench;
  let shot = 0;

  /** The report page inside the webview's two frames. */
  const report = (): FrameLocator => workbench.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const row = (text: string) => report().locator('tbody tr', { hasText: text });
  const screenshot = async (name: string): Promise<string> => {
    const path = join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`);
    await workbench.page.screenshot({ path });
    return path;
  };

  before(async function () {
    this.timeout(300_000);
    rmSync(RUN, { recursive: true, force: true });
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    assert.ok(existsSync(vsixPath()), `${vsixPath()} is missing; run \`npm run package\` first`);
    installExtension(RUN, vsixPath());
    const workspace = join(RUN, 'workspace');
    for (const [path, text] of Object.entries({
      'article.md': ARTICLE,
      'references.bib': BIBLIOGRAPHY,
      '.claimlint.yaml': 'packs: [overclaim, citations]\ncitationScope: sentence\n',
      '.claimlint/decisions.yaml': LEDGER,
      // Who approves, so "Advance review status" asks only to confirm.
      '.vscode/settings.json': '{ "claimlint.reviewer": "Dr Ada Obi" }\n',
    })) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    server = await startCodeServer(RUN);
    browser = await launchBrowser(RUN, SHOTS);
    workbench = new Workbench(browser.page, browser, SHOTS);
    await workbench.load(`${server.url}/?folder=${encodeURIComponent(join(RUN, 'workspace'))}`, 'article.md');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the report beside the editor with the claims, their sources and the decision', async () => {
    await workbench.openFile('article.md', 'Green tea prevents');
    // The server is up and has analysed the document once its findings show.
    await workbench.waitForSquiggles(['20%'], WAIT.firstDiagnostics);
    await workbench.command('Open evidence report');
    await row('Green tea prevents stomach cancer').waitFor({ timeout: WAIT.result });
    const cited = await row('Green tea prevents stomach cancer').innerText();
    assert.match(cited, /kim2021 — Kim A, Lee B\. Green tea drinking and gastric cancer/);
    assert.match(cited, /cohort study/);
    assert.match(cited, /causal wording on observational evidence/);
    assert.match(await row('miracle brew').innerText(), /Accepted by Dr Ada Obi on 2026-03-02: the product name, as registered/);
    assert.match(await row('sleep 20% better').innerText(), /needs citation/);
    assert.match(await report().locator('dl').innerText(), /in-review/);
    // For the README: a wider window without the side bar, the report given most of it.
    await workbench.page.setViewportSize({ width: 1920, height: 1000 });
    await workbench.command('View: Toggle Primary Side Bar Visibility');
    await screenshot('beside-the-editor');
    // The README's picture: the report's group maximised, every column in view.
    await workbench.page.locator('.part.editor .tab', { hasText: 'Evidence report' }).click();
    await workbench.command('View: Toggle Maximize Editor Group');
    await report().locator('th', { hasText: 'Reviewer decision' }).waitFor({ timeout: WAIT.result });
    await row('Green tea prevents stomach cancer').waitFor({ timeout: WAIT.result });
    const path = await screenshot('evidence-report');
    if (!existsSync(README_SCREENSHOT) || process.env['UPDATE_FIXTURES'] === '1') copyFileSync(path, README_SCREENSHOT);
    await workbench.command('View: Toggle Maximize Editor Group');
  });

  it('selects the sentence in the editor when its row is clicked', async () => {
    await row('lowers blood pressure').click();
    const selection = workbench.page.locator('#status\\.editor\\.selection');
    // "Ln 12, Col 70 (69 selected)": the whole sentence on line 12, the caret at its end.
    await workbench.until(
      'the sentence to be selected',
      async () => /Ln 12, Col 70 \(69 selected\)/.test(await selection.innerText().catch(() => '')),
      WAIT.result,
      async () => selection.innerText(),
    );
    await screenshot('row-revealed');
  });

  it('refreshes as the document changes', async () => {
    // The click left the selection in the editor: typing replaces the sentence.
    await workbench.page.keyboard.type('Turmeric cures arthritis in most patients.');
    await row('Turmeric cures arthritis').waitFor({ timeout: WAIT.result });
    assert.equal(await row('lowers blood pressure').count(), 0);
    await screenshot('refreshed');
  });

  it('shows the review status in the status bar and advances it to approved', async () => {
    const item = workbench.page.locator('.statusbar-item', { hasText: 'in-review' });
    await item.first().waitFor({ timeout: WAIT.result });
    await workbench.command('Advance review status');
    // Approving takes the reviewer from the `claimlint.reviewer` setting and asks to confirm in a modal dialog.
    const approve = workbench.page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Approve' });
    await approve.waitFor({ timeout: WAIT.result });
    await approve.click();
    await workbench.waitForText('status: approved');
    // The approver replaces the earlier reviewer ("Dr Ada Obi, MD").
    assert.match(await workbench.editorText(), /reviewer: "?Dr Ada Obi"?(?!, MD)/);
    await workbench.page.locator('.statusbar-item', { hasText: 'approved' }).first().waitFor({ timeout: WAIT.result });
    await screenshot('approved');
  });

  it('exports the report as CSV next to the document', async () => {
    const target = join(RUN, 'workspace', 'article.evidence-report.csv');
    await report().locator('button[data-export="csv"]').click();
    // code-server's save dialog is a quick input holding the proposed path: accept it.
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: WAIT.result });
    await workbench.until(
      'the proposed file name',
      async () => (await input.inputValue()).endsWith('article.evidence-report.csv'),
      WAIT.result,
      async () => input.inputValue(),
    );
    await workbench.page.keyboard.press('Enter');
    await workbench.until('the CSV on disk', () => existsSync(target), WAIT.result);
    const csv = readFileSync(target, 'utf8');
    assert.match(csv, /^\uFEFF"Document","Line","Claim"/);
    assert.match(csv, /"article\.md","8","Green tea prevents stomach cancer \[@kim2021\]\."/);
  });
});
