/**
 * Rule-pack self-tests: every shipped rule file is schema-valid, has a unique id,
 * and its own flagged/clean/fixed examples hold.
 */
import assert from 'node:assert/strict';
import { EMPTY_BIBLIOGRAPHY, lint, loadBibliography, type LintContext, type RuleDefinition } from '../../server/src/engine/index';
import { applyEdits, builtinRules, onlyRule } from '../helpers/rules';

describe('built-in rule packs', () => {
  const { loaded } = builtinRules();

  it('load without problems', () => {
    assert.deepEqual(loaded.problems.map((p) => `${p.path}: ${p.message}`), []);
  });

  it('ship at least 25 overclaim rules', () => {
    assert.ok(loaded.rules.filter((r) => r.definition.pack === 'overclaim').length >= 25);
  });

  it('give every rule a unique id', () => {
    const ids = loaded.rules.map((r) => r.definition.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const { definition } of loaded.rules) {
    describe(definition.id, () => {
      const config = onlyRule(definition.id);
      const context = exampleContext(definition);
      definition.examples.flagged.forEach((example, index) => {
        it(`flags example ${index + 1}: ${example}`, () => {
          const expected = [...example.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]);
          const text = example.replace(/\{\{(.+?)\}\}/g, '$1');
          const findings = lint({ path: 'example.md', text }, config, context).findings;
          assert.deepEqual(findings.map((f) => f.text), expected);
          const fixed = definition.examples.fixed?.[index];
          if (fixed !== undefined) {
            const preferred = findings.map((f) => f.fixes.find((fix) => fix.isPreferred)).filter((fix) => fix !== undefined);
            assert.equal(preferred.length, findings.length, 'every flagged match offers a preferred fix');
            const result = applyEdits(text, preferred.flatMap((fix) => fix.edits));
            assert.equal(result, fixed);
            assert.deepEqual(lint({ path: 'fixed.md', text: result }, config, context).findings.map((f) => f.text), [], 'the fixed text is clean');
          }
        });
      });
      definition.examples.clean.forEach((example, index) => {
        it(`leaves clean example ${index + 1} alone: ${example}`, () => {
          const findings = lint({ path: 'example.md', text: example }, config, context).findings;
          assert.deepEqual(findings.map((f) => f.text), []);
        });
      });
    });
  }
});

/** The examples' own bibliography (CSL items in the rule file), if any. */
function exampleContext(definition: RuleDefinition): LintContext {
  const items = definition.examples.bibliography;
  if (!items) return { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'sentence' };
  return { bibliography: loadBibliography([{ path: `${definition.id}.json`, text: JSON.stringify(items) }]), citationScope: 'sentence' };
}
