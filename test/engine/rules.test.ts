/**
 * Rule-pack self-tests: every shipped rule file is schema-valid, has a unique id,
 * and its own flagged/clean/fixed examples hold.
 */
import assert from 'node:assert/strict';
import { testRuleExamples } from '../../server/src/engine/index';
import { builtinRules } from '../helpers/rules';

describe('built-in rule packs', () => {
  const { loaded } = builtinRules();

  it('load without problems', () => {
    assert.deepEqual(
      loaded.problems.map((p) => `${p.path}: ${p.message}`),
      [],
    );
  });

  it('ship at least 25 overclaim rules', () => {
    assert.ok(loaded.rules.filter((r) => r.definition.pack === 'overclaim').length >= 25);
  });

  it('give every rule a unique id', () => {
    const ids = loaded.rules.map((r) => r.definition.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const rule of loaded.rules) {
    describe(rule.definition.id, () => {
      for (const result of testRuleExamples(rule)) {
        it(`${result.kind === 'flagged' ? 'flags' : 'leaves alone'} ${result.kind} example ${result.index + 1}: ${result.example}`, () => {
          assert.deepEqual(result.failures, []);
        });
      }
    });
  }
});
