/**
 * Claim strength with the trained model (claims/strength-model.ts) and the shared lexicon: the sentence shapes the
 * rule patterns alone misread (plural subjects, headlines, verbs no pattern lists), and the features the model reads.
 * Sentences here are written for the test; the model's measured quality is in `npm run eval`.
 */
import assert from 'node:assert/strict';
import { analyzeStrength } from '../../server/src/engine/claims/strength';
import { strengthFeatures, strengthScores } from '../../server/src/engine/claims/strength-model';
import { lexiconForms, lexiconPattern } from '../../server/src/engine/lexicon/index';

const cases: Array<[string, string, string | undefined]> = [
  // [sentence, strength, cue]
  ['Statins reduce the risk of a stroke in older adults.', 'direct', 'reduce'],
  ['Beetroot shots lower blood pressure within hours.', 'direct', 'lower'],
  ['Hot yoga cures chronic back pain.', 'direct', 'cures'],
  ['Sauna Use Slashes Dementia Risk', 'direct', 'Slashes'],
  ['Physio can reduce knee pain in six weeks.', 'direct', 'can reduce'],
  ['Stretching will improve your range of motion.', 'direct', 'will improve'],
  ['Pain was reduced by the injections.', 'direct', 'reduced'],
  ['Zinc lozenges may shorten a cold by a day.', 'conditional', 'may shorten'],
  ['Daily flossing is associated with fewer heart attacks.', 'correlational', 'is associated with'],
  ['Poor sleep is linked to weight gain in teenagers.', 'correlational', 'is linked to'],
  ['Further research is needed to confirm these results.', 'none', undefined],
  ['Lift the bar to your chest and lower it slowly.', 'none', undefined],
];

describe('claim strength with the trained model', () => {
  for (const [sentence, strength, cue] of cases) {
    it(`reads "${sentence}" as ${strength}${cue ? ` on "${cue}"` : ''}`, () => {
      const analysis = analyzeStrength(sentence);
      assert.equal(analysis.strength, strength);
      assert.equal(analysis.cue ? sentence.slice(analysis.cue.start, analysis.cue.end) : undefined, cue);
    });
  }

  it('gives class probabilities that sum to one, and the features that decided', () => {
    const { probabilities, decisive } = strengthScores('Statins reduce the risk of a stroke.');
    assert.equal(Math.round(probabilities.reduce((sum, p) => sum + p, 0) * 1000) / 1000, 1);
    assert.ok(decisive.length > 0 && decisive.length <= 3);
  });

  it('reads how each effect verb of the lexicon is used', () => {
    const uses = (sentence: string): string[] => strengthFeatures(sentence).filter((feature) => /^effect:[a-z ]+:/.test(feature));
    assert.deepEqual(uses('Statins reduce the risk.'), ['effect:reduce:finite']);
    assert.deepEqual(uses('Statins may reduce the risk.'), ['effect:reduce:hedged']);
    assert.deepEqual(uses('Statins can reduce the risk.'), ['effect:reduce:can']);
    assert.deepEqual(uses('Statins did not reduce the risk.'), ['effect:reduce:negated']);
    assert.deepEqual(uses('The risk was reduced.'), ['effect:reduce:passive']);
    assert.deepEqual(uses('Statins have reduced the risk.'), ['effect:reduce:perfect']);
    assert.deepEqual(uses('Statin users had a reduced risk.'), ['effect:reduce:adjectival']);
    assert.deepEqual(uses('Statins help to reduce the risk.'), ['effect:help:finite', 'effect:reduce:base']);
    assert.deepEqual(uses('Reducing the risk matters.'), ['effect:reduce:gerund']);
    assert.ok(strengthFeatures('Vitamin D Cuts Cold Risk').includes('shape:headline'));
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', ' ', '¿?', '🏃‍♀️ 鉄分', 'a'.repeat(5000), 'may may may may']) assert.doesNotThrow(() => analyzeStrength(text));
  });
});

describe('the shared lexicon', () => {
  it('expands verb lemmas to every form, particles kept', () => {
    const forms = lexiconForms('effect-verbs');
    for (const form of ['reduce', 'reduces', 'reduced', 'reducing', 'led to', 'leads to', 'cut', 'cuts']) assert.ok(forms.has(form), form);
    assert.equal(forms.get('led to'), 'lead to');
  });

  it('matches whole words only, case-insensitively', () => {
    const found = [...'It Reduces pain; reductions and induced labour.'.matchAll(lexiconPattern('effect-verbs'))].map((match) => match[0]);
    assert.deepEqual(found, ['Reduces', 'induced']);
  });
});
