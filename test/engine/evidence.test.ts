/**
 * Claim-vs-evidence: the hover explains the claim's strength, the cited evidence
 * and the GRADE row; product mode never offers a hedge for a disease claim.
 */
import assert from 'node:assert/strict';
import { hoverMarkdown, lint, loadBibliography, type LintContext } from '../../server/src/engine/index';
import { analyzeStrength } from '../../server/src/engine/claims/strength';
import { builtinRules, onlyRule } from '../helpers/rules';

const bibliography = loadBibliography([
  {
    path: 'refs.json',
    text: JSON.stringify([
      { id: 'rct2022', type: 'article-journal', title: 'Exercise for back pain: a randomised controlled trial' },
      { id: 'cohort2020', type: 'article-journal', title: 'Coffee intake and dementia: a prospective cohort study' },
    ]),
  },
]);
const context: LintContext = { bibliography, citationScope: 'sentence' };

describe('claims against their evidence', () => {
  it('explain the strength, the evidence and the GRADE row on hover', () => {
    const [finding] = lint({ path: 'a.md', text: 'Exercise reduces back pain [@rct2022].\n' }, onlyRule('evidence/certainty-mismatch'), context).findings;
    const hover = hoverMarkdown([finding!], () => undefined);
    assert.match(hover, /\*\*Claim strength:\*\* direct causal \(“reduces”\)/);
    assert.match(hover, /\*\*Cited evidence:\*\* rct2022: randomized controlled trial, level 2 \(inferred\)/);
    assert.match(hover, /\*\*GRADE row that applies:\*\* moderate certainty: "X probably reduces Y"/);
    assert.match(hover, /\*Source:\* \[Santesso N et al\. GRADE guidelines 26/);
  });

  it('never suggest a hedge for a disease claim in product mode', () => {
    const { config } = builtinRules();
    const text = '---\nmode: product\n---\n\nOur capsules cure arthritis and prevent dementia. Massage resets the muscle [@cohort2020].\n';
    const findings = lint({ path: 'p.md', text }, config, context).findings;
    assert.ok(findings.length >= 3);
    for (const finding of findings) {
      for (const fix of finding.fixes) {
        assert.notEqual(fix.kind, 'hedge', `${finding.ruleId}: ${fix.title}`);
        assert.doesNotMatch(fix.edits.map((e) => e.newText).join(' '), /\b(?:may|might|probably|can) help\b|\bmay\b/i, `${finding.ruleId}: ${fix.title}`);
      }
    }
    const cure = findings.find((f) => f.ruleId === 'overclaim/cure-claims')!;
    assert.equal(cure.severity, 'error');
    assert.deepEqual(
      cure.fixes.map((f) => f.title),
      ['Remove this claim'],
    );
  });
});

describe('claim strength', () => {
  it('classifies the four Yu et al. categories and finds subject and outcome', () => {
    const cases: Array<[string, string, string | undefined, string | undefined]> = [
      ['Dry needling clearly reduces knee pain in runners.', 'direct', 'Dry needling', 'knee pain'],
      ['Stretching can prevent injuries.', 'direct', 'Stretching', 'injuries'],
      ['Coffee is associated with a lower risk of dementia.', 'correlational', 'Coffee', 'a lower risk of dementia'],
      ['Coffee drinking is linked to longer life.', 'correlational', 'Coffee drinking', 'longer life'],
      ['Exercise may improve sleep quality.', 'conditional', 'Exercise', 'sleep quality'],
      ['Vitamin D appears to reduce falls.', 'conditional', 'Vitamin D', 'falls'],
      ['Further research is needed to confirm these findings.', 'none', undefined, undefined],
      ['The trial enrolled 120 runners.', 'none', undefined, undefined],
    ];
    for (const [sentence, strength, subject, outcome] of cases) {
      const analysis = analyzeStrength(sentence);
      assert.equal(analysis.strength, strength, sentence);
      assert.equal(analysis.subject, subject, sentence);
      assert.equal(analysis.outcome, outcome, sentence);
    }
  });
});
