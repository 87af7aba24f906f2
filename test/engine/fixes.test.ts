/**
 * Replacement and removal fixes: applied to the text and compared whole.
 */
import assert from 'node:assert/strict';
import { hedgeInCase, inTitle, inWorkTitle, matchCase, replacementFixes } from '../../server/src/engine/fixes';
import { applyEdits } from '../helpers/rules';

/** Applies the first fix for `words` in `text` (replacing it with `replacement`). */
function checkFix(text: string, words: string, replacement: string, expected: string): void {
  const start = text.indexOf(words);
  const [fix] = replacementFixes(text, { start, end: start + words.length }, words, [replacement]);
  assert.ok(fix, 'a fix is offered');
  assert.equal(fix.isPreferred, true);
  assert.equal(applyEdits(text, fix.edits), expected);
}

describe('fixes', () => {
  it('gives a past form its participle after a perfect auxiliary, and a subject its verb after "This"', () => {
    checkFix('Practitioners have proved how well it works.', 'proved', 'showed', 'Practitioners have shown how well it works.');
    checkFix('The trial proved how well it works.', 'proved', 'showed', 'The trial showed how well it works.');
    checkFix('This isn’t just another trend.', 'isn’t just another', 'may be more than another', 'This may be more than another trend.');
  });

  it('removes a booster with the space or comma that would dangle', () => {
    checkFix('It clearly works.', 'clearly', '', 'It works.');
    checkFix('It works clearly.', 'clearly', '', 'It works.');
    checkFix('Clearly, it works.', 'Clearly', '', 'It works.');
    checkFix('Stretching works, without a doubt.', 'without a doubt', '', 'Stretching works.');
    checkFix('This is, clearly, the best option.', 'clearly', '', 'This is the best option.');
  });

  it('removes emphasis that wraps exactly the removed words', () => {
    checkFix('**Clearly**, it works.', 'Clearly', '', 'It works.');
    checkFix('It *definitely* helps.', 'definitely', '', 'It helps.');
  });

  it('keeps the capitalisation of the replaced words', () => {
    checkFix('Clinically proven relief.', 'Clinically proven', 'clinically tested', 'Clinically tested relief.');
    checkFix('CLINICALLY PROVEN relief.', 'CLINICALLY PROVEN', 'clinically tested', 'CLINICALLY TESTED relief.');
    assert.equal(matchCase('cures', 'may help'), 'may help');
  });

  it('offers no content fix when markup runs through the words', () => {
    const text = 'It is clinically **proven** to work.';
    const start = text.indexOf('clinically');
    assert.deepEqual(replacementFixes(text, { start, end: text.indexOf(' to work') }, 'clinically proven', ['clinically tested']), []);
  });

  it('offers no verb phrase in place of a noun after a determiner', () => {
    const text = 'Many prefer these PCOS cures.';
    const start = text.indexOf('cures');
    assert.deepEqual(replacementFixes(text, { start, end: start + 5 }, 'cures', ['may help relieve']), []);
    assert.equal(replacementFixes('Turmeric cures gout.', { start: 9, end: 14 }, 'cures', ['may help relieve']).length, 1);
  });

  it('titles say exactly what happens, and only the first fix is preferred', () => {
    const fixes = replacementFixes('It resets the muscle.', { start: 3, end: 9 }, 'resets', ['may help relax', 'is thought to relax']);
    assert.deepEqual(
      fixes.map((fix) => [fix.title, fix.isPreferred === true]),
      [
        ['Replace `resets` with `may help relax`', true],
        ['Replace `resets` with `is thought to relax`', false],
      ],
    );
  });

  it('reads a title that keeps its short prepositions lower-case, and titles the hedge in it', () => {
    const heading = 'Sleeping with Weighted Blankets Helps with Insomnia and Anxiety';
    const at = heading.indexOf('Helps with');
    assert.equal(inTitle(heading, { start: at, end: at + 'Helps with'.length }), true);
    assert.equal(hedgeInCase('Helps', 'may help', true), 'May Help');
  });

  it('knows the title of a work named inside a sentence, and not a sentence’s capitalised opening', () => {
    const text = 'I share it in Medical Medium Celery Juice: The Most Powerful Medicine of Our Time Healing Millions Worldwide, out now.';
    const at = text.indexOf('Most Powerful');
    assert.equal(inWorkTitle(text, { start: at, end: at + 'Most Powerful'.length }), true);
    const plain = 'Celery juice is the most powerful medicine of our time.';
    const p = plain.indexOf('most powerful');
    assert.equal(inWorkTitle(plain, { start: p, end: p + 'most powerful'.length }), false);
    const opening = 'Most Powerful Results Come From Daily Practice, says the brochure.';
    assert.equal(inWorkTitle(opening, { start: 0, end: 'Most Powerful'.length }), false);
  });
});
