/**
 * `claimlint report`, spawned as a user runs it, on a small project written here: a bibliography with recorded and
 * inferred study designs, a decision ledger accepting one finding, a CRLF document with front matter (title, author,
 * review block) and an emoji before a claim, and a plain document citing a numbered reference list.
 *
 * Each format's whole output is pinned by a golden file in test/fixtures/report/ (the temporary folder's path never
 * appears: the CLI runs in the project and names documents as typed). `UPDATE_FIXTURES=1` rewrites them; review the diff.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDecision, sentenceFingerprint } from '../../server/src/engine/index';
import { REPO_ROOT } from '../helpers/rules';
import { writeFiles } from '../helpers/sarif';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const GOLDEN = join(REPO_ROOT, 'test', 'fixtures', 'report');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const BIBLIOGRAPHY = `@article{kim2021,
  author = {Kim, Ana and Lee, Bo},
  title = {Green tea drinking and gastric cancer},
  journal = {Journal of Tea Research},
  year = {2021},
  volume = {12},
  pages = {1--9},
  studydesign = {cohort study}
}

@article{ong2019,
  author = {Ong, Chen and Patel, Dev and Ruiz, Eva},
  title = {Green tea for the common cold: a systematic review and meta-analysis},
  journal = {Reviews in Respiratory Care},
  year = {2019}
}

@article{mice2018,
  author = {Sato, Ken},
  title = {Green tea extract shrinks tumours in mice},
  journal = {Lab Animal Oncology},
  year = {2018}
}
`;

const ACCEPTED = 'Our 𠀋茶 blend is a miracle brew for winter [@ong2019].';

// CRLF line endings, front matter with review keys, an emoji before a cited claim, a directive with a reason, a
// sentence the ledger accepts, an uncited claim and a citation the bibliography lacks.
const TEA = [
  '---',
  'title: Green tea and your health',
  'author: Sam Writer',
  'credentials: RD',
  'updated: 2025-06-30',
  'review:',
  '  status: approved',
  '  reviewer: Dr Ada Obi, MD',
  '  date: 2026-03-01',
  '---',
  '# Green tea',
  '',
  'Most people who drink green tea sleep 20% better.',
  '',
  '🍵 Green tea prevents stomach cancer [@kim2021].',
  '',
  'Green tea shrinks tumours [@mice2018; @missing2020].',
  '',
  ACCEPTED,
  '',
  '<!-- claimlint-disable-next-line overclaim/cure-claims -- quoting the label -->',
  'It cures colds.',
  '',
].join('\r\n');

const PLAIN = [
  '# Walking',
  '',
  'Walking 30 minutes a day lowers blood pressure in adults [1].',
  '',
  'It is fun.',
  '',
  '## References',
  '',
  '1. Hart P. Walking and blood pressure: a randomised trial. Heart. 2020.',
  '',
].join('\n');

function reportProject(): string {
  const decision = {
    rule: 'overclaim/miracle-claims',
    document: 'articles/tea.md',
    fingerprint: sentenceFingerprint(ACCEPTED),
    sentence: ACCEPTED,
    reviewer: 'Dr Ada Obi',
    date: '2026-03-02',
    reason: 'the blend is named so; the claim is hedged on the label',
  };
  return writeFiles(makeTempDir('report'), {
    '.claimlint.yaml': 'packs: [overclaim, citations]\ncitationScope: sentence\n',
    '.claimlint/decisions.yaml': addDecision('', decision)!,
    'references.bib': BIBLIOGRAPHY,
    'articles/tea.md': TEA,
    'articles/plain.md': PLAIN,
  });
}

describe('claimlint report', function () {
  // Each test spawns the CLI; a busy machine needs more than the default timeout.
  this.timeout(120_000);
  let project: string;

  before(() => {
    project = reportProject();
  });

  after(removeTempDirs);

  for (const format of ['md', 'html', 'csv', 'json'] as const) {
    it(`writes the golden ${format} report of two documents`, () => {
      const { code, stdout, stderr } = run(['report', '--format', format, 'articles'], project);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      const golden = join(GOLDEN, `report.${format}.golden`);
      if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(golden, stdout);
      assert.equal(stdout, readFileSync(golden, 'utf8'));
    });
  }

  it('finds what a reviewer needs in the JSON: lines, columns, design, level, verdict and the decision', () => {
    const report = JSON.parse(run(['report', '--format', 'json', 'articles/tea.md'], project).stdout) as {
      documents: Array<{ header: Record<string, unknown>; rows: Array<Record<string, unknown> & { citations: Array<{ sources: Array<Record<string, unknown>> }> }> }>;
    };
    const [tea] = report.documents;
    assert.deepEqual(tea!.header, {
      title: 'Green tea and your health',
      author: 'Sam Writer',
      credentials: 'RD',
      updated: '2025-06-30',
      review: { status: 'approved', reviewer: 'Dr Ada Obi, MD', date: '2026-03-01' },
    });
    const byLine = new Map(tea!.rows.map((row) => [row['line'], row]));
    assert.equal(byLine.get(13)!['verdict'], 'needs citation');
    // Line 15 of the CRLF file, found by its 1-based line whatever the emoji (two UTF-16 code units) before the words.
    assert.equal(byLine.get(15)!['column'], 1);
    assert.equal(byLine.get(15)!['sentence'], '🍵 Green tea prevents stomach cancer [@kim2021].');
    assert.deepEqual(byLine.get(15)!.citations[0]!.sources[0], {
      key: 'kim2021',
      reference: 'Kim A, Lee B. Green tea drinking and gastric cancer. Journal of Tea Research. 2021;12:1–9.',
      label: 'Kim & Lee 2021',
      design: 'cohort study',
      designBasis: 'recorded',
      evidenceLevel: '3',
    });
    assert.equal(byLine.get(15)!['verdict'], 'causal wording on observational evidence');
    assert.equal(byLine.get(17)!['verdict'], 'animal or laboratory evidence');
    assert.deepEqual(byLine.get(17)!.citations[0]!.sources[1], { key: 'missing2020', unresolved: true });
    assert.deepEqual(byLine.get(19)!['decisions'], [
      { ruleId: 'overclaim/miracle-claims', kind: 'ledger', reviewer: 'Dr Ada Obi', date: '2026-03-02', reason: 'the blend is named so; the claim is hedged on the label' },
    ]);
    assert.deepEqual(byLine.get(22)!['decisions'], [{ ruleId: 'overclaim/cure-claims', kind: 'directive', reason: 'quoting the label' }]);
  });

  it('writes --output files and refuses bad input with exit code 2', () => {
    const out = join(project, 'out.html');
    const written = run(['report', '--format', 'html', '-o', out, 'articles/plain.md'], project);
    assert.equal(written.code, 0);
    assert.equal(written.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^<!DOCTYPE html>/);
    const badFormat = run(['report', '--format', 'pdf', 'articles'], project);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /unknown report format `pdf`; use md, html, csv or json/);
    const noPath = run(['report'], project);
    assert.equal(noPath.code, 2);
    assert.match(noPath.stderr, /report needs the PATHs/);
    const missing = run(['report', 'nowhere.md'], project);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file, folder or matching glob: nowhere\.md/);
    const badOption = run(['report', '--jobs', '2', 'articles'], project);
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /--jobs is not an option of report/);
  });

  it('reports a broken bibliography on stderr with its line and exits 2, still writing the report', () => {
    const broken = writeFiles(makeTempDir('report-broken'), { 'references.bib': '@article{a,\n  title = {unclosed\n', 'a.md': 'Tea cures colds [@a].\n' });
    const { code, stdout, stderr } = run(['report', 'a.md'], broken);
    assert.equal(code, 2);
    assert.match(stdout, /^# Evidence report/);
    assert.match(stderr, /references\.bib:\d+:\d+ {2}error {2}/);
  });

  it('lists a document its config ignores with no rows', () => {
    const dir = writeFiles(makeTempDir('report-ignored'), { '.claimlint.yaml': 'ignore: ["drafts/**"]\n', 'drafts/x.md': '# Draft\n\nTea cures colds.\n' });
    const { code, stdout } = run(['report', '--format', 'json', 'drafts/x.md'], dir);
    assert.equal(code, 0);
    const [document] = (JSON.parse(stdout) as { documents: Array<Record<string, unknown>> }).documents;
    assert.deepEqual(document, {
      document: 'drafts/x.md',
      header: { title: 'Draft' },
      ignored: true,
      rows: [],
      otherFindings: [],
      summary: { rows: 0, claims: 0, cited: 0, needsCitation: 0, openFindings: 0, decisions: 0 },
    });
    assert.match(run(['report', 'drafts/x.md'], dir).stdout, /Ignored by its configuration: not checked\./);
  });
});
