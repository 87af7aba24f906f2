/**
 * The reviewer decision ledger in the engine: fingerprints survive moving a
 * sentence and lapse when its words change; accepted findings hide or become
 * hints; the ledger edits keep the file readable.
 */
import assert from 'node:assert/strict';
import { addDecision, applyDecisions, decisionFor, findingSentence, hoverMarkdown, lint, readDecisions, removeDecisions, sentenceFingerprint, type Decision } from '../../server/src/engine/index';
import { builtinRules } from '../helpers/rules';

const builtinConfig = () => builtinRules().config;

const CLAIM = 'This tea cures colds, as the regulator put it.';

function acceptedIn(text: string, rule = 'overclaim/cure-claims'): Decision {
  const finding = lint({ path: 'a.md', text }, builtinConfig()).findings.find((candidate) => candidate.ruleId === rule)!;
  return { rule, document: 'a.md', fingerprint: sentenceFingerprint(findingSentence(text, finding)), reviewer: 'Dr Ada Obi', date: '2026-11-21', reason: 'quoting the regulator' };
}

function ruleIds(text: string, decisions: Decision[], display: 'hide' | 'hint' = 'hide'): string[] {
  const findings = lint({ path: 'a.md', text }, builtinConfig()).findings;
  return applyDecisions(findings, text, 'a.md', decisions, display).findings.map((finding) => `${finding.ruleId} ${finding.severity}`);
}

describe('decision ledger', () => {
  const original = `# Tea\n\n${CLAIM}\n`;
  const decision = acceptedIn(original);

  it('hides the accepted finding and nothing else', () => {
    assert.ok(ruleIds(original, []).includes('overclaim/cure-claims warning'));
    assert.ok(!ruleIds(original, [decision]).includes('overclaim/cure-claims warning'));
    assert.deepEqual(ruleIds(original, [{ ...decision, document: 'b.md' }]), ruleIds(original, []), 'another document is not affected');
  });

  it('says which findings it hid and the decision that accepted each (shown as hints, none are hidden)', () => {
    const findings = lint({ path: 'a.md', text: original }, builtinConfig()).findings;
    const { hidden } = applyDecisions(findings, original, 'a.md', [decision], 'hide');
    assert.deepEqual(
      hidden.map(({ finding, decision: by }) => [finding.ruleId, finding.text, by.reason]),
      [['overclaim/cure-claims', 'cures', decision.reason]],
    );
    assert.deepEqual(applyDecisions(findings, original, 'a.md', [decision], 'hint').hidden, []);
  });

  it('survives moving the sentence, edits elsewhere, reflowing and emphasis, and lapses when its words change', () => {
    const moved = `# Tea\n\nAn intro paragraph was added above. 🍵 茶\n\n- list item\n\n${CLAIM.replace('tea cures', 'tea\r\n*cures*')}\n`;
    assert.ok(ruleIds(moved, []).includes('overclaim/cure-claims warning'), 'flagged without the decision');
    assert.ok(!ruleIds(moved, [decision]).some((id) => id.startsWith('overclaim/cure-claims')), 'moved and reflowed: still accepted');
    const changed = `# Tea\n\n${CLAIM.replace('colds', 'flu')}\n`;
    assert.ok(ruleIds(changed, [decision]).includes('overclaim/cure-claims warning'), 'different words: the decision lapses');
  });

  it('shows accepted findings as hints naming the reviewer when configured', () => {
    const findings = lint({ path: 'a.md', text: original }, builtinConfig()).findings;
    const [accepted] = applyDecisions(findings, original, 'a.md', [decision], 'hint').findings.filter((finding) => finding.ruleId === 'overclaim/cure-claims');
    assert.equal(accepted!.severity, 'hint');
    assert.match(accepted!.message, /\(accepted by Dr Ada Obi on 2026-11-21: quoting the regulator\)$/);
    assert.deepEqual(accepted!.fixes, []);
    const withSupport = applyDecisions(findings, original, 'a.md', [{ ...decision, reference: 'fda2023', locator: 'p. 4' }], 'hint').findings.find(
      (finding) => finding.ruleId === 'overclaim/cure-claims',
    )!;
    assert.match(
      hoverMarkdown([withSupport], () => undefined),
      /\*Accepted as reviewed\* by Dr Ada Obi on 2026-11-21: quoting the regulator\. Supported by `@fda2023`, p\. 4\./,
    );
  });

  it('writes a new ledger, appends to one and removes lapsed entries, keeping comments', () => {
    const created = addDecision('', { ...decision, reference: 'fda2023', locator: 'p. 4' })!;
    assert.match(created, /^# Reviewer decisions/);
    const read = readDecisions({ path: 'decisions.yaml', text: created });
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.decisions, [{ ...decision, reference: 'fda2023', locator: 'p. 4' }]);
    const withComment = created.replace('decisions:', '# keep this\ndecisions:');
    const appended = addDecision(withComment, { ...decision, rule: 'overclaim/miracle-claims' })!;
    assert.match(appended, /# keep this/);
    assert.deepEqual(
      readDecisions({ path: 'd.yaml', text: appended }).decisions.map((entry) => entry.rule),
      ['overclaim/cure-claims', 'overclaim/miracle-claims'],
    );
    const pruned = removeDecisions(appended, new Set([0]));
    assert.match(pruned, /# keep this/);
    assert.deepEqual(
      readDecisions({ path: 'd.yaml', text: pruned }).decisions.map((entry) => entry.rule),
      ['overclaim/miracle-claims'],
    );
  });

  it('builds an entry from a finding: the sentence on one line, its fingerprint, trimmed answers', () => {
    const text = `# Tea\n\nThis tea\r\ncures colds, as the regulator put it.\n`;
    const finding = lint({ path: 'a.md', text }, builtinConfig()).findings.find((candidate) => candidate.ruleId === 'overclaim/cure-claims')!;
    assert.deepEqual(decisionFor(text, finding, { document: 'a.md', reviewer: ' Dr Ada Obi ', reason: ' quoting ', date: '2026-11-21', reference: ' @fda2023', locator: ' ' }), {
      rule: 'overclaim/cure-claims',
      document: 'a.md',
      fingerprint: decision.fingerprint,
      sentence: 'This tea cures colds, as the regulator put it.',
      reviewer: 'Dr Ada Obi',
      date: '2026-11-21',
      reason: 'quoting',
      reference: 'fda2023',
    });
  });

  it('reports a broken ledger at its position', () => {
    const { decisions, problems } = readDecisions({
      path: 'd.yaml',
      text: 'version: 1\ndecisions:\n  - rule: overclaim/cure-claims\n    document: a.md\n    fingerprint: nothex\n    reviewer: A\n    date: 2026-11-21\n    reason: r\n',
    });
    assert.deepEqual(decisions, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.range!.start, 'version: 1\ndecisions:\n  - rule: overclaim/cure-claims\n    document: a.md\n    fingerprint: '.length);
    assert.match(problems[0]!.message, /^decision ledger: /);
  });
});
