/**
 * Property test: any text, including random Markdown, goes through `lint` and
 * `analyze` without throwing, and every range and fix edit lies inside the text.
 *
 * `lint` never throws even when a check does: it reports the crash as a
 * `claimlint/check-failed` finding (or, if lint itself fails, a problem). So the
 * property also asserts that no such finding or problem appears, and a last test
 * makes sure a crashing check is seen.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, lint, type LintResult, type ResolvedConfig } from '../../server/src/engine/index';
import { builtinRules } from '../helpers/rules';

const PIECES = [
  '# ',
  '## ',
  '- ',
  '1. ',
  '> ',
  '```\n',
  '`',
  '**',
  '*',
  '_',
  '[',
  '](http://x.y)',
  '[@smith2020]',
  '[^1]',
  '[^1]: ',
  '|',
  '| --- |',
  '---\n',
  '<!-- claimlint-disable -->',
  '<!-- claimlint-disable-next-line overclaim/cure-claims -->',
  '<!--',
  '-->',
  '$$',
  '$',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '  ',
  '\t',
  'cures',
  'Cures',
  'resets',
  'mechanically',
  'the single most effective',
  'no side effects',
  'clinically proven',
  'never',
  'always',
  'works',
  '100%',
  'in just 3 days',
  'not',
  'no',
  'If',
  '?',
  '.',
  ',',
  '"',
  '“',
  '”',
  'e.g.',
  'Dr.',
  '2.5 mg',
  '😀',
  '👩‍⚕️',
  '鍼治療',
  'é',
  '\u0301',
  '\uFFFC',
  '\u0000',
  '\\',
  '&amp;',
  '&#x2014;',
  'https://example.com',
  'www.x.org',
];

/** Front matter that turns on the checks of other audiences and modes (readability, product copy). */
const PROFILES = ['', '---\naudience: patient\n---\n\n', '---\nmode: product\n---\n\n', '---\naudience: patient\nmode: product\n---\n'];

const CHECK_FAILED = 'claimlint/check-failed';

/** Fails when a check crashed (a check-failed finding) or lint reported an internal failure. */
function assertNothingCrashed(result: LintResult): void {
  assert.deepEqual(
    result.findings.filter((finding) => finding.ruleId === CHECK_FAILED).map((finding) => finding.message),
    [],
    'a check crashed',
  );
  assert.deepEqual(
    result.problems.filter((problem) => problem.message.includes(CHECK_FAILED) || problem.message.startsWith('internal') || problem.message.includes('failed')),
    [],
  );
}

describe('lint on arbitrary input', () => {
  const { config } = builtinRules();

  function assertInBounds(text: string): void {
    const result = lint({ path: 'random.md', text }, config);
    assertNothingCrashed(result);
    for (const finding of result.findings) {
      assert.ok(0 <= finding.range.start && finding.range.start <= finding.range.end && finding.range.end <= text.length);
      for (const fix of [...finding.fixes, ...finding.suppressions])
        for (const edit of fix.edits) assert.ok(0 <= edit.range.start && edit.range.start <= edit.range.end && edit.range.end <= text.length);
    }
    for (const sentence of analyze(text)) assert.ok(sentence.range.start >= 0 && sentence.range.end <= text.length);
  }

  it('never throws and keeps every range in bounds on Markdown-like text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROFILES), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (profile, pieces) => assertInBounds(profile + pieces.join(''))),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => assertInBounds(text)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => assertInBounds(text)),
      { numRuns: 200 },
    );
  });

  it('sees a crashing check, which lint reports instead of throwing', () => {
    // overclaim/cure-claims with a check whose every method throws.
    const crashing: ResolvedConfig = {
      ...config,
      rules: config.rules.map((active) => {
        if (active.rule.definition.id !== 'overclaim/cure-claims') return active;
        const check = new Proxy(active.rule.check, {
          get: (target, key, receiver) => {
            const value: unknown = Reflect.get(target, key, receiver);
            return typeof value === 'function'
              ? () => {
                  throw new Error('sabotaged');
                }
              : value;
          },
        });
        return { ...active, rule: { ...active.rule, check } };
      }),
    };
    const result = lint({ path: 'crash.md', text: 'Turmeric cures arthritis.\n' }, crashing);
    assert.throws(() => assertNothingCrashed(result), /a check crashed[\s\S]*overclaim\/cure-claims[\s\S]*sabotaged/);
    assertNothingCrashed(lint({ path: 'crash.md', text: 'Turmeric cures arthritis.\n' }, config));
  });
});
