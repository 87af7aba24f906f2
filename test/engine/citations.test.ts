/**
 * Citation recognition: every style, with exact ranges, and what is not a citation.
 */
import assert from 'node:assert/strict';
import { EMPTY_BIBLIOGRAPHY, lint, prepareDocument, recognizeCitations } from '../../server/src/engine/index';
import { onlyRule } from '../helpers/rules';

/** `kind text [keys]` for each citation recognised in `markdown`. */
function checkCitations(markdown: string, expected: string[]): void {
  const { citations } = recognizeCitations(prepareDocument(markdown));
  const actual = citations.map((c) => {
    assert.equal(markdown.slice(c.range.start, c.range.end), c.text, 'range matches text');
    for (const key of c.keys) assert.equal(markdown.slice(key.range.start, key.range.end).replace(/^-/, ''), key.key.includes(' ') ? `@{${key.key}}` : markdown.slice(key.range.start, key.range.end));
    const extra = c.keys.length ? ` [${c.keys.map((k) => k.key).join(' ')}]` : c.numbers.length ? ` [${c.numbers.join(' ')}]` : c.label ? ` [${c.label}]` : '';
    return `${c.kind} ${c.text}${extra}`;
  });
  assert.deepEqual(actual, expected);
}

describe('citation recognition', () => {
  it('reads Pandoc citations with Pandoc key grammar', () => {
    checkCitations('Pain fell [@a; @b:2020.x, p. 3] and [-@c]. As @smith:2020. says. And @{odd key} too.\n', [
      'pandoc [@a; @b:2020.x, p. 3] [a b:2020.x]',
      'pandoc [-@c] [c]',
      'pandoc @smith:2020 [smith:2020]',
      'pandoc @{odd key} [odd key]',
    ]);
  });

  it('ignores e-mail addresses, code and link destinations', () => {
    checkCitations('Write to runner@example.org. `[@code]` and [text](https://example.org/@x).\n', []);
  });

  it('reads footnotes, numeric markers, superscripts and author-year citations', () => {
    checkCitations('A[^1] b [2] c [1–3, 5] d<sup>4</sup> e ^6^ f (Flato et al., 2017; Smith and Roe, 2020).\n\n[^1]: Note.\n', [
      'footnote [^1] [1]',
      'numeric [2] [2]',
      'numeric [1–3, 5] [1 2 3 5]',
      'numeric <sup>4</sup> [4]',
      'numeric ^6^ [6]',
      'author-year (Flato et al., 2017; Smith and Roe, 2020)',
    ]);
  });

  it('reads bare trailing numbers only in documents that use them as a style', () => {
    const list = '\n\n## References\n\n1. Gattie E. Dry needling. 2017.\n2. Hall M. Shoulder. 2018.\n';
    checkCitations(`- Pain fell with needling 1\n- Function improved 2${list}`, ['bare-number 1 [1]', 'bare-number 2 [2]']);
    // Several markers, but nothing they resolve to: not a citation style.
    checkCitations('- Pain fell with needling 1\n- Function improved 2\n', []);
    // Names with numbers are never citations, even beside a numbered list.
    checkCitations(`Train in Zone 2.\n\nIt raises the risk of type 2 diabetes 2\n\nPain peaks at stage 3.\n\nRest on day 1.\n\nRates rose after COVID-19.\n\nTake vitamin B12.${list}`, []);
    checkCitations('The dose was 5\n\nPain fell [1].\n', ['numeric [1] [1]']);
  });

  it('reads DOI and PubMed links as citations', () => {
    checkCitations('See [the trial](https://doi.org/10.1/x) and https://pubmed.ncbi.nlm.nih.gov/123/ here.\n', [
      'link [the trial](https://doi.org/10.1/x)',
      'link https://pubmed.ncbi.nlm.nih.gov/123/',
    ]);
  });

  it('reads placeholders', () => {
    checkCitations('Pain fell (ref) in XX% [citation needed] [?] [@TODO] TODO cite.\n', [
      'placeholder (ref)',
      'placeholder XX%',
      'placeholder [citation needed]',
      'placeholder [?]',
      'placeholder [@TODO]',
      'placeholder TODO cite',
    ]);
  });
});

describe('citation scope', () => {
  const text = 'Pain fell in 40% of runners. Function improved by 30% too [@smith2020].\n';
  const uncited = (scope: 'sentence' | 'paragraph'): string[] =>
    lint({ path: 'a.md', text }, onlyRule('citations/needs-citation'), { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: scope }).findings.map((f) => f.text);

  it('needs a citation in each claim sentence by default', () => {
    assert.deepEqual(uncited('sentence'), ['40%']);
  });

  it('accepts one citation per paragraph with citationScope: paragraph', () => {
    assert.deepEqual(uncited('paragraph'), []);
  });
});
