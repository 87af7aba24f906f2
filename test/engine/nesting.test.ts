/**
 * Deep nesting: lines nested past MAX_NESTING are left out of the parse (same offsets) and reported once, at their
 * position, and the rest of the document is still checked.
 */
import assert from 'node:assert/strict';
import { EMPTY_BIBLIOGRAPHY, lint, type LintContext } from '../../server/src/engine/index';
import { MAX_NESTING, maskDeepNesting } from '../../server/src/engine/markdown/nesting';
import { builtinRules } from '../helpers/rules';

const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };
const CLAIM = 'cures arthritis.';

function nestedList(depth: number, eol = '\n'): string {
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i} ${CLAIM}`).join(eol) + eol;
}

function nestedQuote(depth: number, eol = '\n'): string {
  return Array.from({ length: depth }, (_, i) => `${'>'.repeat(i + 1)} quote ${i} ${CLAIM}`).join(eol) + eol;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

describe('deep nesting', () => {
  it('leaves documents that nest like real ones as they are', () => {
    const text = `# Title\n\n${nestedList(MAX_NESTING)}\n${nestedQuote(MAX_NESTING)}`;
    assert.deepEqual(maskDeepNesting(text), { text });
  });

  it('blanks only the lines past the limit, keeping every offset and line ending', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = `Intro 🙂 ${CLAIM}${eol}${eol}${nestedList(MAX_NESTING + 8, eol)}${eol}After the list, turmeric ${CLAIM}${eol}`;
      const masked = maskDeepNesting(text);
      assert.equal(masked.text.length, text.length);
      assert.deepEqual(
        [...masked.text.matchAll(/\r?\n/g)].map((m) => [m.index, m[0]]),
        [...text.matchAll(/\r?\n/g)].map((m) => [m.index, m[0]]),
      );
      assert.equal(masked.skipped?.lines, 8);
      assert.equal(lineOf(text, masked.skipped!.start), 3 + MAX_NESTING);
      assert.ok(!masked.text.includes(`item ${MAX_NESTING} `), 'the first line past the limit is blanked');
      assert.ok(masked.text.includes(`item ${MAX_NESTING - 1} `), 'the last line within the limit is kept');
    }
  });

  for (const [name, build] of [
    ['list', nestedList],
    ['block quote', nestedQuote],
  ] as const)
    it(`reports a ${name} nested 1,000 deep once, where it passes the limit, and checks the rest`, () => {
      const text = `Turmeric ${CLAIM}\n\n${build(1000)}\nAfter it, ginger ${CLAIM}\n`;
      const findings = lint({ path: 'deep.md', text }, builtinRules().config, context).findings;
      const notChecked = findings.filter((finding) => finding.ruleId === 'claimlint/not-checked');
      assert.equal(notChecked.length, 1);
      assert.equal(lineOf(text, notChecked[0]!.range.start), 3 + MAX_NESTING);
      assert.match(notChecked[0]!.message, /these 968 lines are nested more than 32/);
      const cures = findings.filter((finding) => finding.text === 'cures').map((finding) => lineOf(text, finding.range.start));
      assert.ok(cures.includes(1) && cures.includes(text.split('\n').length - 1), `first and last paragraphs checked: ${cures.join(', ')}`);
      assert.ok(!cures.some((line) => line >= 3 + MAX_NESTING && line < 3 + 1000), 'deep lines not checked');
      // Block quotes are quoted speech, which overclaim rules leave alone; list items are the writer's own.
      if (name === 'list') assert.ok(cures.includes(3) && cures.includes(2 + MAX_NESTING), 'shallow lines checked');
    });
});
