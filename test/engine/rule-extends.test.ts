/**
 * Rules that extend another rule: a house pack adds and removes phrases of a
 * shared rule without forking it, replaces it when both are enabled, keeps its
 * self-tests running, and gets a precise error for every mistake.
 */
import assert from 'node:assert/strict';
import { applyDecisions, extendedRuleIds, lint, loadRules, resolveConfig, sentenceFingerprint, testRuleExamples, type PackFile, type Problem } from '../../server/src/engine/index';

const SHARED_MANIFEST: PackFile = { path: '/p/shared/pack.yaml', relativePath: 'shared/pack.yaml', text: 'name: shared\nversion: 1.0.0\ndescription: Shared pack.\n' };
const HOUSE_MANIFEST: PackFile = { path: '/p/house/pack.yaml', relativePath: 'house/pack.yaml', text: 'name: house\nversion: 1.0.0\ndescription: House pack.\n' };
const BASE: PackFile = {
  path: '/p/shared/wonder.yaml',
  relativePath: 'shared/wonder.yaml',
  text: `check: phrase
severity: warning
message: "\`{text}\` oversells; describe the effect instead"
rationale: Test rules exist so the loader can be tested.
source: { citation: Test source, url: "https://example.org/test" }
phrases: [wonder cure, miracle, breakthrough]
examples: { flagged: ["A {{wonder cure}}."], clean: ["A cure."] }
`,
};

function house(text: string): PackFile {
  return { path: '/p/house/wonder.yaml', relativePath: 'house/wonder.yaml', text };
}

function located(problems: Problem[], file: PackFile): string[] {
  return problems.map((problem) => {
    const before = file.text.slice(0, problem.range?.start ?? 0).split('\n');
    return `${before.length}:${before.at(-1)!.length + 1} ${problem.message}`;
  });
}

describe('rules extending rules', () => {
  const extending = house(`extends: shared/wonder
severity: error
phrases-: [breakthrough]
phrases+: [game changer]
examples: { flagged: ["A {{game changer}} and a {{miracle}}."], clean: ["A breakthrough in imaging."] }
`);

  it('merges the base rule with added and removed phrases, and replaces it when both run', () => {
    const loaded = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, extending]);
    assert.deepEqual(loaded.problems, []);
    const rule = loaded.rules.find((candidate) => candidate.definition.id === 'house/wonder')!;
    assert.deepEqual(rule.definition.phrases, ['wonder cure', 'miracle', 'game changer']);
    assert.equal(rule.definition.message, '`{text}` oversells; describe the effect instead', 'inherited');
    assert.equal(rule.definition.severity, 'error', 'overridden');
    const { config } = resolveConfig(loaded);
    const findings = lint({ path: 'a.md', text: 'A breakthrough, a game changer and a wonder cure.\n' }, config).findings;
    assert.deepEqual(
      findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.text}`),
      ['house/wonder error game changer', 'house/wonder error wonder cure'],
    );
    assert.ok(
      testRuleExamples(rule).every((result) => result.failures.length === 0),
      JSON.stringify(testRuleExamples(rule)),
    );
  });

  it('keeps the base rule where the extending rule does not run (its `when`)', () => {
    const patientOnly = house(
      `extends: shared/wonder\nwhen: { audience: patient }\nexamples: { flagged: ["---\\naudience: patient\\n---\\n\\nA {{miracle}}."], clean: ["---\\naudience: patient\\n---\\n\\nA cure."] }\n`,
    );
    const loaded = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, patientOnly]);
    assert.deepEqual(loaded.problems, []);
    const { config } = resolveConfig(loaded);
    const ids = (text: string): string[] => lint({ path: 'a.md', text }, config).findings.map((finding) => finding.ruleId);
    assert.deepEqual(ids('A miracle.\n'), ['shared/wonder']);
    assert.deepEqual(ids('---\naudience: patient\n---\n\nA miracle.\n'), ['house/wonder']);
  });

  it('answers to the base rule id in directives and reviewer decisions', () => {
    const loaded = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, extending]);
    const { config } = resolveConfig(loaded);
    const text = '<!-- claimlint-disable-next-line shared/wonder -- quoting -->\nA miracle.\n\nA wonder cure, they said.\n';
    const result = lint({ path: 'a.md', text }, config);
    assert.deepEqual(
      result.findings.map((finding) => `${finding.ruleId} ${finding.text}`),
      ['house/wonder wonder cure'],
    );
    assert.deepEqual(result.unusedDirectives ?? [], [], 'the directive naming the base rule is used');
    const decision = { rule: 'shared/wonder', document: 'a.md', fingerprint: sentenceFingerprint('A wonder cure, they said.'), reviewer: 'R', date: '2026-11-21', reason: 'quoted' };
    assert.deepEqual(applyDecisions(result.findings, text, 'a.md', [decision], 'hide', extendedRuleIds(config)).findings, []);
  });

  it('runs the base rule alone when the extending pack is off', () => {
    const loaded = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, extending]);
    const { config } = resolveConfig(loaded, { path: '/p/.claimlint.yaml', text: 'packs: [shared]\n' });
    assert.deepEqual(
      config.rules.map((active) => active.rule.definition.id),
      ['shared/wonder'],
    );
  });

  it('reports a missing base, a chain, and removing a phrase the base does not have', () => {
    const missing = house('extends: shared/nothing\nphrases+: [x]\n');
    assert.deepEqual(located(loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, missing]).problems, missing), [
      '1:10 rule `house/wonder` extends `shared/nothing`, which is not loaded; enable its pack (or extend the package that has it)',
    ]);
    const wrong = house('extends: shared/wonder\nphrases-:\n  - miracles\n');
    assert.deepEqual(located(loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, wrong]).problems, wrong), [
      '3:5 rule `house/wonder`: `miracles` is not in the phrases of `shared/wonder` (`wonder cure`, `miracle`, `breakthrough`)',
    ]);
    const second: PackFile = { path: '/p/house/again.yaml', relativePath: 'house/again.yaml', text: 'extends: house/wonder\n' };
    const chained = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, extending, second]);
    assert.deepEqual(located(chained.problems, second), ['1:10 rule `house/again` extends `house/wonder`, which itself extends `shared/wonder`; extend `shared/wonder` directly']);
  });

  it('reports a broken pattern added with phrases+ and a merged rule that no longer validates', () => {
    const badPattern = house('extends: shared/wonder\nphrases+: ["(unclosed"]\n');
    const problems = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, badPattern]).problems;
    assert.equal(problems.length, 1);
    assert.match(located(problems, badPattern)[0]!, /^2:12 rule `house\/wonder`: pattern `\(unclosed` leaves a group open$/);
    const emptied = house('extends: shared/wonder\nphrases-: [wonder cure, miracle, breakthrough]\n');
    const emptiedProblems = loadRules([SHARED_MANIFEST, HOUSE_MANIFEST, BASE, emptied]).problems;
    assert.equal(emptiedProblems.length, 1, JSON.stringify(emptiedProblems));
    assert.match(emptiedProblems[0]!.message, /^rule `house\/wonder` \(merged with the rule it extends\): .*phrases/);
  });
});
