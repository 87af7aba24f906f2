/**
 * The shared lexicon's files: valid against their schema with positioned problems, and compiled into the engine
 * (run `npm run lexicon` after editing rules/lexicon/).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  });
});
