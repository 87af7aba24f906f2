/**
 * Property test: any text, including random Markdown, goes through `lint` and
 * `analyze` without throwing, and every range and fix edit lies inside the text.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, lint } from '../../server/src/engine/index';
import { builtinRules } from '../helpers/rules';

const PIECES = [
  '# ', '## ', '- ', '1. ', '> ', '```\n', '`', '**', '*', '_', '[', '](http://x.y)', '[@smith2020]', '[^1]', '[^1]: ', '|', '| --- |',
  '---\n', '<!-- claimlint-disable -->', '<!-- claimlint-disable-next-line overclaim/cure-claims -->', '<!--', '-->', '$$', '$',
  '\n', '\r\n', '\r', '\n\n', '  ', '\t', 'cures', 'Cures', 'resets', 'mechanically', 'the single most effective', 'no side effects',
  'clinically proven', 'never', 'always', 'works', '100%', 'in just 3 days', 'not', 'no', 'If', '?', '.', ',', '"', '“', '”',
  'e.g.', 'Dr.', '2.5 mg', '😀', '👩‍⚕️', '鍼治療', 'é', '\u0301', '\uFFFC', '\u0000', '\\', '&amp;', '&#x2014;', 'https://example.com', 'www.x.org',
];

describe('lint on arbitrary input', () => {
  const { config } = builtinRules();

  function assertInBounds(text: string): void {
    const result = lint({ path: 'random.md', text }, config);
    for (const finding of result.findings) {
      assert.ok(0 <= finding.range.start && finding.range.start <= finding.range.end && finding.range.end <= text.length);
      for (const fix of [...finding.fixes, ...finding.suppressions])
        for (const edit of fix.edits) assert.ok(0 <= edit.range.start && edit.range.start <= edit.range.end && edit.range.end <= text.length);
    }
    assert.deepEqual(result.problems.filter((p) => p.message.startsWith('internal') || p.message.includes('failed')), []);
    for (const sentence of analyze(text)) assert.ok(sentence.range.start >= 0 && sentence.range.end <= text.length);
  }

  it('never throws and keeps every range in bounds on Markdown-like text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => assertInBounds(pieces.join(''))),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => assertInBounds(text)), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertInBounds(text)), { numRuns: 200 });
  });
});
