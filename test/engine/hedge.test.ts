/**
 * GRADE-ladder rewrites: the inflection table (written out here, not computed, so
 * the test can catch compromise or the rewriter getting a form wrong) and the
 * special cases: boosters, "can", "proven to", "cures", already-hedged sentences.
 */
import assert from 'node:assert/strict';
import { baseOfThird, EFFECT_VERB_LEMMAS, hedgeRewrites, type HedgeLevel } from '../../server/src/engine/claims/hedge';
import { conjugation } from '../../server/src/engine/text/inflect';

// base, third person, past, participle
const VERBS: Array<[string, string, string, string]> = [
  ['reduce', 'reduces', 'reduced', 'reduced'],
  ['improve', 'improves', 'improved', 'improved'],
  ['relieve', 'relieves', 'relieved', 'relieved'],
  ['prevent', 'prevents', 'prevented', 'prevented'],
  ['treat', 'treats', 'treated', 'treated'],
  ['heal', 'heals', 'healed', 'healed'],
  ['lower', 'lowers', 'lowered', 'lowered'],
  ['raise', 'raises', 'raised', 'raised'],
  ['increase', 'increases', 'increased', 'increased'],
  ['decrease', 'decreases', 'decreased', 'decreased'],
  ['boost', 'boosts', 'boosted', 'boosted'],
  ['cause', 'causes', 'caused', 'caused'],
  ['eliminate', 'eliminates', 'eliminated', 'eliminated'],
  ['ease', 'eases', 'eased', 'eased'],
  ['alleviate', 'alleviates', 'alleviated', 'alleviated'],
  ['protect', 'protects', 'protected', 'protected'],
  ['restore', 'restores', 'restored', 'restored'],
  ['shorten', 'shortens', 'shortened', 'shortened'],
  ['strengthen', 'strengthens', 'strengthened', 'strengthened'],
  ['reverse', 'reverses', 'reversed', 'reversed'],
  ['stop', 'stops', 'stopped', 'stopped'],
  ['slow', 'slows', 'slowed', 'slowed'],
  ['enhance', 'enhances', 'enhanced', 'enhanced'],
  ['fix', 'fixes', 'fixed', 'fixed'],
  ['resolve', 'resolves', 'resolved', 'resolved'],
  ['repair', 'repairs', 'repaired', 'repaired'],
  ['control', 'controls', 'controlled', 'controlled'],
  ['regulate', 'regulates', 'regulated', 'regulated'],
];

function rewrite(sentence: string, level: HedgeLevel): string | undefined {
  const found = hedgeRewrites(sentence).find((r) => r.level === level);
  return found ? sentence.slice(0, found.range.start) + found.text + sentence.slice(found.range.end) : undefined;
}

describe('GRADE-ladder rewrites', () => {
  describe('inflection table', () => {
    for (const [base, third, past, participle] of VERBS) {
      it(`${base}: person, tense and auxiliaries`, () => {
        assert.equal(rewrite(`It ${third} the symptoms.`, 'moderate'), `It probably ${third} the symptoms.`);
        assert.equal(rewrite(`It ${third} the symptoms.`, 'low'), `It may ${base} the symptoms.`);
        assert.equal(rewrite(`They ${base} the symptoms.`, 'moderate'), `They probably ${base} the symptoms.`);
        assert.equal(rewrite(`They ${base} the symptoms.`, 'low'), `They may ${base} the symptoms.`);
        assert.equal(rewrite(`It ${past} the symptoms.`, 'moderate'), `It probably ${past} the symptoms.`);
        assert.equal(rewrite(`It ${past} the symptoms.`, 'low'), `It may have ${participle} the symptoms.`);
        assert.equal(rewrite(`It can ${base} the symptoms.`, 'low'), `It may ${base} the symptoms.`);
        assert.equal(rewrite(`It can ${base} the symptoms.`, 'moderate'), `It probably ${third} the symptoms.`);
        assert.equal(rewrite(`It ${third} the symptoms.`, 'very-low'), `It is uncertain whether it ${third} the symptoms.`);
      });
    }
  });

  it('never offers "can" as a hedge', () => {
    for (const [, third] of VERBS) for (const r of hedgeRewrites(`Massage ${third} the symptoms.`)) assert.doesNotMatch(r.text, /\bcan\b/);
  });

  it('removes boosters instead of hedging them', () => {
    assert.equal(rewrite('Foam rolling clearly improves flexibility.', 'low'), 'Foam rolling may improve flexibility.');
    assert.equal(rewrite('Foam rolling definitely improves flexibility.', 'moderate'), 'Foam rolling probably improves flexibility.');
  });

  it('rewrites "proven to" and "cures" as GRADE wording', () => {
    assert.equal(rewrite('This protocol is proven to reduce pain.', 'moderate'), 'This protocol has been shown in trials to reduce pain.');
    assert.equal(rewrite('These exercises are clinically proven to improve function.', 'low'), 'These exercises may improve function.');
    assert.equal(rewrite('Turmeric cures arthritis.', 'low'), 'Turmeric may help relieve arthritis.');
    assert.equal(rewrite('Acupuncture helps relieve back pain.', 'low'), 'Acupuncture may help relieve back pain.');
  });

  it('offers the correlational form for observational evidence', () => {
    assert.equal(rewrite('Dry needling reduces pain.', 'correlational'), 'Dry needling is associated with reduced pain.');
    assert.equal(rewrite('Coffee prevents dementia.', 'correlational'), 'Coffee is associated with a lower risk of dementia.');
    assert.equal(rewrite('Stretching can reduce the risk of injury.', 'correlational'), 'Stretching is associated with a lower risk of injury.');
    assert.equal(rewrite('Sitting increases the risk of diabetes.', 'correlational'), 'Sitting is associated with a higher risk of diabetes.');
    assert.equal(rewrite('Needling relieved pain in most patients.', 'correlational'), 'Needling was associated with less pain in most patients.');
  });

  it('never double-hedges', () => {
    for (const sentence of ['Dry needling may reduce pain.', 'It probably reduces pain.', 'Massage appears to improve mood.', 'It could lower blood pressure.'])
      assert.deepEqual(hedgeRewrites(sentence), [], sentence);
  });

  describe('sentence shapes that must stay grammatical', () => {
    const cases: Array<[string, HedgeLevel, string | undefined]> = [
      // A superlative adverb phrase is not split; a frequency that already grades the claim takes no hedge on top; a
      // participle that shares an advice's "be" is no effect; a word before a verb of reporting is a noun.
      // A coordinated verb that takes its object through "in" is hedged with the first; an efficacy adverb goes.
      ['Infrared heat increases the metabolism and assists in breaking down fat.', 'low', 'Infrared heat may increase the metabolism and assist in breaking down fat.'],
      ['Charcoal effectively removes chlorine and lead from water.', 'low', 'Charcoal may remove chlorine and lead from water.'],
      // A past form after a verb of use qualifies its noun.
      ['For best results, take activated charcoal an hour before eating.', 'low', undefined],
      // A hyphenated verb after "and" continues the series too.
      ["The acid also helps boost a person's metabolism and jump-starts the fat burning process.", 'low', undefined],
      ['Osteoarthritis most often affects the joints in the hands and knees.', 'low', undefined],
      ['Both conditions are most commonly treated with anti-inflammatories.', 'low', undefined],
      ['This remedy often helps to pass kidney stones within a day.', 'low', undefined],
      ['The following foods should be avoided or at minimum reduced: sugar and soda.', 'low', undefined],
      ['Your spine is free of subluxations, which research shows can cause stress.', 'low', undefined],
      // A plural noun before its verb is the subject, not the verb ("These changes cause").
      ['These changes cause pain, stiffness and loss of joint function.', 'low', 'These changes may cause pain, stiffness and loss of joint function.'],
      // A comma series of verbs cannot take the hedge on its first; a participle after "report" qualifies its object; a
      // perfect in a relative clause says who the people are.
      ['It relieves tension, improves nerve and blood supply and helps the body relax.', 'low', undefined],
      ['Some people also report improved hearing and a sense of calm.', 'low', undefined],
      ['People who have used the pads also admit to deeper sleep.', 'low', undefined],
      // A participle that shares an auxiliary, qualifies an object after a modal's verb, sits in a passive behind an
      // adverb, or follows a causative "have"; an -s noun before "and"; a later verb after "and"; an exclusive "only X can".
      ['Decompression treats conditions that are improved and/or eliminated by it.', 'low', 'Decompression may treat conditions that are improved and/or eliminated by it.'],
      ['MB can bypass damaged sections of the chain.', 'low', undefined],
      ['Many injuries are often caused, at least in part, by poor technique.', 'low', undefined],
      ['Some women need surgery to have the baby removed.', 'low', undefined],
      ['A diary helps you understand your IBS triggers and therefore control your symptoms.', 'low', 'A diary may help you understand your IBS triggers and therefore control your symptoms.'],
      ['T3 regulates body temperature, digestive metabolism and helps burn body fat.', 'low', undefined],
      ['It won’t make healing faster, only time can heal wounds.', 'low', undefined],
      // A base form after "help" and its object is the helped verb, not the claim's.
      ['NASA tested LED light to help astronauts heal wounds in space.', 'low', undefined],
      // A frequency adverb goes before the passive's auxiliary.
      ['Biomechanical problems are usually caused by muscular imbalances.', 'low', undefined],
      ['Injuries are frequently caused by overtraining.', 'low', 'Injuries may frequently be caused by overtraining.'],
      // After an acronym, an -s word is that noun's verb, and what follows is its object ("accumulates damage").
      ['Your DNA accumulates damage every day from UV exposure.', 'low', undefined],
      // A participle after a demonstrative, or after a preposition and a gerund, qualifies a noun: never "may have enhanced".
      ['This enhanced circulation can facilitate the delivery of oxygen.', 'low', undefined],
      ['It is also used for promoting improved circulation.', 'low', undefined],
      ['Positive ions harm your health by causing increased nervousness.', 'low', 'Positive ions may harm your health by causing increased nervousness.'],
      ['Collagen helps protect joints.', 'low', 'Collagen may help protect joints.'],
      // A state after "become", an auxiliary inside a contraction, a noun ending a list item, a third verb in a series.
      ['Other times our mechanisms to heal become impaired.', 'low', undefined],
      ['They’ve been proven to increase dopamine.', 'low', undefined],
      ['Inflammation and immune triggers', 'low', undefined],
      ['Taping helps keep the mouth closed and reduces dryness, and prevents bad breath.', 'low', undefined],
      ['Taping helps keep the mouth closed and reduces dryness.', 'low', 'Taping may help keep the mouth closed and reduce dryness.'],
      // A gerund subject keeps its verb.
      ['Foam rolling reduced pain in most runners.', 'low', 'Foam rolling may have reduced pain in most runners.'],
      // A time clause after a connective sets the scene; an agency's action and a claim framed as what studies show are reported.
      ['Moreover, as the body detoxifies itself, it gets rid of damaged cells.', 'low', undefined],
      ['The FDA has recently strengthened its warning that NSAIDs cause heart attacks.', 'low', undefined],
      ['Studies show that low-dose statins can lower your cholesterol.', 'low', undefined],
      // Coordinated verbs are hedged together.
      ['Strength training increases bone density and reduces falls.', 'low', 'Strength training may increase bone density and reduce falls.'],
      ['Strength training increases bone density and reduces falls.', 'moderate', 'Strength training probably increases bone density and reduces falls.'],
      ['Exercise reduced pain and improved function.', 'low', 'Exercise may have reduced pain and improved function.'],
      ['Strength training increases bone density and reduces falls.', 'correlational', undefined],
      // A second verb the effect lexicon does not list is hedged with the first when an object follows it; a plural
      // noun ("headaches", "cramps the next day") is not a verb.
      ['Noni juice prevents cancer and scavenges free radicals.', 'low', 'Noni juice may prevent cancer and scavenge free radicals.'],
      ['Noni juice prevents cancer and scavenges free radicals.', 'moderate', 'Noni juice probably prevents cancer and scavenges free radicals.'],
      ['Magnesium prevents cramps and relaxes tight muscles.', 'low', 'Magnesium may prevent cramps and relax tight muscles.'],
      ['Turmeric reduces inflammation and headaches in adults.', 'low', 'Turmeric may reduce inflammation and headaches in adults.'],
      ['Turmeric reduces inflammation and cramps the next day.', 'low', 'Turmeric may reduce inflammation and cramps the next day.'],
      ['Kefir improves digestion and probiotics support immunity.', 'low', 'Kefir may improve digestion and probiotics support immunity.'],
      ['Sugar demineralizes and decalcifies the teeth.', 'low', 'Sugar may demineralize and decalcify the teeth.'],
      // …and a verb the lexicon does not list before the effect verb goes with it.
      ['A total-body approach identifies and treats the root cause of pain.', 'low', 'A total-body approach may identify and treat the root cause of pain.'],
      ['Our clinic finds and reduces the triggers of pain.', 'low', 'Our clinic may find and reduce the triggers of pain.'],
      ['The herb calms nerves and reduces stress.', 'low', 'The herb may calm nerves and reduce stress.'],
      ['Turmeric reduces inflammation and allergies in adults.', 'low', 'Turmeric may reduce inflammation and allergies in adults.'],
      // A verb in a time or condition clause, an ellipsis list item, an instruction, a plural noun after "these X" and a
      // reported belief are not the writer's claim to hedge.
      ['Type 1 diabetes is a disease that happens when your pancreas stops making insulin.', 'low', undefined],
      ['Other symptoms include achiness…brain fog…increased thirst…and low libido.', 'low', undefined],
      ['Whatever you eat, always ensure it is fresh.', 'low', undefined],
      ['Many women prefer these PCOS cures because they are natural.', 'low', undefined],
      ['Many people believe that noni can treat cancer.', 'low', undefined],
      ['These pills cure gout.', 'low', 'These pills may help relieve gout.'],
      ['Turmeric reduces pain when taken daily.', 'low', 'Turmeric may reduce pain when taken daily.'],
      // Adverbs keep their place after the hedge.
      ['Posture alone rarely causes the problem.', 'low', 'Posture alone may rarely cause the problem.'],
      ['Posture alone rarely causes the problem.', 'moderate', 'Posture alone probably rarely causes the problem.'],
      ['The twitch response mechanically resets the fibres.', 'low', 'The twitch response may mechanically reset the fibres.'],
      // A comma between them: the adverb belongs to the aside, not the verb.
      ['Exercise, done regularly, reduced pain.', 'low', 'Exercise, done regularly, may have reduced pain.'],
      // A booster is not an adverb to keep: it goes.
      ['Exercise clearly reduces pain.', 'low', 'Exercise may reduce pain.'],
      // A participle in a list of nouns is an adjective: "impaired" is no verb here, so nothing is hedged.
      ['NAID is associated with fatigue, impaired cognitive function and reduced aerobic capacity.', 'low', undefined],
      ['It is linked to fatigue, impaired cognition (particularly in adolescents), reduced aerobic capacity.', 'low', undefined],
      ['By combining healing foods, herbs, and lifestyle changes, you can reset your gut.', 'low', 'By combining healing foods, herbs, and lifestyle changes, you may reset your gut.'],
      // After a determiner or a plain adjective the word is a noun; after a colon, an instruction.
      ['Try these natural cures for plantar fasciitis.', 'low', undefined],
      ['The best of these detox supplements has been colon cleansers.', 'low', undefined],
      ['The protocol has four pillars: remove triggers, repair the gut lining.', 'low', undefined],
      ['These reduce pain.', 'low', 'These may reduce pain.'],
      // Participles after a preposition or before "by" qualify a noun; a plural noun is no verb.
      ['Stretching is linked to increased range of motion.', 'low', undefined],
      ['Broth relieves the strain caused by overindulgence.', 'low', 'Broth may relieve the strain caused by overindulgence.'],
      ['Conditions cured by CBD include epilepsy.', 'low', undefined],
      ['Turmeric offers plenty of health benefits, such as calm.', 'low', undefined],
      ['Exercise benefits the heart.', 'low', 'Exercise may benefit the heart.'],
      ['This brings increased oxygen to the cells.', 'low', undefined],
      ['Water is purified by a process known as reverse osmosis.', 'low', undefined],
      // The verb of the time clause stays; the main clause's is hedged.
      ['When you detox your body, you flush the liver.', 'low', 'When you detox your body, you may flush the liver.'],
      ['If the pain persists, rest reduces it.', 'correlational', undefined],
      ['Castor oil pack benefits are quite amazing.', 'low', undefined],
      ['Improved circulation helps your body heal.', 'low', 'Improved circulation may help your body heal.'],
      ['Stem cells are able to regenerate damaged tissue.', 'low', undefined],
      ['It either causes or makes worse the ringing.', 'low', undefined],
      ['Avoid foods which have been shown to worsen tinnitus.', 'low', 'Avoid foods which may worsen tinnitus.'],
      // Subject and verb agree in every form.
      ['Both diets reduced weight.', 'correlational', 'Both diets were associated with reduced weight.'],
      ['Rest and ice reduce swelling.', 'low', 'Rest and ice may reduce swelling.'],
      ['Dry needling the TFL and associated trigger points addresses the source.', 'low', undefined],
      // Passive and perfect.
      ['Pain was reduced by acupuncture.', 'low', 'Pain may have been reduced by acupuncture.'],
      ['Pain is reduced by acupuncture.', 'low', 'Pain may be reduced by acupuncture.'],
      ['Pain was reduced by acupuncture.', 'moderate', 'Pain was probably reduced by acupuncture.'],
      ['Massage has reduced soreness in runners.', 'low', 'Massage may have reduced soreness in runners.'],
      ['Massage has reduced soreness in runners.', 'moderate', 'Massage has probably reduced soreness in runners.'],
      // Future.
      ['Stretching will improve your flexibility.', 'low', 'Stretching may improve your flexibility.'],
      ['Stretching will improve your flexibility.', 'correlational', 'Stretching is associated with improved flexibility.'],
      // Never inside quotation marks, never a study's reported result, never "It is uncertain whether he said: …".
      ['As one coach put it, “foam rolling reduces soreness”.', 'low', undefined],
      ['In the DIETFITS trial, both diets reduced weight.', 'low', undefined],
      ['He said: "it cures everything" and it reduces pain.', 'low', 'He said: "it cures everything" and it may reduce pain.'],
      ['He said: "it cures everything" and it reduces pain.', 'very-low', undefined],
      // A base form before a plural noun with its own relative clause names the noun: no rewrite at all.
      ['The calf develops trigger points that create strain.', 'low', undefined],
      // Never inside a negation.
      ['No trial has shown that vitamin C prevents colds.', 'low', undefined],
      ['Vitamin C does not prevent colds.', 'low', undefined],
    ];
    for (const [sentence, level, expected] of cases) {
      it(`${level}: ${sentence}`, () => assert.equal(rewrite(sentence, level), expected));
    }
  });
});

describe('the base form of a third-person verb', () => {
  it('agrees with compromise on the effect verbs and on common verbs outside the lexicon', () => {
    const outside = [
      'represent',
      'address',
      'produce',
      'create',
      'develop',
      'carry',
      'go',
      'push',
      'watch',
      'build',
      'outperform',
      'deliver',
      'provide',
      'offer',
      'contain',
      'allow',
      'require',
      'supply',
      'apply',
      'mix',
      'echo',
      'use',
    ];
    for (const lemma of [...EFFECT_VERB_LEMMAS, ...outside]) {
      const third = conjugation(lemma).third ?? `${lemma}s`;
      assert.equal(baseOfThird(third), lemma, third);
    }
  });
});
