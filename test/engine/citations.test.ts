/**
 * Citation recognition: every style, with exact ranges, and what is not a citation.
 */
import assert from 'node:assert/strict';
import { coverageHover, EMPTY_BIBLIOGRAPHY, lint, prepareDocument, recognizeCitations } from '../../server/src/engine/index';
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

describe('citations as real articles write them', () => {
  const needs = (text: string): string[] =>
    lint({ path: 'a.md', text }, onlyRule('citations/needs-citation'), { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' }).findings.map((f) => f.text);

  it('reads reference-style links whose definition is numbered or a source, in any chunk', () => {
    const defs = '\n\n[1]: https://pubmed.ncbi.nlm.nih.gov/1/\n[nice]: https://www.nice.org.uk/guidance/ng88\n[shop]: https://shop.example.com/\n';
    checkCitations(`Pain fell ([PubMed][1]). Risk fell [nice][]. See [nice]. Buy [shop].${defs}`, ['link [PubMed][1]', 'link [nice][]', 'link [nice]']);
  });

  it('reads links to any listed source host, and DOIs written as text', () => {
    checkCitations('A [trial](https://www.nejm.org/doi/x) and [data](https://www.cdc.gov/x) and [blog](https://blog.example.com/x). Also doi:10.1136/bmj.m1234 and (10.1001/jama.2020.1234).\n', [
      'link [trial](https://www.nejm.org/doi/x)',
      'link [data](https://www.cdc.gov/x)',
      'link doi:10.1136/bmj.m1234',
      'link (10.1001/jama.2020.1234)',
    ]);
  });

  it('reads author-year citations in every common form, and not dates in parentheses', () => {
    checkCitations(
      'A (Gattie, Cleland & Snodgrass, 2017). B (Smith et al. 2020; Jones 2019). Smith and Jones (2020) said so. Smith et al. (2021) too. C (between 2010 and 2020). In (2020) nothing.\n',
      ['author-year (Gattie, Cleland & Snodgrass, 2017)', 'author-year (Smith et al. 2020; Jones 2019)', 'author-year Smith and Jones (2020)', 'author-year Smith et al. (2021)'],
    );
  });

  it('recognises reference-list headings in any wording', () => {
    for (const heading of [
      'Sources and further reading',
      'References and further reading',
      'Reference list',
      'Sources & references',
      '7. References',
      'Citations:',
      'Works cited',
      'Literature',
      'BIBLIOGRAPHY',
    ]) {
      const { referenceItems } = recognizeCitations(prepareDocument(`Pain fell [1].\n\n## ${heading}\n\n1. Smith J. A trial. 2020.\n`));
      assert.equal(referenceItems.length, 1, heading);
    }
    assert.equal(recognizeCitations(prepareDocument('## Treatment and recovery\n\n1. Rest.\n')).referenceItems.length, 0);
  });

  it('lets a citation cover the earlier sentences of its paragraph, and a cited lead-in cover its list', () => {
    assert.deepEqual(needs('Pain fell in 40% of runners. Function improved by 30% too [@smith2020].\n'), []);
    assert.deepEqual(needs('Function improved by 30% [@smith2020]. Pain fell in 40% of runners.\n'), ['40%']);
    assert.deepEqual(needs('Most cases have a treatable cause [@smith2020]:\n\n- Fibroids shrink with treatment.\n- Polyps cause bleeding in 10% of women.\n'), ['10%']);
  });

  it('never flags quotations, block quotes, myths, reported claims, questions, instructions or captions', () => {
    assert.deepEqual(
      needs(
        'Some websites say that “seed cycling cures bleeding in 90% of women. It works in a week.”\n\n> Iron cures fatigue in 95% of patients.\n\nMyth: heavy periods are always harmless.\n\nBe wary of claims that supplements reduce bleeding by half.\n\nDoes it reduce bleeding by 40%?\n\nSee your GP if bleeding lasts longer than 7 days.\n\nFigure 2: Bleeding fell by 50% over six cycles.\n\n**Competing claims:**\n\n1. Iron cures fatigue in most women\n2. Diet fixes 80% of cases\n',
      ),
      [],
    );
  });

  it('highlights whole numbers and words: never half a number or part of a compound', () => {
    assert.deepEqual(needs('The trial enrolled 11,186 adults.\n'), ['11,186 adults']);
    assert.deepEqual(needs('All-cause mortality rose.\n'), []);
  });

  it('makes missing-reference an error only for a bracketed marker missing from a numbered list', () => {
    const severities = (text: string): string[] =>
      lint({ path: 'a.md', text }, onlyRule('citations/missing-reference'), { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' }).findings.map((f) => `${f.severity} ${f.text}`);
    assert.deepEqual(severities('Pain fell [3].\n\n## References\n\n1. Smith J. A trial. 2020.\n'), ['error [3]']);
    assert.deepEqual(severities('Pain fell [3].\n'), ['warning [3]']);
    assert.deepEqual(severities('Pain fell ([PubMed][3]).\n\n[3]: https://pubmed.ncbi.nlm.nih.gov/3/\n'), []);
  });
});

describe('which citation covers a claim, on hover', () => {
  const text = 'Pain fell in 40% of runners. Function improved by 30% too [@smith2020].\n\nThe knee has four ligaments.\n\nMassage reduces soreness.\n';
  it('names the covering citation and why it counts', () => {
    const hover = coverageHover(text, text.indexOf('40%'), 'preceding')!;
    assert.match(hover.markdown, /`\[@smith2020\]` on line 1, later in this paragraph/);
    assert.equal(text.slice(hover.range.start, hover.range.end), 'Pain fell in 40% of runners.');
    assert.match(coverageHover(text, text.indexOf('30%'), 'preceding')!.markdown, /in this sentence/);
  });
  it('says nothing off claims, on uncited claims, or when the scope does not reach', () => {
    assert.equal(coverageHover(text, text.indexOf('ligaments'), 'preceding'), undefined);
    assert.equal(coverageHover(text, text.indexOf('reduces'), 'preceding'), undefined);
    assert.equal(coverageHover(text, text.indexOf('40%'), 'sentence'), undefined);
  });
});
