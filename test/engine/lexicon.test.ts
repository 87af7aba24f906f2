/**
 * The shared lexicon's files: valid against their schema with positioned problems, and compiled into the engine
 * (run `npm run lexicon` after editing rules/lexicon/).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, LEXICON_JSON } from '../../scripts/build-lexicon';
import { loadRules } from '../../server/src/engine/index';
import { analyzeStrength } from '../../server/src/engine/claims/strength';
import { hedgeRewrites } from '../../server/src/engine/claims/hedge';
import { EMPTY_BIBLIOGRAPHY, lint } from '../../server/src/engine/index';
import { builtinRules, onlyRule } from '../helpers/rules';

describe('the shared lexicon files', () => {
  it('compile to the committed lexicon.json (run `npm run lexicon`)', () => {
    const { json, problems } = compileLexicon();
    assert.deepEqual(problems, []);
    assert.equal(readFileSync(LEXICON_JSON, 'utf8'), json);
  });

  it('load beside the packs without problems and add no rules', () => {
    assert.deepEqual(builtinRules().loaded.problems, []);
    assert.ok(builtinRules().loaded.rules.every((rule) => !rule.definition.id.startsWith('lexicon/')));
  });

  it('report a broken list at its position, and a name that does not match its file', () => {
    const text = 'name: boosters\ndescription: Words that add certainty.\nkind: adverb\nsource: { citation: Hyland 2005, url: https://example.org }\nentries: [clearly]\n';
    const { problems } = loadRules([{ path: '/p/lexicon/boosters.yaml', relativePath: 'lexicon/boosters.yaml', text }]);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /kind/);
    assert.equal(text.slice(problems[0]!.range!.start, problems[0]!.range!.end), 'adverb');
    const valid = text.replace('adverb', 'phrase');
    const misnamed = loadRules([{ path: '/p/lexicon/hedges.yaml', relativePath: 'lexicon/hedges.yaml', text: valid }]).problems;
    assert.equal(misnamed.length, 1);
    assert.match(misnamed[0]!.message, /named `boosters` but its file is `hedges.yaml`/);
    assert.equal(valid.slice(misnamed[0]!.range!.start, misnamed[0]!.range!.end), 'boosters');
  });

  it("refuse an exception that contains none of its list's entries", () => {
    const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
    writeFileSync(
      join(dir, 'hedges.yaml'),
      'name: hedges\ndescription: Words that withhold commitment.\nkind: phrase\nsource: { citation: Hyland 2005, url: https://example.org }\nentries: [likely]\nexceptions: [more likely, multiple hypotheses]\n',
    );
    const { problems } = compileLexicon(dir);
    assert.deepEqual(
      problems.map((problem) => problem.message),
      ['exception `multiple hypotheses` of lexicon list `hedges` contains none of its entries; remove it, or add the entry'],
    );
  });
});

describe('one lexicon for guards, strength and rewrites', () => {
  const found = (ruleId: string, text: string): string[] =>
    lint({ path: 'a.md', text }, onlyRule(ruleId), { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' }).findings.map((f) => f.text);

  it('reads negations, typographic contractions included, the same way in guards and strength', () => {
    assert.deepEqual(found('overclaim/cure-claims', 'Turmeric can’t cure arthritis.'), []);
    assert.deepEqual(found('overclaim/cure-claims', 'Turmeric cures arthritis.'), ['cures']);
    assert.equal(analyzeStrength('Turmeric can’t cure arthritis.').negated, true);
  });

  it('reads multi-word hedges in guards, strength and rewrites', () => {
    assert.deepEqual(found('overclaim/mechanism-as-fact', 'Massage is thought to reset the nervous system.'), []);
    assert.deepEqual(analyzeStrength('There is limited evidence that zinc shortens colds.').hedges, ['limited evidence']);
    assert.deepEqual(hedgeRewrites('There is limited evidence that zinc shortens colds.'), []);
  });

  it('knows the speculation cues of biomedical text (BioScope): indicate that, whether, putative, unknown', () => {
    assert.deepEqual(analyzeStrength('These data indicate that IL-6 regulates hepcidin.').hedges, ['indicate that']);
    assert.deepEqual(analyzeStrength('We examined whether IL-6 regulates hepcidin.').hedges, ['whether']);
    assert.deepEqual(analyzeStrength('A putative role for IL-6 in iron regulation is discussed.').hedges, ['putative']);
    assert.deepEqual(analyzeStrength('How exercise lowers hepcidin is unknown.').hedges, ['unknown']);
    // "indicate" without a that-clause points at something; it hedges nothing.
    assert.deepEqual(analyzeStrength('Arrows indicate the injection sites.').hedges, []);
    assert.deepEqual(analyzeStrength('Levels rose, suggesting that IL-6 regulates hepcidin.').hedges, ['suggesting']);
    assert.deepEqual(analyzeStrength('A tax would lower consumption by 16%.').hedges, ['would']);
    assert.deepEqual(analyzeStrength('High counts tend to be linked to mortality.').hedges, ['tend to']);
    assert.deepEqual(analyzeStrength('The potential role of statins in dementia is discussed.').hedges, ['potential']);
  });

  it('leaves out the exceptions of a list: a rate "more likely" than another is not a hedge, "most likely" is', () => {
    assert.deepEqual(analyzeStrength('Smokers were more likely than non-smokers to relapse.').hedges, []);
    assert.deepEqual(analyzeStrength('Couples were less likely to be a normal weight.').hedges, []);
    assert.deepEqual(analyzeStrength('The pain is most likely due to overuse.').hedges, ['likely']);
    assert.deepEqual(analyzeStrength('After correcting for multiple hypotheses, no gene differed.').hedges, []);
    // Guards read the same exceptions: a rate does not soften the claim that follows it.
    assert.deepEqual(found('overclaim/mechanism-as-fact', 'Massage is more likely to reset your nervous system than stretching.'), ['reset']);
    assert.deepEqual(found('overclaim/mechanism-as-fact', 'Massage is likely to reset your nervous system.'), []);
  });
});
