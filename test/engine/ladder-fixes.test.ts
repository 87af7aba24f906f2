/**
 * Rules with no rewrite of their own (`rewrite: ladder`): every finding offers the GRADE low-certainty wording for
 * its sentence's verb when there is one, and "Remove this claim", which leaves the paragraph or list well formed.
 * Each fix is applied and the result compared whole, then linted again.
 */
import assert from 'node:assert/strict';
import { EMPTY_BIBLIOGRAPHY, lint, type LintContext } from '../../server/src/engine/index';
import { applyEdits, builtinRules, onlyRule } from '../helpers/rules';

const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };

/** Whether the first `ruleId` finding offers "Remove this claim". */
function removalOffered(text: string, ruleId: string): boolean {
  const finding = lint({ path: 'a.md', text }, onlyRule(ruleId), context).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} flags the text`);
  return finding.fixes.some((fix) => fix.kind === 'remove');
}

/** The titles of the fixes the first `ruleId` finding offers. */
function fixTitles(text: string, ruleId: string): string[] {
  const finding = lint({ path: 'a.md', text }, onlyRule(ruleId), context).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} flags the text`);
  return finding.fixes.map((fix) => fix.title);
}

/** The text after applying the fix titled `title` (a prefix) of the first `ruleId` finding. */
function apply(text: string, ruleId: string, title: string): string {
  const finding = lint({ path: 'a.md', text }, onlyRule(ruleId), context).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `${ruleId} flags the text`);
  const fix = finding.fixes.find((f) => f.title.startsWith(title));
  assert.ok(fix, `"${title}" offered; got ${finding.fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(text, fix.edits);
}

describe('fixes for rules without a rewrite of their own', () => {
  it('every overclaim rule offers a rewrite of some kind', () => {
    const rules = builtinRules().loaded.rules.filter((rule) => rule.definition.pack === 'overclaim');
    for (const { definition } of rules) assert.ok(definition.check === 'substitution' || definition.rewrite === 'ladder', `${definition.id} offers no rewrite`);
  });

  it('hedges the sentence’s effect verb to the low-certainty wording', () => {
    assert.equal(apply('This miracle berry reduces joint pain.\n', 'overclaim/miracle-claims', 'Rewrite for low certainty'), 'This miracle berry may reduce joint pain.\n');
  });

  it('removes a sentence among others with the right spaces', () => {
    assert.equal(apply('Rest first. Turmeric is a miracle spice. Stretch after.\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Rest first. Stretch after.\n');
    assert.equal(apply('Rest first. Turmeric is a miracle spice.\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Rest first.\n');
  });

  it('removes a phrase that closes the sentence and sells the schedule, keeping the schedule', () => {
    const item = '- Typically requires 3 sessions for optimal results 1\n- Stretch daily.\n';
    assert.equal(apply(item, 'overclaim/hype-framing', 'Remove `for optimal results`'), '- Typically requires 3 sessions 1\n- Stretch daily.\n');
    assert.equal(removalOffered(item, 'overclaim/hype-framing'), false);
    assert.equal(apply('Take two capsules daily for maximum benefit.\r\n', 'overclaim/hype-framing', 'Remove `for maximum benefit`'), 'Take two capsules daily.\r\n');
  });

  it('keeps the name of a list entry and removes only the praise after it', () => {
    const list = '- Normatec - The industry leader, used by pro athletes\n- Rapid Reboot - Popular with gyms\n';
    assert.equal(apply(list, 'overclaim/doctor-recommended', 'Remove this claim'), '- Normatec\n- Rapid Reboot - Popular with gyms\n');
  });

  it('removes an appeal to tradition alone, keeping what the thing was used for', () => {
    const text = 'Singing bowls and gongs have been used for centuries as instruments for meditation and ritual.\n';
    assert.equal(apply(text, 'overclaim/ancient-remedies', 'Remove `for centuries`'), 'Singing bowls and gongs have been used as instruments for meditation and ritual.\n');
    assert.equal(removalOffered(text, 'overclaim/ancient-remedies'), false);
  });

  it('removes the adverb with its adjective, and never a verb that looks like an emphatic', () => {
    assert.equal(apply('Discover 12 scientifically proven benefits of cold water.\n', 'overclaim/hype-adjectives', 'Remove `scientifically proven`'), 'Discover 12 benefits of cold water.\n');
    const toxins = 'For men, it can help with sperm count, it can help clear toxins from the body, boost the immune system, reduce inflammation, and improve sleep.\n';
    const fixes = lint({ path: 'a.md', text: toxins }, onlyRule('overclaim/toxin-claims'), context)
      .findings.find((f) => f.ruleId === 'overclaim/toxin-claims')!
      .fixes.map((f) => f.title);
    assert.ok(!fixes.includes('Remove `clear`'), fixes.join(', '));
    // The hedge would land on "can help with sperm count", a clause of its own; the sentence lists other claims too.
    assert.ok(!fixes.some((title) => title.startsWith('Rewrite') || title === 'Remove this claim'), fixes.join(', '));
  });

  it('brings a cure down to "manage" only for a condition, never for tissue that heals', () => {
    const titles = (text: string): string[] => lint({ path: 'a.md', text }, onlyRule('overclaim/cure-claims'), context).findings.flatMap((f) => f.fixes.map((fix) => fix.title));
    assert.ok(!titles('Prolotherapy encourages your body to heal ligaments more completely.\n').some((t) => t.includes('`manage`')));
  });

  it('removes a closing purpose clause alone, and keeps the advice before it', () => {
    const text = 'Wear it as often as possible in order to achieve the best possible results.\n';
    assert.equal(apply(text, 'overclaim/hype-framing', 'Remove `in order to achieve the best possible results`'), 'Wear it as often as possible.\n');
    assert.equal(removalOffered(text, 'overclaim/hype-framing'), false);
  });

  it('never leaves a sentence without its complement, nor removes a sentence for an emphatic alone', () => {
    const heading = lint({ path: 'a.md', text: 'Its action is instant.\n' }, onlyRule('overclaim/quick-results'), context).findings[0]!;
    assert.ok(!heading.fixes.some((fix) => fix.title === 'Remove `instant`'), heading.fixes.map((f) => f.title).join(', '));
    const text = 'Rest first. We will see where the tension is really coming from.\n';
    assert.equal(apply(text, 'overclaim/hype-framing', 'Remove `really`'), 'Rest first. We will see where the tension is coming from.\n');
    assert.equal(removalOffered(text, 'overclaim/hype-framing'), false);
  });

  it('offers no removal of a claim that is the purpose of a described step, or far into a relative clause', () => {
    assert.equal(removalOffered('Rest first. A cup applies suction in order to create a vacuum to draw the toxins to the skin, then the skin is cut.\n', 'overclaim/toxin-claims'), false);
    assert.equal(removalOffered('Rest first. Hijama is a medicine which has been prescribed to the Ummah as a means of treatment and cure.\n', 'overclaim/cure-claims'), false);
  });

  it('offers no removal of a claim in a relative clause or a second predicate', () => {
    assert.equal(removalOffered('Rest first. The first focus is on exercise tools that will get your pain to go away faster.\n', 'overclaim/efficacy-as-fact'), false);
    assert.equal(
      removalOffered('Rest first. Mouthpieces are also referred to as advancing devices and can be just as effective as surgery at decreasing snoring.\n', 'overclaim/efficacy-as-fact'),
      false,
    );
  });

  it('offers no removal of a sentence that goes on to say more after the claim', () => {
    assert.equal(removalOffered('Rest first. The retreat awakened his ability to channel healing energy, which became the foundation of Usui Reiki.\n', 'overclaim/cure-claims'), false);
  });

  it('offers no removal that leaves the next sentence naming what only the removed one introduced', () => {
    assert.equal(removalOffered('The pads contain tourmaline, a mineral that can generate negative ions. Negative ions have soothing properties.\n', 'overclaim/energy-medicine-claims'), false);
  });

  it('removes a list item whole, marker included, and leaves the list intact', () => {
    assert.equal(apply('- Rest.\n- Turmeric is a miracle spice.\n- Stretch.\n', 'overclaim/miracle-claims', 'Remove this claim'), '- Rest.\n- Stretch.\n');
    assert.equal(apply('1. Rest.\r\n2. Turmeric is a miracle spice.\r\n3. Stretch.\r\n', 'overclaim/miracle-claims', 'Remove this claim'), '1. Rest.\r\n2. Stretch.\r\n');
  });

  it('offers no removal that would leave the next sentence referring to nothing', () => {
    for (const text of [
      'Turmeric is a miracle spice. It also eases joint pain.\n',
      'Early studies called turmeric a miracle spice. Then replications failed.\n',
      'Turmeric is a miracle spice, say 5,000 papers. Yet these studies were small.\n',
      'Turmeric is a miracle spice. And it’s not because of vitamin C.\n',
      'Dry needling is a miracle cure. The evidence suggests it works.\n',
      'Rest first. Magnesium is a miracle mineral.\n\nThis quiet deficiency affects sleep.\n',
      'Not only is it tasty, (kids even like it!) it is a miracle food.\n',
      'The book by William G. Crook explains the miracle cure. Rest first.\n',
      'Rest first. Here are the conditions this miracle therapy treats:\n\n- pain\n',
      'First, turmeric is a miracle spice. The second surprise is ginger.\n',
      'Pink salts are a miracle cure. The pale salts come from Pakistan.\n',
      'Pink salts are a miracle cure.\r\n\r\nThe coloured salts formed 250 million years ago.\r\n',
      'Castor oil is a miracle oil. From boosting fertility to easing cramps, and more.\n',
      'Homeopathy is a miracle cure. Hence, they are not dangerous.\n',
      'Gerson made coffee a miracle cure in the 1930s. But the idea goes back further than that.\n',
      'Many now turn to miracle remedies. And one of the most effective is lavender oil.\n',
      'Rest first. Here are 8 reasons why this miracle tree is famous.\n\n## 1. Nutrients\n',
      'Rest first. Our bodies hold miracle stores. Which can lead to waste.\n',
      'Rest first. Noni is a miracle cure for diabetes. Others have noticed its effect on sinusitis.\n',
      'Rest first. The compounds listed below make noni a miracle drink.\n\n- Anthraquinones\n',
    ]) {
      const finding = lint({ path: 'a.md', text }, onlyRule('overclaim/miracle-claims'), context).findings[0]!;
      assert.ok(!finding.fixes.some((fix) => fix.title === 'Remove this claim'), text);
    }
  });

  it('renumbers the ordered items after a removed one, as far as they count on from it', () => {
    const text = 'Mistakes:\n\n1. Turmeric is a miracle spice.\n\n2. Skipping rest.\n   More on rest.\n3. Running through pain.\n\nSummary.\n\n9. Other list.\n';
    assert.equal(apply(text, 'overclaim/miracle-claims', 'Remove this claim'), 'Mistakes:\n\n1. Skipping rest.\n   More on rest.\n2. Running through pain.\n\nSummary.\n\n9. Other list.\n');
    assert.equal(apply('1) Rest.\n2) Turmeric is a miracle spice.\n4) Stretch.\n', 'overclaim/miracle-claims', 'Remove this claim'), '1) Rest.\n4) Stretch.\n');
  });

  it('removes the claim’s own trailing citation marker with it, and the paragraph when nothing else is left', () => {
    assert.equal(apply('Rest first. Turmeric is a miracle spice. 1\n\nStretch.\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Rest first.\n\nStretch.\n');
    assert.equal(apply('Intro.\n\nTurmeric is a miracle spice. 1\n\nStretch.\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Intro.\n\nStretch.\n');
    assert.equal(apply('Turmeric is a miracle spice. [2] Rest first.\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Rest first.\n');
  });

  it('offers a replacement only where it reads, and the ladder where none does', () => {
    const titles = (text: string, ruleId: string) =>
      lint({ path: 'a.md', text }, onlyRule(ruleId), context)
        .findings.find((f) => f.ruleId === ruleId)!
        .fixes.map((f) => f.title);
    // "you can may help relax your gut" would not be English.
    assert.deepEqual(titles('With these foods you can reset your gut.\n', 'overclaim/mechanism-as-fact'), ['Rewrite for low certainty: “may reset”', 'Remove this claim']);
    // Nor "an effective of these supplements".
    assert.ok(!titles('Rest first. The most effective of these supplements is zinc.\n', 'overclaim/hype-superlatives').some((title) => title.startsWith('Replace')));
    assert.equal(apply('Stopping running is the most important criterion to calm it.\n', 'overclaim/hype-superlatives', 'Replace'), 'Stopping running is an important criterion to calm it.\n');
  });

  it('hedges in the case of the words replaced, and only in the flagged clause', () => {
    assert.equal(apply('Reduces joint pain, the miracle way.\n', 'overclaim/miracle-claims', 'Rewrite for low certainty'), 'May reduce joint pain, the miracle way.\n');
    const finding = lint({ path: 'a.md', text: 'Saunas cause sweating, so they are a miracle for everyone.\n' }, onlyRule('overclaim/miracle-claims'), context).findings[0]!;
    assert.ok(!finding.fixes.some((fix) => fix.title.startsWith('Rewrite for low certainty')), 'the hedge would soften the reason, not the claim');
  });

  it('hedges in title case inside a title-case heading', () => {
    assert.equal(apply('## Why Dry Needling Changes the Equation\n', 'overclaim/hype-framing', 'Rewrite for low certainty'), '## Why Dry Needling May Change the Equation\n');
  });

  it('removes a one-sentence paragraph with one of its blank lines', () => {
    assert.equal(apply('# Knees\n\nTurmeric is a miracle spice.\n\nRest first.\n', 'overclaim/miracle-claims', 'Remove this claim'), '# Knees\n\nRest first.\n');
    assert.equal(apply('Intro 🏃 鉄.\r\n\r\nTurmeric is a miracle spice.\r\n\r\nRest first.\r\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Intro 🏃 鉄.\r\n\r\nRest first.\r\n');
  });

  it('converges: after the hedge nothing more is offered for the sentence, after the removal nothing is flagged', () => {
    const text = 'Rest first. This miracle berry reduces joint pain.\n';
    const relint = (fixed: string) => lint({ path: 'a.md', text: fixed }, onlyRule('overclaim/miracle-claims'), context).findings;
    const hedged = apply(text, 'overclaim/miracle-claims', 'Rewrite for low certainty');
    const after = relint(hedged);
    assert.equal(after.length, 1, 'the word "miracle" is still there');
    assert.deepEqual(
      after[0]!.fixes.map((fix) => fix.title).filter((title) => !title.startsWith('Disable')),
      ['Remove this claim'],
    );
    assert.deepEqual(relint(apply(text, 'overclaim/miracle-claims', 'Remove this claim')), []);
  });

  it('offers no hedge in product mode, and one removal', () => {
    const text = '---\nmode: product\n---\n\nThis miracle berry reduces joint pain.\n';
    const finding = lint({ path: 'a.md', text }, builtinRules().config, context).findings.find((f) => f.ruleId === 'overclaim/miracle-claims')!;
    assert.deepEqual(
      finding.fixes.map((f) => f.title).filter((title) => !title.startsWith('Disable')),
      ['Remove this claim'],
    );
  });

  it('offers a citation placeholder where neither a rewrite nor a removal fits and a citation answers the rule', () => {
    const text = 'Rest first. Try this cure-all.\r\nThey are cheap.\n';
    assert.equal(apply(text, 'overclaim/cure-claims', 'Insert a citation placeholder'), 'Rest first. Try this cure-all [citation needed].\r\nThey are cheap.\n');
    // A rule that any citation marker answers (`unless: attributed`) gets one too.
    const studies = 'Population studies show that about 5% of adults have it. This affects women twice as often.\n';
    assert.equal(
      apply(studies, 'overclaim/studies-show', 'Insert a citation placeholder'),
      'Population studies show that about 5% of adults have it [citation needed]. This affects women twice as often.\n',
    );
    const heading = lint({ path: 'a.md', text: '# Natural cures\n' }, onlyRule('overclaim/cure-claims'), context).findings[0]!;
    assert.ok(
      heading.fixes.every((fix) => fix.kind !== 'cite'),
      'no placeholder in a heading',
    );
    // In product copy a citation does not answer the rule, so no placeholder is offered.
    const claim = 'Rest first. That homeopathy is safe is an accepted and proved fact.\nIt is cheap.\n';
    assert.equal(apply(claim, 'overclaim/evidence-strength', 'Insert a citation placeholder'), 'Rest first. That homeopathy is safe is an accepted and proved fact [citation needed].\nIt is cheap.\n');
    const product = lint({ path: 'a.md', text: `---\nmode: product\n---\n\n${claim}` }, builtinRules().config, context).findings.find((f) => f.ruleId === 'overclaim/evidence-strength')!;
    assert.ok(
      product.fixes.every((fix) => fix.kind !== 'cite'),
      'no placeholder in product copy',
    );
  });

  it('removes an emphatic that sells the claim as the hidden truth, in headings too', () => {
    assert.equal(apply('# Why Rest Fails (And What Actually Helps)\r\n', 'overclaim/hype-framing', 'Remove `Actually`'), '# Why Rest Fails (And What Helps)\r\n');
    assert.equal(apply('🦵 The pain is really coming from your hip.\n', 'overclaim/hype-framing', 'Remove `really`'), '🦵 The pain is coming from your hip.\n');
    assert.equal(apply('# How Needling Gives Instant Relief\n', 'overclaim/quick-results', 'Remove `Instant`'), '# How Needling Gives Relief\n');
  });

  it('brings a cure promised as a goal down to what treatment can offer', () => {
    assert.equal(apply('# 7 Ways To Heal IBS Naturally\r\n', 'overclaim/cure-claims', 'Replace `Heal` with `Manage`'), '# 7 Ways To Manage IBS Naturally\r\n');
    assert.equal(
      apply('Rest first. Gout is the simplest arthritis to cure. It was the disease of kings.\n', 'overclaim/cure-claims', 'Replace `cure`'),
      'Rest first. Gout is the simplest arthritis to manage. It was the disease of kings.\n',
    );
    const own = lint({ path: 'a.md', text: 'Stem cells give your body what it takes to heal and regenerate.\n' }, onlyRule('overclaim/cure-claims'), context).findings[0]!;
    assert.ok(
      own.fixes.every((fix) => !fix.title.startsWith('Replace')),
      'the body healing itself is no goal to downgrade',
    );
  });

  it('answers an appeal to unnamed evidence with a placeholder for its source, never by removing what it reports', () => {
    const finding = lint({ path: 'a.md', text: 'Rest first. Some studies show that iron improves performance when ferritin is low.\n' }, onlyRule('overclaim/studies-show'), context).findings[0]!;
    assert.ok(
      finding.fixes.every((fix) => fix.kind !== 'remove'),
      'no removal',
    );
    assert.ok(finding.fixes.some((fix) => fix.kind === 'cite'));
  });

  it('offers the plain wording a phrase rule swaps in, before its ladder', () => {
    assert.equal(
      apply('Rest first.\r\nEvery dermatologist is singing the praises of collagen.\r\n', 'overclaim/hype-framing', 'Replace'),
      'Rest first.\r\nEvery dermatologist is promoting collagen.\r\n',
    );
    assert.equal(apply('🌿 Sea moss is taking the wellness world by storm.\n', 'overclaim/hype-framing', 'Replace'), '🌿 Sea moss is growing in popularity.\n');
  });

  it('removes a claim made in a lead-in before a colon, and capitalises what follows', () => {
    assert.equal(
      apply('Vitamins help. Well, here is the real deal: if your gut is leaky, you absorb less.\r\n', 'overclaim/hype-framing', 'Remove this claim'),
      'Vitamins help. If your gut is leaky, you absorb less.\r\n',
    );
    assert.equal(apply('And here’s what nobody wants to tell you: it’s not your fault.\n', 'overclaim/secret-remedies', 'Remove this claim'), 'It’s not your fault.\n');
  });

  it('keeps a sentence the next one adds to ("as well", "too") or measures in the same unit', () => {
    // The next sentence would repeat the claim as an addition to nothing.
    assert.ok(!removalOffered('Good news: diabetes can be reversed with food. If we change our lifestyle we can reverse the disease as well.\n', 'overclaim/cure-claims'));
    // The comparison would be left without its baseline.
    assert.ok(!removalOffered('Healthy people have a cell voltage of 70-100 millivolts. People with chronic diseases exhibit 30-50 millivolts.\n', 'overclaim/energy-medicine-claims'));
    // The next sentence names what the removed one sold ("this cure").
    assert.ok(!removalOffered('You can treat gout at home by simply knowing how to flush uric acid. Most people are not aware of the simplicity of this cure.\n', 'overclaim/efficacy-as-fact'));
    // A short sentence that echoes the removed one's term would be left cheering for nothing.
    assert.ok(!removalOffered('It works for cardio. It even targets stubborn fat due to chemicals called catecholamines. Yay catecholamines!\n', 'overclaim/efficacy-as-fact'));
    // "Just follow our advice" leans on the advice the removed sentence promised.
    assert.ok(!removalOffered('We will show you how to reverse it by just eating what is good for you. Just follow our advice for 30 days.\n', 'overclaim/efficacy-as-fact'));
  });

  it('keeps an adverb in its place when the flagged words’ own verb is hedged ("it even targets" → "it may even target")', () => {
    assert.equal(
      apply('What is more, it even targets your most stubborn fat.\r\n', 'overclaim/efficacy-as-fact', 'Rewrite for low certainty'),
      'What is more, it may even target your most stubborn fat.\r\n',
    );
  });

  it('keeps an item of a count the text announced ("The second reason …")', () => {
    const text = 'There are two reasons people thrive on it.\r\n\r\nThe second reason this diet cures diabetes: no grains.\r\n\r\nGrains are gone.\r\n';
    assert.ok(!removalOffered(text, 'overclaim/cure-claims'));
    assert.ok(!removalOffered('Secondly, this diet cures diabetes for good.\n', 'overclaim/cure-claims'));
    // Without the count the sentence can go.
    assert.ok(removalOffered('There are reasons people thrive on it.\n\nThis diet cures diabetes.\n\nGrains are gone.\n', 'overclaim/cure-claims'));
  });

  it('keeps the only paragraph under a heading, and a sentence whose claim is one item of its list', () => {
    const section = '## Fewer Colds\r\n\r\nThis tea cures sore throats.\r\n\r\n## Better Sleep\r\n\r\nIt helps you sleep.\r\n';
    assert.ok(!removalOffered(section, 'overclaim/cure-claims'));
    // Wherever the document's chunks are cut (here right after the heading), the whole document decides.
    assert.ok(!removalOffered('Intro text here.\n\n## Its action\n\nYour snoring is alleviated as soon as you start using the mouthpiece.\n', 'overclaim/quick-results'));
    // With another paragraph in the section, the claim's paragraph can go.
    assert.ok(removalOffered(section.replace('## Better Sleep', 'Book online.\r\n\r\n## Better Sleep'), 'overclaim/cure-claims'));
    const list = 'Shock waves do many tasks, including: breaking up stones, reducing scar tissue, and curing tendon pain.\n\nBook online.\n';
    assert.ok(!removalOffered(list, 'overclaim/cure-claims'));
    assert.ok(removalOffered('Shock waves cure tendon pain.\n\nBook online.\n', 'overclaim/cure-claims'));
  });

  it('removes no sentence that also warns, whose claim completes a longer statement, or whose "not only" waits for it', () => {
    // The claim's own last clause can still go; the warning stays.
    assert.equal(
      apply('You may notice some redness, but you can go back to work with no side effects.\n\nBook online.\n', 'overclaim/no-side-effects', 'Remove this claim'),
      'You may notice some redness.\n\nBook online.\n',
    );
    assert.ok(!removalOffered('After it, you may notice some redness, but you can go back to work with no side effects.\n\nBook online.\n', 'overclaim/no-side-effects'));
    assert.ok(!removalOffered('Low level light therapy came out of laser medicine when researchers realized that light cures pain.\n\nBook online.\n', 'overclaim/cure-claims'));
    assert.ok(!removalOffered('Early studies suggest that sea moss may boost the immune system.\n\nBook online.\n', 'overclaim/immune-boosting'));
    const notOnly = 'Acupuncture can not only ease low mood, but it can also address the root causes of depression.\n\nBook online.\n';
    const finding = lint({ path: 'a.md', text: notOnly }, onlyRule('overclaim/root-cause-claims'), context).findings[0]!;
    assert.ok(finding.fixes.every((fix) => !applyEdits(notOnly, fix.edits).includes('not only ease low mood.')));
  });

  it('removes "healing" only as a plain adjective after a determiner, and brings no cure goal down without its object', () => {
    const titles = (text: string, ruleId = 'overclaim/cure-claims'): string[] => lint({ path: 'a.md', text }, onlyRule(ruleId), context).findings.flatMap((f) => f.fixes.map((fix) => fix.title));
    assert.ok(titles('Light gives you the healing effects of sunshine.\n').includes('Remove `healing`'));
    const noun = titles('The juice facilitates healing throughout the body.\n');
    assert.ok(noun.length > 0 && !noun.includes('Remove `healing`'));
    assert.deepEqual(
      titles('Elderberry packs powerful healing properties.\n', 'overclaim/hype-adjectives').filter((title) => title.startsWith('Remove `')),
      ['Remove `powerful`'],
    );
    // Flagged, but "heal" here has no object that "manage" could take.
    const goal = titles('With this tea, the drive to heal becomes stronger.\n');
    assert.ok(goal.length > 0 && !goal.some((title) => title.startsWith('Replace `heal`')));
  });

  it('never hedges the main verb for a claim made in a fronted phrase ("By promoting the removal of toxins, …")', () => {
    const text = 'By promoting the removal of toxins from the body, the massage helps improve skin tone.\n\nBook online.\n';
    const finding = lint({ path: 'a.md', text }, onlyRule('overclaim/toxin-claims'), context).findings[0]!;
    assert.deepEqual(
      finding.fixes.filter((fix) => fix.kind === 'hedge').map((fix) => fix.title),
      [],
    );
    // In the main clause the hedge reaches the claim.
    assert.equal(apply('The massage flushes toxins from the body.\n', 'overclaim/toxin-claims', 'Rewrite for low certainty'), 'The massage may flush toxins from the body.\n');
  });

  it('keeps a sentence whose claim is a relative clause of something more ("… noni juice which prevents cancer")', () => {
    const text = '- Glycosides are found in noni juice which prevents cancer growth and acts as a scavenger of free radicals.\n- Limonene is found in citrus.\n';
    assert.ok(!removalOffered(text, 'overclaim/disease-prevention'));
    assert.equal(apply(text, 'overclaim/disease-prevention', 'Rewrite for low certainty'), text.replace('which prevents', 'which may prevent'));
    // The claim as the sentence's own subject and verb can still go.
    assert.ok(removalOffered('- Noni juice prevents cancer growth.\n- Limonene is found in citrus.\n', 'overclaim/disease-prevention'));
  });

  it('offers what we know about a topic for "the truth about" it, titled in a title', () => {
    assert.equal(apply('# The Truth About GLP-1\r\n\r\nText.\r\n', 'overclaim/hype-framing', 'Replace'), '# What We Know About GLP-1\r\n\r\nText.\r\n');
    assert.equal(apply('Here is the truth about stretching.\n', 'overclaim/hype-framing', 'Replace'), 'Here is what we know about stretching.\n');
  });

  it('hedges "isn’t just another" as "may be more than another", in prose and in a heading', () => {
    assert.equal(apply('This isn’t just another wellness trend.\n', 'overclaim/hype-framing', 'Replace'), 'This may be more than another wellness trend.\n');
    assert.equal(
      apply('## Why collagen isn’t just another beauty myth\r\n\r\nText.\r\n', 'overclaim/hype-framing', 'Replace'),
      '## Why collagen may be more than another beauty myth\r\n\r\nText.\r\n',
    );
    assert.equal(apply('Collagen is not just hype.\n', 'overclaim/hype-framing', 'Replace'), 'Collagen may be more than hype.\n');
  });

  it('brings a second cure goal joined to the first down to "manage" too, not the body\'s own healing', () => {
    const text = '# Reverse Cavities And Heal Tooth Decay With These 5 Steps\n';
    const heal = lint({ path: 'a.md', text }, onlyRule('overclaim/cure-claims'), context).findings.find((f) => f.text === 'Heal');
    const fix = heal?.fixes.find((f) => f.title.startsWith('Replace'));
    assert.ok(fix, 'the second goal is brought down too');
    assert.equal(applyEdits(text, fix.edits), '# Reverse Cavities And Manage Tooth Decay With These 5 Steps\n');
    const finding = lint({ path: 'a.md', text: 'Your gut needs time to rest and heal.\n' }, onlyRule('overclaim/cure-claims'), context).findings[0];
    assert.ok(!finding?.fixes.some((fix) => fix.title.startsWith('Replace')));
  });

  it('brings a cure named as a noun down to a treatment, only where it is a noun', () => {
    assert.equal(
      apply('Rest first. Try these natural cures for plantar fasciitis.\r\nThey work.\n', 'overclaim/cure-claims', 'Replace `cures`'),
      'Rest first. Try these natural treatments for plantar fasciitis.\r\nThey work.\n',
    );
    assert.equal(apply('Many women prefer these PCOS cures.\n', 'overclaim/cure-claims', 'Replace `cures`'), 'Many women prefer these PCOS treatments.\n');
    assert.equal(apply('Good news: shin splints are curable and preventable.\n', 'overclaim/cure-claims', 'Replace `curable`'), 'Good news: shin splints are treatable and preventable.\n');
    const verb = lint({ path: 'a.md', text: 'Rest first. I know this cures headaches.\n' }, onlyRule('overclaim/cure-claims'), context).findings[0]!;
    assert.ok(
      verb.fixes.every((fix) => !fix.title.startsWith('Replace')),
      '"this cures headaches" is a verb',
    );
  });

  it('removes the grade a writer gives unnamed evidence', () => {
    assert.equal(
      apply('Recent high-quality evidence supports dry needling for this pain:\n\n- A trial.\n', 'overclaim/evidence-strength', 'Remove `high-quality`'),
      'Recent evidence supports dry needling for this pain:\n\n- A trial.\n',
    );
  });

  it('brings a cause singled out as the real one down to a possible one, in titles too', () => {
    assert.equal(apply('## The Actual Cause Of Chronic Ear Infections\n', 'overclaim/hype-framing', 'Replace'), '## A Possible Cause Of Chronic Ear Infections\n');
    assert.equal(
      apply('🦠 Leaky gut is gaining attention as a root cause of many chronic health issues.\n', 'overclaim/hype-framing', 'Replace'),
      '🦠 Leaky gut is gaining attention as a possible cause of many chronic health issues.\n',
    );
  });

  it('hedges the flagged words’ own verb when the sentence has no effect verb', () => {
    const cases: Array<[string, string, string]> = [
      [
        'In conclusion, dry needling represents an effective intervention for IT band syndrome.\n',
        'overclaim/efficacy-as-fact',
        'In conclusion, dry needling may represent an effective intervention for IT band syndrome.\n',
      ],
      [
        'That tension, combined with friction over the femoral epicondyle, is what produces the burning pain.\r\n',
        'overclaim/aetiology-as-fact',
        'That tension, combined with friction over the femoral epicondyle, may be what produces the burning pain.\r\n',
      ],
      ['Rubbing on your thigh isn’t harmful and probably feels good.\n', 'overclaim/denied-harm', 'Rubbing on your thigh is unlikely to be harmful and probably feels good.\n'],
      [
        'Treating the gluteus medius, combined with strengthening, addresses the compensatory mechanics.\n',
        'overclaim/root-cause-claims',
        'Treating the gluteus medius, combined with strengthening, may address the compensatory mechanics.\n',
      ],
      ['# Oregano Oil: The Natural Antibiotic That Outperforms Pharmaceuticals\n', 'overclaim/efficacy-as-fact', '# Oregano Oil: The Natural Antibiotic That May Outperform Pharmaceuticals\n'],
      ['## List of conditions that can be treated by cold laser therapy:\n', 'overclaim/cure-claims', '## List of conditions that may be treated by cold laser therapy:\n'],
      [
        'A more effective type of massage combines pressure with joint movement.\n',
        'overclaim/efficacy-as-fact',
        'A potentially more effective type of massage combines pressure with joint movement.\n',
      ],
      // The absolute goes with the hedge: not "universally potentially effective".
      [
        'Practitioners have found how universally effective stem cells can be in regenerating tissue.\n',
        'overclaim/absolute-efficacy',
        'Practitioners have found how potentially effective stem cells can be in regenerating tissue.\n',
      ],
    ];
    for (const [text, ruleId, expected] of cases) assert.equal(apply(text, ruleId, 'Rewrite for low certainty'), expected);
  });

  it('never hedges one verb of a series, a framing denial or a report of research', () => {
    const titles = (text: string, ruleId: string): string[] =>
      lint({ path: 'a.md', text }, onlyRule(ruleId), context)
        .findings.filter((f) => f.ruleId === ruleId)
        .flatMap((f) => f.fixes.map((fix) => fix.title));
    assert.ok(!titles('- Sauna improves circulation, expels toxins and chemicals, reduces cellulite.\n', 'overclaim/toxin-claims').some((t) => t.includes('may expel')));
    assert.ok(!titles('This isn’t just another wellness trend. It is a tool.\n', 'overclaim/hype-framing').some((t) => t.startsWith('Rewrite')));
    assert.ok(!titles('Epsom baths, which studies have shown to have many benefits, are cheap.\n', 'overclaim/studies-show').some((t) => t.includes('may study')));
    // In a title a plural noun before a preposition is a noun: "Powerhouses Of Nutrition" has no verb "powerhouse".
    assert.ok(!titles('## Seeds Are Powerhouses Of Nutrition\n', 'overclaim/hype-adjectives').some((t) => t.includes('May Powerhouse')));
  });

  it('removes only the last coordinated clause when the claim is in it', () => {
    assert.equal(apply('It is painless for most people, and the health benefits are miraculous.\r\n', 'overclaim/miracle-claims', 'Remove this claim'), 'It is painless for most people.\r\n');
    // The last item of a list is no clause of its own.
    assert.equal(apply('Rest first. It works faster, better, and like a miracle.\n', 'overclaim/miracle-claims', 'Remove this claim'), 'Rest first.\n');
    // An introductory phrase's comma opens the sentence; it does not make a list.
    assert.equal(
      apply('In a sense, drinking clay helps digestion, and this is done in an all-natural way.\n', 'overclaim/natural-so-safe', 'Remove this claim'),
      'In a sense, drinking clay helps digestion.\n',
    );
  });

  it('still removes a claim when a new paragraph only shares its topic', () => {
    // The claim did not open its paragraph, so "The symptoms of iron deficiency" starts afresh.
    const text = 'Iron matters. Iron is a miracle mineral.\n\nThe symptoms of iron deficiency overlap with overtraining.\n';
    assert.equal(apply(text, 'overclaim/miracle-claims', 'Remove this claim'), 'Iron matters.\n\nThe symptoms of iron deficiency overlap with overtraining.\n');
  });

  it('removes a promotional or loaded adjective before its noun, not the sentence around it', () => {
    assert.equal(apply('- This wonderful therapy involves no drugs.\n', 'overclaim/hype-adjectives', 'Remove `wonderful`'), '- This therapy involves no drugs.\n');
    assert.equal(apply('It is an amazing remedy.\r\n', 'overclaim/hype-adjectives', 'Remove `amazing`'), 'It is a remedy.\r\n');
    assert.equal(apply('🏃 Black seed is a particularly powerful remedy.\n', 'overclaim/hype-adjectives', 'Remove `particularly powerful`'), '🏃 Black seed is a remedy.\n');
    // In a predicate that would leave only what the thing already is ("truly a food"), the adjective stays.
    const titles = (text: string, ruleId: string): string[] => lint({ path: 'a.md', text }, onlyRule(ruleId), context).findings.flatMap((f) => f.fixes.map((fix) => fix.title));
    assert.ok(!titles('Raw milk makes it truly a healing food!\n', 'overclaim/cure-claims').includes('Remove `healing`'));
    assert.ok(!titles('Black seed is a particularly powerful seed.\n', 'overclaim/hype-adjectives').some((t) => t.startsWith('Remove `')));
    assert.equal(
      apply('There is no cure. Toxic drugs, like Lyrica, are the usual treatment.\n', 'overclaim/discourages-treatment', 'Remove `Toxic`'),
      'There is no cure. Drugs, like Lyrica, are the usual treatment.\n',
    );
    const finding = lint({ path: 'a.md', text: 'Try this wonderful therapy today.\n' }, onlyRule('overclaim/hype-adjectives'), context).findings[0]!;
    assert.ok(finding.fixes.every((fix) => fix.title !== 'Remove this claim'));
    // Without a noun after it the adjective is the predicate, and goes only with its sentence.
    const predicate = lint({ path: 'a.md', text: 'Rest first. The results were amazing.\n' }, onlyRule('overclaim/hype-adjectives'), context).findings[0]!;
    assert.deepEqual(
      predicate.fixes.filter((fix) => fix.title.startsWith('Remove')).map((fix) => fix.title),
      ['Remove this claim'],
    );
  });

  it('never removes a heading or a table cell', () => {
    for (const text of ['# The miracle spice\n', '| Spice | Note |\n|---|---|\n| Turmeric | a miracle spice |\n']) {
      const findings = lint({ path: 'a.md', text }, onlyRule('overclaim/miracle-claims'), context).findings;
      assert.equal(findings.length, 1, text);
      assert.ok(
        findings[0]!.fixes.every((fix) => fix.title !== 'Remove this claim'),
        text,
      );
    }
  });

  it('offers no rewrite inside the title of a work named in a sentence', () => {
    const text = 'I share it all in Medical Medium Celery Juice: The Most Powerful Medicine of Our Time Healing Millions Worldwide, out now.\n';
    const finding = lint({ path: 'a.md', text }, onlyRule('overclaim/hype-adjectives'), context).findings.find((f) => f.ruleId === 'overclaim/hype-adjectives');
    assert.ok(finding, 'the hype in the title is still flagged');
    assert.deepEqual(
      finding.fixes.filter((fix) => fix.kind !== 'cite').map((fix) => fix.title),
      [],
    );
  });

  it('never removes a claim that gives a reason for advice, answers a question or names what a relative clause describes', () => {
    const reason = 'However, because halotherapy has a detoxifying effect by releasing toxins from the body, people taking medication might want to wait. Ask your doctor first.\n';
    assert.equal(removalOffered(reason, 'overclaim/toxin-claims'), false);
    const answer = 'What results can patients expect? Many patients who have asthma have seen some amazing results in a short period of time.\n';
    assert.equal(removalOffered(answer, 'overclaim/hype-adjectives'), false);
    const described = 'Castor oil is a wonder oil that comes from the seeds of the castor plant. People rub it on sore joints.\n';
    assert.equal(removalOffered(described, 'overclaim/miracle-claims'), false);
  });

  it('removes a hype adjective with the degree word before it, and an adverb with the conjunction that pairs it', () => {
    assert.equal(
      apply('You know about the near miraculous results reported in five days.\n', 'overclaim/miracle-claims', 'Remove `near miraculous`'),
      'You know about the results reported in five days.\n',
    );
    assert.equal(
      apply('They want to stop for themselves, clearly and unambiguously.\r\n', 'overclaim/booster-adverbs', 'Remove `clearly and`'),
      'They want to stop for themselves, unambiguously.\r\n',
    );
  });

  it('never hedges a claim the sentence reports as proven, and keeps a gerund subject’s adverb with it', () => {
    const proven = fixTitles('Scientific studies have proven that castor oil packs can boost your immune system.\n', 'overclaim/immune-boosting');
    assert.equal(
      proven.some((title) => title.startsWith('Rewrite for low certainty')),
      false,
    );
    assert.equal(
      apply('Drinking water from a copper vessel regularly removes toxic substances from the body.\n', 'overclaim/toxin-claims', 'Rewrite for low certainty'),
      'Drinking water from a copper vessel regularly may remove toxic substances from the body.\n',
    );
  });

  it('never removes an absolute whose word is absolute in itself', () => {
    assert.equal(fixTitles('The treatment is completely risk-free for everyone.\n', 'overclaim/absolute-safety').includes('Remove `completely`'), false);
  });

  it('never keeps the flagged word in its hedge, nor removes a word that carries a complement', () => {
    assert.equal(
      fixTitles('Your immune system is instantly relieved by the sheets.\n', 'overclaim/quick-results').some((title) => title.startsWith('Rewrite for low certainty')),
      false,
    );
    assert.equal(fixTitles('Chlorophyll has benefits that are guaranteed to win you over.\n', 'overclaim/guaranteed-results').includes('Remove `guaranteed`'), false);
  });
});
