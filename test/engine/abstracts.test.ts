/**
 * Claims checked against the cited abstracts: abstracts loaded from BibTeX and CSL-JSON, which numbers of a claim are
 * quantities, how they match an abstract's numbers, and the hover that quotes the abstract.
 */
import assert from 'node:assert/strict';
import { hoverMarkdown, lint, loadBibliography, type LintContext } from '../../server/src/engine/index';
import { abstractOf, conclusionSentences } from '../../server/src/engine/claims/abstracts';
import { claimQuantities, numberInSource, sourceNumbers } from '../../server/src/engine/claims/numbers';
import { builtinRules, onlyRule } from '../helpers/rules';

const ABSTRACT =
  'Background: Statins lower cholesterol. Methods: We randomised 1,204 adults to atorvastatin or placebo for five years. Results: Myocardial infarction was 27.4% less frequent with atorvastatin (hazard ratio 0.73, 95% CI 0.61 to 0.87; P=.001). Conclusions: Atorvastatin may reduce myocardial infarction. Trial registration: ISRCTN 12345.';

const bibliography = loadBibliography([
  {
    path: 'refs.bib',
    text: `@article{statin2019, title = {Statins and myocardial infarction: a randomised controlled trial}, year = {2019},\n  abstract = {${ABSTRACT.replace('27.4%', '27.4\\%')}}}\n@article{bare2020, title = {Statins in older adults: a cohort study}, year = {2020}}\n`,
  },
  {
    path: 'refs.json',
    text: JSON.stringify([{ id: 'csl2021', type: 'article-journal', title: 'Statins: a cohort study', abstract: 'Statin users had 12% fewer strokes over 10 years of follow-up in 5,000 adults.' }]),
  },
]);
const context: LintContext = { bibliography, citationScope: 'sentence' };
const numbers = (text: string): string[] => lint({ path: 'a.md', text }, onlyRule('evidence/number-not-in-source'), context).findings.map((f) => text.slice(f.range.start, f.range.end));

describe('cited abstracts', () => {
  it('are loaded from BibTeX (LaTeX decoded) and CSL-JSON', () => {
    assert.equal(bibliography.entries.get('statin2019')!.abstract, ABSTRACT);
    assert.match(bibliography.entries.get('csl2021')!.abstract!, /^Statin users had 12% fewer strokes/);
    assert.equal(bibliography.entries.get('bare2020')!.abstract, undefined);
  });

  it('read Crossref JATS markup as plain text with its section titles', () => {
    const jats = loadBibliography([
      {
        path: 'jats.json',
        text: JSON.stringify([
          {
            id: 'j',
            type: 'article-journal',
            abstract:
              '<jats:sec><jats:title>Results</jats:title><jats:p>Pain fell by 12% (<jats:italic>P</jats:italic> &lt; 0.01).</jats:p></jats:sec><jats:sec><jats:title>Conclusions</jats:title><jats:p>Needling may ease pain.</jats:p></jats:sec>',
          },
        ]),
      },
    ]);
    const text = abstractOf(jats.entries.get('j')!)!;
    assert.equal(text, 'Results: Pain fell by 12% ( P < 0.01). Conclusions: Needling may ease pain.');
    assert.deepEqual(conclusionSentences(text), ['Needling may ease pain.']);
  });

  it('give their conclusion section, or their last two sentences', () => {
    assert.deepEqual(conclusionSentences(ABSTRACT), ['Atorvastatin may reduce myocardial infarction.']);
    assert.deepEqual(conclusionSentences('We studied mice. Mice lived longer. Longer life may follow in people.'), ['Mice lived longer.', 'Longer life may follow in people.']);
    assert.deepEqual(conclusionSentences('OBJECTIVE: X. CONCLUSIONS AND RELEVANCE: Coffee was associated with lower mortality. Causality is unclear.'), [
      'Coffee was associated with lower mortality.',
      'Causality is unclear.',
    ]);
  });
});

describe('numbers of a claim', () => {
  const quantities = (sentence: string): string[] => claimQuantities(sentence).map((q) => sentence.slice(q.range.start, q.range.end));

  it('are the results it states, not years, ages, labels or names', () => {
    assert.deepEqual(quantities('In 2019, adults aged 40–65 with type 2 diabetes and COVID-19 took omega-3 and B12 in a phase 3 trial (2015–2020).'), []);
    assert.deepEqual(quantities('People over 65 and 50-year-old women, on 15 March, in the 2nd trial.'), []);
    assert.deepEqual(quantities('Risk fell 22% (HR 0.78, p < .05) in 1,200 adults over 12 weeks on 500 mg daily; n = 1 200.'), ['22%', '0.78', 'p < .05', '1,200', '12', '500', '1 200']);
    assert.deepEqual(quantities('It worked in 44.7 percent and 2019 participants.'), ['44.7 percent', '2019']);
  });

  it('match the abstract to the precision written, whatever the format', () => {
    const source = sourceNumbers('We enrolled 1,187 participants; risk was 44.7% lower (hazard ratio 0.78, P=.01) in three trials; 0.45 of patients.');
    const matches = (claim: string): boolean => numberInSource(claimQuantities(`X ${claim} y`)[0]!, source);
    for (const yes of ['45%', '45 %', '45 percent', '44.7%', 'about 1,200', 'more than 1,000', '22%', 'p < .05', '3', '0.45', '1187', '1,187']) assert.ok(matches(yes), yes);
    for (const no of ['44.8%', '1,200', '46%', '0.6', 'p < .001', '4']) assert.ok(!matches(no), no);
  });
});

describe('evidence/number-not-in-source', () => {
  it('flags numbers no cited abstract states, and only those', () => {
    assert.deepEqual(numbers('Statins cut heart attacks by 35% in 1,204 adults [@statin2019].\n'), ['35%']);
    assert.deepEqual(numbers('Statins cut heart attacks by 27% (HR 0.73) over five years [@statin2019].\n'), []);
    assert.deepEqual(numbers('Strokes fell by 12% [@csl2021] and heart attacks by 30% [@statin2019].\n'), ['30%']);
  });

  it('stays silent when a cited entry has no abstract', () => {
    assert.deepEqual(numbers('Statins cut heart attacks by 35% [@bare2020].\n'), []);
    assert.deepEqual(numbers('Statins cut heart attacks by 35% [@statin2019; @bare2020].\n'), []);
  });

  it('finds the number after emoji, CJK and front matter, with CRLF', () => {
    const text = '---\r\ntitle: x\r\n---\r\n\r\n🙂 中文 Statins cut heart attacks by **35%** [@statin2019].\r\n';
    const found = lint({ path: 'a.md', text }, onlyRule('evidence/number-not-in-source'), context).findings;
    assert.deepEqual(
      found.map((f) => text.slice(f.range.start, f.range.end)),
      ['35%'],
    );
  });

  it('quotes the abstract sentences with the nearest numbers on hover', () => {
    const [finding] = lint({ path: 'a.md', text: 'Heart attacks fell by 35% [@statin2019].\n' }, onlyRule('evidence/number-not-in-source'), context).findings;
    const hover = hoverMarkdown([finding!], () => undefined);
    assert.match(finding!.message, /`35%` is not in the abstract of statin2019/);
    assert.match(hover, /\*\*Nearest numbers in the abstract:\*\*/);
    assert.match(hover, /> Results: Myocardial infarction was \*\*27\.4%\*\* less frequent/);
  });
});

describe('evidence/exaggerates-source', () => {
  const refs = loadBibliography([
    {
      path: 'refs.json',
      text: JSON.stringify([
        {
          id: 'assoc',
          type: 'article-journal',
          title: 'Coffee and dementia',
          abstract: 'Methods: We studied 2,000 adults for ten years. Conclusions: Higher coffee intake was associated with a lower incidence of dementia.',
        },
        {
          id: 'hedged2021',
          type: 'article-journal',
          title: 'Vitamin D and falls',
          abstract: 'We gave 800 older adults vitamin D or placebo for one year and counted falls. Vitamin D may reduce falls in older adults.',
        },
        { id: 'direct', type: 'article-journal', title: 'Coffee and memory', abstract: 'We gave 100 adults coffee or decaffeinated coffee for a month. Conclusion: Coffee reduced forgetting.' },
        {
          id: 'silent',
          type: 'article-journal',
          title: 'Coffee and sleep',
          abstract: 'We surveyed 500 adults about coffee and sleep. Conclusions: Residual confounding was possible, and information on diet was lacking.',
        },
        {
          id: 'cohort',
          type: 'article-journal',
          title: 'Coffee and dementia: a prospective cohort study',
          abstract: 'Conclusions: Higher coffee intake was associated with a lower incidence of dementia in this cohort.',
        },
        { id: 'none', type: 'article-journal', title: 'Coffee and dementia' },
        {
          id: 'null2021',
          type: 'article-journal',
          title: 'Needling after a race',
          abstract: 'We randomised 62 runners to true or sham needling after a marathon. Conclusions: Needling did not reduce soreness compared with sham.',
        },
        {
          id: 'unsure2017',
          type: 'article-journal',
          title: 'Needling for trigger points',
          abstract: 'We included 15 trials of needling. Conclusions: Despite some evidence for a short-term benefit, further high-quality trials are needed.',
        },
        {
          id: 'detail2020',
          type: 'article-journal',
          title: 'Faces and anxiety',
          abstract: 'We scanned 40 children. Conclusions: Exposed children showed increased amygdala activity to angry but not sad faces.',
        },
      ]),
    },
  ]);
  const findings = (text: string) => lint({ path: 'a.md', text }, onlyRule('evidence/exaggerates-source'), { bibliography: refs, citationScope: 'sentence' }).findings;
  const flagged = (text: string): string[] => findings(text).map((f) => text.slice(f.range.start, f.range.end));

  it('flags causal wording on a correlational conclusion, with the abstract in the hover', () => {
    const text = 'Drinking coffee reduces dementia [@assoc].\n';
    const [finding] = findings(text);
    assert.equal(text.slice(finding!.range.start, finding!.range.end), 'reduces');
    assert.match(finding!.message, /states more than the cited abstract concludes \(an association, assoc\)/);
    const hover = hoverMarkdown([finding!], () => undefined);
    assert.match(hover, /\*\*Abstract conclusion\*\* \(assoc, correlational\):\n\n> Higher coffee intake was associated with a lower incidence of dementia\./);
    assert.equal(finding!.fixes.find((f) => f.isPreferred)!.edits[0]!.newText, 'is associated with reduced');
  });

  it('flags an unhedged claim on a "may" conclusion, and offers "may"', () => {
    const [finding] = findings('Vitamin D reduces falls [@hedged2021].\n');
    assert.match(finding!.message, /a possible effect \("may"\)/);
    assert.equal(finding!.fixes[0]!.edits[0]!.newText, 'may reduce');
  });

  it('measures the claim against the strongest cited conclusion', () => {
    assert.deepEqual(flagged('Drinking coffee reduces dementia [@assoc; @direct].\n'), []);
  });

  it('stays silent without an abstract, with a conclusion that states no relationship, or where the design rules speak', () => {
    assert.deepEqual(flagged('Drinking coffee reduces dementia [@none].\n'), []);
    assert.deepEqual(flagged('Drinking coffee reduces dementia [@assoc; @none].\n'), []);
    assert.deepEqual(flagged('Coffee improves sleep [@silent].\n'), []);
    assert.deepEqual(flagged('Drinking coffee reduces dementia [@cohort].\n'), []);
    assert.deepEqual(flagged('Coffee is linked to less dementia [@assoc].\n'), []);
  });

  it('flags an effect the abstract concluded was absent, but not a negated detail', () => {
    const [finding] = findings('Needling after a race eases soreness [@null2021].\n');
    assert.match(finding!.message, /states an effect, but the cited abstract concludes there was none \(null2021\)/);
    assert.deepEqual(flagged('Needling after a race did not ease soreness [@null2021].\n'), []);
    assert.deepEqual(flagged('Exposure is linked to more amygdala activity [@detail2020].\n'), []);
  });

  it('reads "some evidence … further trials are needed" as a possible effect at most', () => {
    const [finding] = findings('Needling relieves trigger point pain [@unsure2017].\n');
    assert.match(finding!.message, /\(uncertain evidence, unsure2017\)/);
    assert.deepEqual(flagged('Needling may relieve trigger point pain [@unsure2017].\n'), []);
  });

  it('shares one finding with certainty-mismatch when both flag the same words', () => {
    const trial = loadBibliography([
      {
        path: 'refs.json',
        text: JSON.stringify([
          {
            id: 'rct',
            type: 'article-journal',
            title: 'Vitamin D and falls: a randomised controlled trial',
            abstract: 'We gave 800 older adults vitamin D or placebo for one year. Conclusions: Vitamin D may reduce falls in older adults.',
          },
        ]),
      },
    ]);
    const { config } = builtinRules();
    const both = { ...config, rules: config.rules.filter((active) => ['evidence/exaggerates-source', 'evidence/certainty-mismatch'].includes(active.rule.definition.id)) };
    const text = 'Vitamin D reduces falls [@rct].\n';
    const found = lint({ path: 'a.md', text }, both, { bibliography: trial, citationScope: 'sentence' }).findings;
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.range.start, found[0]!.range.end), 'reduces');
    assert.equal(found[0]!.also?.length, 1);
    assert.ok([found[0]!.ruleId, ...found[0]!.also!].sort().join() === 'evidence/certainty-mismatch,evidence/exaggerates-source');
    assert.match(found[0]!.message, /; /);
  });

  it('counts "may" on a correlational conclusion as stronger (conditional causal), as Sumner et al. do', () => {
    assert.deepEqual(flagged('Coffee may reduce dementia [@assoc].\n'), ['may reduce']);
  });
});

describe('proportions in words', () => {
  it('read "1 in 10" as one quantity that matches "10%", "9.6%" or both numbers', () => {
    const [q] = claimQuantities('The risk rose to 1 in 10 adults.');
    assert.deepEqual(q!.fraction, [1, 10]);
    assert.ok(numberInSource(q!, sourceNumbers('The absolute risk was 9.6%.')));
    assert.ok(numberInSource(q!, sourceNumbers('One in 10 adults (1 of 10) attempted.')));
    assert.ok(!numberInSource(q!, sourceNumbers('The absolute risk was 4%.')));
  });
});

describe('four-digit numbers', () => {
  it('are years unless they count or measure something', () => {
    const quantities = (sentence: string): string[] => claimQuantities(sentence).map((q) => sentence.slice(q.range.start, q.range.end));
    assert.deepEqual(quantities('Camps at 2000 m and 2000-m time trials since 2000, with 1999 runners.'), ['2000', '2000', '1999']);
  });
});
