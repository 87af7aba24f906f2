/**
 * Which citation covers a claim in articles that cite their sources, which text is
 * not the writer's claim, and how wording rules defer to citations (issue 9).
 */
import assert from 'node:assert/strict';
import { analyze, EMPTY_BIBLIOGRAPHY, lint, type LintContext } from '../../server/src/engine/index';
import { builtinRules, onlyRule } from '../helpers/rules';

const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };
const needs = (text: string, scope: LintContext['citationScope'] = 'preceding'): string[] =>
  lint({ path: 'a.md', text }, onlyRule('citations/needs-citation'), { ...context, citationScope: scope }).findings.map((f) => f.text);

// An article that cites its sources: three real citations.
const CITED = [
  '# Iron and fatigue',
  '',
  'Iron deficiency without anaemia is common in athletes.',
  '',
  '## Evidence',
  '',
  'A 2019 trial found that iron improved fatigue [@a]. Ferritin rose in 80% of runners.',
  '',
  'In the same trial, 12% of participants stopped early.',
  '',
  'Two reviews agree [@b], and a third [@c].',
  '',
  '## What we do not know',
  '',
  'Ferritin falls by 30% after a marathon.',
  '',
].join('\n');

describe('coverage in articles that cite their sources', () => {
  it('lets a section that cites cover its claims, and flags a section with no citation', () => {
    assert.deepEqual(needs(CITED), ['30%']);
  });

  it('keeps every sentence to its own citation with citationScope: sentence', () => {
    assert.deepEqual(needs(CITED, 'sentence'), ['is common in', '80%', '12%', '30%']);
  });

  it('counts a section’s subsections as part of it, but not a sibling or a parent section', () => {
    const text = [
      '# Protein',
      '',
      'Intro with three citations [@a] [@b] [@c].',
      '',
      '## In a deficit',
      '',
      'The evidence comes from randomized trials in athletes.',
      '',
      '### Severe deficit',
      '',
      '- 2.3 g/kg preserved lean mass better than 1.0 g/kg [@d].',
      '',
      '### Mild deficit',
      '',
      'Ferritin rose in 80% of runners.',
      '',
      '## Older adults',
      '',
      'Muscle loss runs at 1% a year after 50.',
      '',
    ].join('\r\n');
    // The lead-in under "## In a deficit" is covered by its cited subsection; "### Mild deficit" cites nothing of its
    // own, and "## Older adults" is a sibling.
    assert.deepEqual(needs(text), ['80%', '1%']);
  });

  it('does not stretch a section to an article with fewer than three citations', () => {
    assert.deepEqual(needs('## Evidence\n\nIron improved fatigue in 40% of runners [@a].\n\nFerritin rose in 80% of runners.\n'), ['80%']);
  });

  it('treats a placeholder as no source for wording rules', () => {
    const text = 'Studies show that massage reduces soreness (ref).\n';
    const found = lint({ path: 'a.md', text }, onlyRule('overclaim/studies-show'), context).findings.map((f) => f.text);
    assert.deepEqual(found, ['Studies show']);
  });
});

describe('wording rules that defer to citations (unless: cited)', () => {
  it('stays silent on a cited sentence in editorial copy and speaks in product copy', () => {
    const editorial = 'Studies show that massage reduces soreness [@a].\n';
    const product = `---\nmode: product\n---\n\n${editorial}`;
    const run = (text: string): string[] => lint({ path: 'a.md', text }, onlyRule('overclaim/studies-show'), context).findings.map((f) => f.text);
    assert.deepEqual(run(editorial), []);
    assert.deepEqual(run(product), ['Studies show']);
  });
});

describe('one diagnostic per span', () => {
  it('joins a needs-citation note to the overclaim finding on the same words', () => {
    const findings = lint({ path: 'a.md', text: 'Turmeric cures arthritis.\n' }, builtinRules().config, context).findings;
    const onCures = findings.filter((f) => f.text === 'cures');
    assert.equal(onCures.length, 1);
    assert.equal(onCures[0]!.ruleId, 'overclaim/cure-claims');
    assert.match(onCures[0]!.message, /promises a cure.*; `cures` claims an effect on health with no citation/);
    assert.deepEqual(onCures[0]!.also, ['citations/needs-citation']);
    assert.ok(onCures[0]!.citationSlot, 'carries where a citation would go');
    assert.ok(onCures[0]!.fixes.some((fix) => fix.title === 'Insert a citation placeholder'));
  });

  it('joins two overclaim rules on the same words, or on words inside another’s, into one finding with both notes', () => {
    const overclaims = (text: string) => lint({ path: 'a.md', text }, builtinRules().config, context).findings.filter((f) => /^overclaim\//.test(f.ruleId));
    // Windows line ends and an emoji before the heading's words keep the range exact.
    for (const text of ['# How to Reverse Cavities Naturally\n', '# 🦷 How to Reverse Cavities Naturally\r\n']) {
      const found = overclaims(text);
      assert.equal(found.length, 1, JSON.stringify(found.map((f) => [f.ruleId, f.text])));
      assert.equal(found[0]!.text, 'Reverse Cavities');
      assert.deepEqual([found[0]!.ruleId, ...found[0]!.also!].sort(), ['overclaim/cure-claims', 'overclaim/efficacy-as-fact']);
      assert.match(found[0]!.message, /; `Reverse Cavities`/);
    }
    // "cure" (cure-claims) sits inside "will cure your" (efficacy-as-fact): one squiggle on the wider words, whose fixes
    // include the narrower rule's.
    const [wider, ...rest] = overclaims('This tea will cure your arthritis.\n').filter((f) => /cure/.test(f.text));
    assert.equal(rest.length, 0);
    assert.equal(wider!.text, 'will cure your');
    assert.ok(wider!.also?.includes('overclaim/cure-claims'));
    // On the same words the stricter rule names the finding: an error is not filed under a warning's rule.
    const [guarantee, ...others] = overclaims('This plan guarantees results.\n');
    assert.equal(others.length, 0);
    assert.equal(guarantee!.ruleId, 'overclaim/guaranteed-results');
    assert.equal(guarantee!.severity, 'error');
    assert.deepEqual(guarantee!.also, ['overclaim/absolute-efficacy']);
    // Different words stay two findings.
    assert.equal(overclaims('This miracle tea cures arthritis.\n').length, 2);
  });
});

describe('what is not the writer’s claim', () => {
  it('skips physiology stated with an effect verb, but not a treatment’s effect', () => {
    assert.deepEqual(needs('Inflammation triggers a liver response.\n\nMassage reduces post-race soreness.\n'), ['reduces']);
  });

  it('skips hedged effects, indirect questions, appositive definitions and worked examples', () => {
    assert.deepEqual(
      needs(
        'Stretching may help some runners recover.\n\nNew research asks whether any amount of alcohol is safe.\n\nLow MCV (microcytosis, typically below 80 fL) suggests iron deficiency.\n\nA lean 90 kg man produces more creatinine.\n',
      ),
      [],
    );
  });

  it('skips what follows "if" or "whether" in a question, but not the effect claimed under a condition that opens the sentence', () => {
    assert.deepEqual(needs('It is unclear if magnesium reduces cramps.\n\nTrials ask whether massage reduces soreness.\n'), []);
    for (const eol of ['\n', '\r\n']) assert.deepEqual(needs(`# Cramps${eol}${eol}If you take it every night, magnesium reduces cramps.${eol}`), ['reduces']);
    assert.deepEqual(needs('If the cramps last longer than a day, see your GP.\n'), []);
    // No comma: a subject and a modal open the main clause.
    assert.deepEqual(needs('If you take magnesium every night it will reduce cramps.\n'), ['will reduce']);
    assert.deepEqual(needs('If magnesium reduces cramps at night nobody has shown it.\n'), []);
  });

  it('skips schedules and protocol lengths, but not how long an effect takes', () => {
    assert.deepEqual(
      needs(
        'Iron is often prescribed 1-3 times daily.\n\nOMAD packs a day of eating into a roughly 1-hour window.\n\nObservant Muslims fast from dawn to sunset for approximately 30 days.\n\nRelative rest for at least 2-weeks.\n',
      ),
      [],
    );
    assert.deepEqual(
      needs(
        'Taking zinc three times a day cut colds by 40%.\n\nThe hepcidin peak occurs approximately 3-6 hours after exercise.\n\nCRP falls quickly (half-life ~19 hours) once the stimulus resolves.\n',
      ),
      ['40%', 'approximately 3', '~19'],
    );
  });

  it('reads the subject of an effect without its asides, and skips comparisons of cost or convenience', () => {
    assert.deepEqual(needs('Any strong stimulus - infection, surgery, intense exercise - triggers a liver response.\n\nIntense exercise triggers a liver response.\n'), ['triggers']);
    assert.deepEqual(needs('Supplements outperform food in cost, reliability, dose, or feasibility.\n\nSupplements outperform food for bone health.\n'), ['outperform']);
  });

  it('skips a reported claim, but not the evidence the writer rebuts it with', () => {
    assert.deepEqual(needs('Modern evidence does not support the idea that stretching prevents injury.\n'), ['evidence does not support']);
    assert.deepEqual(needs('Zinc cures colds, some sites claim.\n\nMany websites claim that studies show zinc cures colds.\n\nMyth: evidence shows that stretching prevents injury.\n'), []);
  });

  it('reads "trial findings" as a kind of finding, not a report from a trial', () => {
    assert.deepEqual(needs('Headline summaries often differ from the actual trial findings.\n\nFewer women fractured a hip in the actual trial.\n'), ['in the actual trial']);
  });

  it('flags what a named source says and what remains unknown', () => {
    assert.deepEqual(needs('The same review explains why average error is not enough.\n\nThe authors also noted that the model was sensitive to cost.\n'), [
      'The same review explains',
      'The authors also noted',
    ]);
    assert.deepEqual(needs('The exact tapering schedule remains unvalidated.\n\nWhether it helps is still unclear to me, so ask.\n'), ['remains unvalidated']);
  });

  it('skips statements that evidence is missing, but not appeals to it', () => {
    assert.deepEqual(needs('There is no real evidence to support barefoot running.\n\nThe evidence supports barefoot running.\n'), ['evidence supports']);
  });

  it('skips what a community or a crowd says', () => {
    assert.deepEqual(needs('The fitness community says 1 g of protein per pound is the minimum.\n'), []);
    assert.deepEqual(needs('One gram of protein per pound is the minimum for 90% of lifters.\n'), ['90%']);
  });

  it('skips hypotheses and lists of competing claims', () => {
    assert.deepEqual(needs('It is proposed that zinc boosts immunity in 50% of adults.\n\n**Competing claims:**\n\n1. Zinc cuts colds by 40%\n2. Zinc does nothing\n'), []);
  });
});

describe('summaries of a cited article', () => {
  it('restate the cited body under any summary heading, "The takeaway" included', () => {
    const body = '# Fascia\n\n## Evidence\n\nThickness rose in 30% of patients [@a]. Stiffness fell [@b]. Shear fell [@c].\n\n';
    assert.deepEqual(needs(`${body}## The takeaway\n\nCurrent evidence does not support fascia tests.\n`), []);
    assert.deepEqual(needs(`${body}## Open problems\n\nCurrent evidence does not support fascia tests.\n`), ['evidence does not support']);
  });
});

describe('analyze agrees with needs-citation', () => {
  it('reports a claim covered by a later citation in its paragraph as not needing one', () => {
    const text = 'Pain fell in 40% of runners. Function improved by 30% too [@smith2020].\n\nSoreness fell by 20%.\n';
    assert.deepEqual(
      analyze(text).map((s) => s.needsCitation),
      [false, false, true],
    );
    assert.deepEqual(
      analyze(text, undefined, 'sentence').map((s) => s.needsCitation),
      [true, false, true],
    );
  });
});

describe('wording rules and citations that point nowhere', () => {
  it('do not let a bare number with no reference list back wording, though needs-citation stays quiet', () => {
    const text = 'Dry needling is more effective than stretching alone 1. Evidence shows that needling works 2. Pain fell in 40% of runners 3.\n';
    const all = lint({ path: 'a.md', text }, builtinRules().config, context).findings.map((f) => `${f.ruleId}: ${f.text}`);
    assert.ok(all.includes('overclaim/efficacy-as-fact: is more effective than'), all.join('\n'));
    assert.ok(!all.some((f) => f.startsWith('citations/needs-citation')), all.join('\n'));
    // An appeal to evidence with a marker names its source (`unless: attributed`); the lost list is missing-reference's.
    assert.ok(!all.some((f) => f.startsWith('overclaim/studies-show')), all.join('\n'));
  });

  it('let a number that resolves to the reference list back wording', () => {
    const text = 'Evidence shows that needling works [1].\n\n## References\n\n1. Gattie E. Dry needling: a systematic review. 2017.\n';
    const all = lint({ path: 'a.md', text }, builtinRules().config, context).findings.map((f) => `${f.ruleId}: ${f.text}`);
    assert.ok(!all.includes('overclaim/studies-show: Evidence shows'), all.join('\n'));
  });
});
