/**
 * The phrase pattern language (text/patterns.ts): words, groups, lemmas, numbers, shared-lexicon classes and `…`
 * gaps that stay within one clause. Matches are checked as the words they cover.
 */
import assert from 'node:assert/strict';
import { buildIndex, compilePattern, findMatches, MAX_GAP, PatternError } from '../../server/src/engine/text/patterns';
import { tokenize } from '../../server/src/engine/text/tokens';

/** The words each match of `pattern` covers in `text`. */
function matches(pattern: string, text: string): string[] {
  const tokens = tokenize(text);
  const index = buildIndex([{ sequences: compilePattern(pattern), tag: 0 }]);
  return findMatches(tokens, index).map((match) => text.slice(tokens[match.from]!.start, tokens[match.to - 1]!.end));
}

describe('phrase patterns', () => {
  it('match lemmas, groups and numbers', () => {
    assert.deepEqual(matches('{cure} (your|all) pain', 'It cured all pain and cures your pain.'), ['cured all pain', 'cures your pain']);
    assert.deepEqual(matches('{#} days', 'Relief in 3 days or seven days.'), ['3 days', 'seven days']);
  });

  it('match any form of a shared lexicon list with {@list}', () => {
    assert.deepEqual(matches('permanently {@effect-verbs}', 'It permanently reduces pain and permanently led to relief.'), ['permanently reduces', 'permanently led to']);
  });

  it('span up to MAX_GAP words with … inside one clause, and take the longest', () => {
    assert.deepEqual(matches('{@effect-verbs} … permanently', 'It clears acne and fades scars permanently.'), ['clears acne and fades scars permanently']);
    assert.deepEqual(matches('{@effect-verbs} … permanently', 'It clears acne, and the scars fade permanently.'), []);
    assert.deepEqual(matches('always … {stop}', 'It always quickly and gently stops the pain.'), ['always quickly and gently stops']);
    const tooFar = `It always ${'very '.repeat(MAX_GAP + 1)}stops the pain.`;
    assert.deepEqual(matches('always … {stop}', tooFar), []);
  });

  it('never let a gap cross a comma, semicolon, colon, bracket or dash', () => {
    for (const text of [
      'It always helps. Rest stops the pain.',
      'It always helps, but rest stops the pain.',
      'Always rest; it stops the pain.',
      'Always (as we said) stops it.',
      'Always rest — that stops it.',
    ])
      assert.deepEqual(matches('always … {stop}', text), [], text);
  });

  it('find the short match in one sentence when a longer one would run into the next', () => {
    assert.deepEqual(matches('reliably … {@effect-verbs}', 'It reliably prevents relapse. This serum clears acne.'), ['reliably prevents']);
  });

  it('reject malformed patterns with a clear message', () => {
    assert.throws(() => compilePattern('… cure'), PatternError);
    assert.throws(() => compilePattern('cure …'), /starts or ends with/);
    assert.throws(() => compilePattern('{@no-such-list} pain'), /names no list of the shared lexicon/);
  });
});

describe('pattern expansion bounds', () => {
  it('refuses a pattern that multiplies out to millions of alternatives', () => {
    const group = `(${Array.from({ length: 40 }, (_, i) => `w${i} x${i}`).join('|')})`;
    assert.throws(() => compilePattern(Array(6).fill(group).join(' ')), /pattern .* expands to more than 2000 alternatives/);
  });

  it('refuses a group too large on its own, at the group, before it is multiplied with anything', () => {
    const group = `(${Array.from({ length: 2100 }, (_, i) => `a${i} b${i}`).join('|')})`;
    assert.throws(() => compilePattern(`${group} x`), /group .* expands to more than 2000 alternatives/);
  });
});
