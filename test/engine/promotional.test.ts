/**
 * Promotional copy (lint/promotional.ts): where the overclaim rules flag a document throughout, every effect or
 * mechanism it asserts is a claim that needs evidence. The same sentences in sober copy keep the ordinary triggers.
 */
import assert from 'node:assert/strict';
import { EMPTY_BIBLIOGRAPHY, lint, type LintContext } from '../../server/src/engine/index';
import { isPromotional } from '../../server/src/engine/lint/promotional';
import { builtinRules } from '../helpers/rules';
import type { FindingDraft } from '../../server/src/engine/lint/draft';

const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };
const CLAIMS = 'It lowers blood pressure. Beets can flush out the liver. They work by nourishing the blood vessels.';

function needsCitation(text: string): string[] {
  return lint({ path: 'a.md', text }, builtinRules().config, context)
    .findings.filter((f) => f.ruleId === 'citations/needs-citation' || (f.also ?? []).includes('citations/needs-citation'))
    .map((f) => f.text);
}

describe('promotional copy', () => {
  it('makes every asserted effect and mechanism a claim to source', () => {
    const hype = `# The miracle beet\n\nThis miracle juice is a revolutionary powerhouse.\n\n${CLAIMS}\n`;
    assert.deepEqual(needsCitation(hype), ['lowers', 'flush', 'by nourishing']);
  });

  it('leaves the same sentences to the ordinary triggers in sober copy', () => {
    const sober = `# Beets\n\nBeet juice is rich in nitrate, which the body turns into nitric oxide.\n\n${CLAIMS}\n`;
    assert.deepEqual(
      needsCitation(sober).filter((text) => ['lowers', 'flush', 'by nourishing'].includes(text)),
      [],
    );
  });

  it("offers the low-certainty wording for a product's effect, not for the body's own work", () => {
    const hedges = (text: string): string[] =>
      lint({ path: 'a.md', text }, builtinRules().config, context)
        .findings.filter((f) => f.ruleId === 'citations/needs-citation')
        .flatMap((f) => f.fixes.filter((fix) => fix.kind === 'hedge').map((fix) => fix.title));
    const page = (paragraph: string): string => `# The miracle cure\n\nThis miracle tea is a revolutionary powerhouse.\n\n${paragraph}\n`;
    assert.deepEqual(hedges(page('The thyroid gland sits in the neck. It also helps to control growth and mood.')), []);
    assert.deepEqual(hedges(page('Your liver also helps to control blood sugar.')), []);
    // The same words about a product, or about the body with a product named, are the copy's claim.
    assert.deepEqual(hedges(page('Our tea is made from nettles. It also helps to control blood sugar.')), ['Rewrite for low certainty: “may also help to control”']);
    assert.deepEqual(hedges(page('With this tea, your liver also helps to control blood sugar.')), ['Rewrite for low certainty: “may also help to control”']);
    // A consequence told in a relative clause is not the flagged verb's clause: hedging it would leave the claim as fact.
    assert.deepEqual(hedges(page('Aloe vera balances the pH of hair due to which the hair fall is reduced.')), []);
    // A warning's harm is not softened: "may cause" would weaken it.
    assert.deepEqual(hedges(page('⚠️ Medical Notice: This tea causes a rapid rise in heart rate. Consult your physician first.')), []);
    assert.deepEqual(hedges(page('This tea causes a rapid rise in heart rate.')), ['Rewrite for low certainty: “may cause”']);
    // A count of cases is a statistic, not an effect to hedge; nor is what a clinic says it treats.
    assert.deepEqual(hedges(page('Asthma kills nine people per day in the United States.')), []);
    assert.deepEqual(hedges(page('Aging causes fat to collect around the belly and hips.')), []);
    assert.deepEqual(hedges(page('Amino acids help form protein-based structures such as muscle.')), []);
    // A named hormone's own work, after a fronted phrase too; not a hormone sold as the treatment.
    assert.deepEqual(hedges(page('In addition to stabilizing your mood, oxytocin also helps return the uterus to its normal size.')), []);
    assert.deepEqual(hedges(page('Testosterone also helps increase energy.')), ['Rewrite for low certainty: “may also help increase”']);
    // A harm told as a possibility is not softened further; what a condition does is the copy's premise.
    assert.deepEqual(hedges(page('Blood ozonation uses heparin, which can cause side effects for some people.')), []);
    assert.deepEqual(hedges(page('Rheumatoid arthritis also affects the joints, but it is not caused by wear.')), []);
    // A claim reported as proven is not hedged alone: "have proven that … may boost" contradicts itself.
    assert.deepEqual(hedges(page('Scientific studies have proven that this tea lowers blood pressure.')), []);
  });

  it('reads every effect verb of the shared lexicon, and claims made inside a definition', () => {
    const hype =
      '# The miracle oil\n\nThis miracle oil is a revolutionary powerhouse.\n\nCoconut oil enhances hair growth. It stimulates the scalp. A simple remedy that has also shown great results is a baking soda rinse.\n';
    assert.deepEqual(needsCitation(hype), ['enhances', 'stimulates', 'has also shown great results']);
    // In sober copy a definition stays a definition.
    assert.deepEqual(needsCitation('# Rinses\n\nA simple remedy that has also shown great results is a baking soda rinse.\n'), []);
  });

  it('reads a cause told as the explanation as a mechanism to source, not the page stressing its own importance', () => {
    const page = (paragraph: string): string => `# The miracle beet\n\nThis miracle juice is a revolutionary powerhouse.\n\n${paragraph}\n`;
    assert.deepEqual(needsCitation(page('Cancer cannot thrive in charged cells, which is why heart cancer is rare.')), ['which is why']);
    assert.deepEqual(needsCitation(page("Here's what actually happens: your body keeps asking for nutrients.")), ["Here's what actually happens"]);
    assert.deepEqual(needsCitation(page('That is why reading up on parasites is so important.')), []);
  });

  it('reads a mechanism told in plain verbs, where no other trigger fires, only in promotional copy', () => {
    const page = (paragraph: string): string => `# The miracle massage\n\nThis miracle massage is a revolutionary powerhouse.\n\n${paragraph}\n`;
    assert.deepEqual(needsCitation(page('The strokes stimulate the lymph nodes and vessels.')), ['stimulate']);
    assert.deepEqual(needsCitation(page('Afterwards the body regains its natural ability to heal itself.')), ['heal']);
    // Not an infinitive after an adjective of ease, a slow cooker, nor what an answer depends on.
    assert.deepEqual(needsCitation(page('It is also easy to treat a baby while she feeds.')), []);
    assert.deepEqual(needsCitation(page('Leave the bones in your slow cooker overnight.')), []);
    assert.deepEqual(needsCitation(page('The price depends on the length of the session.')), []);
    // Nor a person made to act, nor a participle that qualifies the noun after it.
    assert.deepEqual(needsCitation(page('The pain comes on at the same point of every run, forcing the runner to stop.')), []);
    assert.deepEqual(needsCitation(page('Restored circulation lets the muscle relax.')), []);
    // In sober copy the same sentence is description.
    assert.deepEqual(needsCitation('# Massage\n\nThe strokes stimulate the lymph nodes and vessels.\n'), []);
  });

  it('still needs no source for a cited, hedged, negated or instructed sentence', () => {
    const hype =
      '# The miracle beet\n\nThis miracle juice is a revolutionary powerhouse.\n\nIt lowers blood pressure [@kapil2015]. It may ease stamina. It does not replace medicine. Ask your doctor first.\n';
    assert.deepEqual(needsCitation(hype), []);
  });

  it('judges by density: one overclaim in a long document is not promotional copy', () => {
    const draft = (ruleId: string): FindingDraft => ({ ruleId }) as FindingDraft;
    const words = (n: number) => 'word '.repeat(n);
    assert.equal(isPromotional([draft('overclaim/miracle-claims')], words(300)), true);
    assert.equal(isPromotional([draft('overclaim/miracle-claims')], words(1000)), false);
    assert.equal(isPromotional([draft('overclaim/miracle-claims')], words(100)), false, 'one finding in a short text is too little to judge by');
    assert.equal(isPromotional([draft('overclaim/miracle-claims'), draft('overclaim/cure-claims')], words(100)), true);
    assert.equal(isPromotional([draft('citations/needs-citation'), draft('citations/needs-citation')], words(100)), false);
  });

  it('reads copy that cites nothing as promotional from a lower density', () => {
    const draft = (ruleId: string): FindingDraft => ({ ruleId }) as FindingDraft;
    const words = (n: number) => 'word '.repeat(n);
    const one = [draft('overclaim/miracle-claims')];
    // 1 in 360 words is 2.8 per 1,000: promotional only when nothing is cited.
    assert.equal(isPromotional(one, words(360)), false);
    assert.equal(
      isPromotional(one, words(360), () => true),
      true,
    );
    assert.equal(
      isPromotional(one, words(450), () => true),
      false,
      '2.2 per 1,000 is too little even uncited',
    );
    // Through lint: the same short page with one overclaim, uncited and cited.
    const filler = 'Noni is a small tree that grows across the Pacific islands and has a pale fruit. '.repeat(22);
    const page = (citation: string) => `# Noni\n\nNoni is a miracle fruit.\n\n${filler}${citation}\n\nIt lowers blood pressure.\n`;
    assert.deepEqual(needsCitation(page('')), ['lowers']);
    // A source elsewhere on the page: the density stays below 3, so the copy is read as sober.
    assert.deepEqual(needsCitation(page(' The tree is described in a survey ([Smith 2019](https://doi.org/10.1000/x)).')), []);
    // A page that weighs side effects and sends readers to their doctor more often than it asserts stays sober.
    assert.deepEqual(needsCitation(page(' Ask your doctor before you try it. Side effects such as nausea are possible.')), []);
  });

  describe('copy that cites nothing and asserts far more than it qualifies', () => {
    // No overclaim phrase anywhere: the page sells by stating effects as fact, calmly, with nothing cited or hedged.
    const calm = [
      '# Castor oil wraps at our studio',
      '',
      'Castor oil wraps are a gentle addition to your self-care routine. The warm pack relieves bloating after meals. The oil eases tension in the abdomen. Many clients book a series of six sessions.',
      '',
      'During a session you lie on a heated table while the therapist places a cotton cloth soaked in oil over your abdomen. The heat opens the pores, so the oil reaches the deeper layers of the skin. It calms the nervous system and improves digestion. Each session lasts about forty-five minutes.',
      '',
      'The wrap nourishes the lymphatic system. You can continue the treatment at home with our starter kit, which contains the cloth, the oil and a reusable heat pad. Please drink plenty of water afterwards and wear loose clothing to your appointment.',
      '',
      'Our studio is open six days a week, and the first visit includes a short chat about your health and your goals for the series.',
      '',
    ].join('\n');
    const asserted = ['relieves', 'eases', 'calms', 'nourishes'];

    it('reads it as promotional, with LF or CRLF line ends', () => {
      assert.deepEqual(needsCitation(calm), asserted);
      assert.deepEqual(needsCitation(calm.replace(/\n/g, '\r\n')), asserted);
    });

    it('reads the same page as sober once it cites a source, leaving the ordinary triggers', () => {
      const cited = calm.replace('goals for the series.', 'goals for the series ([Lee 2021](https://doi.org/10.1000/wraps)).');
      assert.deepEqual(needsCitation(cited), ['eases']);
    });

    it('reads it as sober when the writer hedges the effects and says what the evidence is', () => {
      const hedged = calm
        .replace('The warm pack relieves', 'The warm pack may relieve')
        .replace('The oil eases', 'The oil is thought to ease')
        .replace('It calms the nervous system and improves digestion.', 'Small studies suggest it might calm the nervous system, but the evidence is limited.');
      // Only the ordinary triggers: the unhedged "nourishes" is no longer asked for.
      assert.deepEqual(needsCitation(hedged), ['ease', 'studies suggest']);
    });

    it('reads it as sober when the writer weighs risks and sends the reader to a professional', () => {
      const balanced = calm.replace(
        'Please drink plenty of water afterwards and wear loose clothing to your appointment.',
        'Avoid wraps on broken skin. Talk to your GP first if you are pregnant or have a bowel condition. A rash is a rare side effect of the oil.',
      );
      assert.deepEqual(needsCitation(balanced), ['eases']);
    });

    it('does not count what a block quote says, nor a page too short to judge', () => {
      const quoted = calm.replace(/\n\n(During|The wrap)/g, '\n\n> $1');
      assert.deepEqual(needsCitation(quoted), ['eases']);
      assert.deepEqual(needsCitation('# Wraps\n\nThe warm pack relieves bloating. The oil eases tension. It calms the nervous system.\n'), ['eases']);
    });
  });
});
