/**
 * The evidence report model and its renderers, on text written here: rows for claim sentences only, 1-based lines
 * and UTF-16 columns (CRLF, an emoji before the claim), sources resolved with design and level, findings and
 * decisions on their sentence, lenient header reading, and output that is safe (CSV formula injection, HTML escaping).
 */
import assert from 'node:assert/strict';
import { buildDocumentReport, loadBibliography, readReportHeader, renderReport, type Finding } from '../../server/src/engine/index';

const BIB = `@article{kim2021,
  author = {Kim, Ana and Lee, Bo},
  title = {Green tea and cancer: a prospective cohort},
  journal = {BMJ},
  year = {2021},
  studydesign = {cohort study}
}
`;

function report(text: string, findings: Finding[] = []) {
  const bibliography = loadBibliography([{ path: '/refs.bib', text: BIB }]);
  return buildDocumentReport({ document: 'doc.md', text, bibliography, citationScope: 'preceding', findings });
}

function finding(text: string, words: string, ruleId: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(words);
  return {
    ruleId,
    severity: 'warning',
    message: `${words} is wrong`,
    range: { start, end: start + words.length },
    text: words,
    fixes: [],
    suppressions: [],
    rationale: '',
    source: { citation: '' },
    ...extra,
  };
}

describe('evidence report', () => {
  const text = '# Tea\r\n\r\nTea is nice.\r\n\r\n🍵 Green tea prevents cancer [@kim2021].\r\n\r\nTurmeric cures arthritis in most patients.\r\n';

  it('has a row per claim sentence with its line, UTF-16 column, sources, design and level', () => {
    const { rows, summary, header } = report(text);
    assert.equal(header.title, 'Tea');
    assert.deepEqual(
      rows.map((row) => [row.line, row.column, row.sentence, row.verdict]),
      [
        [5, 1, '🍵 Green tea prevents cancer [@kim2021].', 'causal wording on observational evidence'],
        [7, 1, 'Turmeric cures arthritis in most patients.', 'needs citation'],
      ],
    );
    assert.deepEqual(rows[0]!.citations[0]!.sources, [
      {
        key: 'kim2021',
        reference: 'Kim A, Lee B. Green tea and cancer: a prospective cohort. BMJ. 2021.',
        label: 'Kim & Lee 2021',
        design: 'cohort study',
        designBasis: 'recorded',
        evidenceLevel: '3',
      },
    ]);
    assert.equal(text.slice(rows[0]!.range.start, rows[0]!.range.end), '🍵 Green tea prevents cancer [@kim2021].');
    assert.deepEqual(summary, { rows: 2, claims: 2, cited: 1, needsCitation: 1, openFindings: 0, decisions: 0 });
  });

  it('puts open findings and reviewer decisions on their sentence, and the rest apart', () => {
    const accepted = finding(text, 'prevents', 'overclaim/x', { severity: 'hint', accepted: { reviewer: 'Dr B', date: '2026-01-02', reason: 'agreed' } });
    const open = finding(text, 'cures', 'overclaim/cure-claims');
    // On the heading's `#`, which no sentence holds (as a finding on front matter).
    const heading = finding(text, '#', 'document/y');
    const { rows, otherFindings } = report(text, [accepted, open, heading]);
    assert.deepEqual(rows[0]!.decisions, [{ ruleId: 'overclaim/x', kind: 'ledger', reviewer: 'Dr B', date: '2026-01-02', reason: 'agreed' }]);
    assert.deepEqual(rows[0]!.findings, []);
    assert.deepEqual(rows[1]!.findings, [{ ruleId: 'overclaim/cure-claims', severity: 'warning', message: 'cures is wrong', line: 7 }]);
    assert.deepEqual(otherFindings, [{ ruleId: 'document/y', severity: 'warning', message: '# is wrong', line: 1 }]);
  });

  it('reads review status, reviewer, dates and author leniently', () => {
    assert.deepEqual(readReportHeader('---\ntitle: T\nauthor: [{name: A}, B]\nupdated: 2025-01-02\nreview: {status: approved, reviewer: "Dr C", date: 2026-03-01}\n---\n# H\n'), {
      title: 'T',
      author: 'A, B',
      updated: '2025-01-02',
      review: { status: 'approved', reviewer: 'Dr C', date: '2026-03-01' },
    });
    assert.deepEqual(readReportHeader('---\nreview: [oops\n---\n```\n# not a title\n```\n# Real *title*\n'), { title: 'Real title' });
    assert.deepEqual(readReportHeader(''), {});
  });

  it('never throws on odd text', () => {
    for (const odd of ['', '---\n', '\u0000\uD800', '| a |\n| - |\n| =1+1 |\n', '```\ncures\n']) report(odd);
  });

  it('writes CSV that spreadsheets cannot run and HTML that cannot inject', () => {
    const evil = '=HYPERLINK("x") cures <script>alert(1)</script> cancer in most patients.\n';
    const built = report(evil, [finding(evil, 'cures', '-rule')]);
    const csv = renderReport({ version: 1, documents: [{ ...built, document: '@doc.md' }] }, 'csv');
    assert.ok(csv.startsWith('\uFEFF"Document","Line"'));
    assert.match(csv, /^"'@doc\.md","1","'=HYPERLINK\(""x""\) cures/m);
    assert.ok(csv.endsWith('\r\n'));
    const html = renderReport({ version: 1, documents: [built] }, 'html');
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /<script/, 'the standalone page has no script');
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
    const interactive = renderReport({ version: 1, documents: [built] }, 'html', { nonce: 'abc' });
    assert.match(interactive, /<script nonce="abc">/);
    assert.match(interactive, /data-start="0"/);
    const markdown = renderReport({ version: 1, documents: [built] }, 'md');
    assert.match(markdown, /\\<script\\>/);
  });

  it('names the citation nearby that makes a sentence cited, placeholders included', () => {
    const paragraph =
      'Turmeric cures arthritis in most patients. Green tea prevents cancer in most people [@kim2021].\n\nTea lowers blood pressure in most adults. Coffee raises it in most adults (ref).\n';
    const { rows } = report(paragraph);
    assert.deepEqual(
      rows.map((row) => [row.sentence, row.verdict, row.citations.map((c) => [c.text, c.nearby ?? false])]),
      [
        ['Turmeric cures arthritis in most patients.', 'cited', [['[@kim2021]', true]]],
        ['Green tea prevents cancer in most people [@kim2021].', 'causal wording on observational evidence', [['[@kim2021]', false]]],
        ['Tea lowers blood pressure in most adults.', 'cited', [['(ref)', true]]],
      ],
    );
    const markdown = renderReport({ version: 1, documents: [report(paragraph)] }, 'md');
    assert.match(markdown, /nearby: kim2021 — Kim A, Lee B\./);
    assert.match(markdown, /nearby: \(ref\) — a placeholder, not a source/);
  });
});
