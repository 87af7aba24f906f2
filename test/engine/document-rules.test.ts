/**
 * The `document` pack beyond its own examples: where findings sit, the front matter its fixes write (created when
 * absent, in the document's line breaks), options, the profiles each rule runs for, and `--require-status`.
 */
import assert from 'node:assert/strict';
import { advanceReviewStatus, EMPTY_BIBLIOGRAPHY, lint, requiredStatusFinding, type LintContext, type ResolvedConfig } from '../../server/src/engine/index';
import { applyEdits, builtinRules, onlyRule } from '../helpers/rules';

const TODAY = '2026-06-01';
const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding', today: TODAY };

function run(text: string, config: ResolvedConfig, ctx: LintContext = context) {
  return lint({ path: 'doc.md', text }, config, ctx).findings.filter((finding) => finding.ruleId.startsWith('document/'));
}

function withOptions(ruleId: string, options: Record<string, unknown>): ResolvedConfig {
  const config = onlyRule(ruleId);
  return { ...config, rules: config.rules.map((active) => ({ ...active, options: { ...active.options, ...options } })) };
}

const preferred = (text: string, finding: { fixes: Array<{ isPreferred?: boolean; edits: Parameters<typeof applyEdits>[1] }> }): string =>
  applyEdits(text, finding.fixes.find((fix) => fix.isPreferred)!.edits);

describe('document rules', () => {
  it('run only for their profile: a default (professional, editorial) document gets none of them', () => {
    const { config } = builtinRules();
    const text = '# Iliotibial band syndrome\n\nFoam rolling may ease lateral knee pain [@smith2020].\n';
    assert.deepEqual(run(text, config), []);
    const patient = run(`---\naudience: patient\n---\n\n${text}`, config).map((finding) => finding.ruleId);
    assert.deepEqual(patient.sort(), ['document/missing-attribution', 'document/missing-date', 'document/missing-disclaimer']);
    const product = run(`---\nmode: product\n---\n\n${text}`, config).map((finding) => finding.ruleId);
    assert.deepEqual(product.sort(), ['document/not-approved', 'document/undisclosed-commercial-interest']);
  });

  it('sit on the first line of a document without front matter, past leading blank lines and emoji', () => {
    const text = '\n\n🦵 Knee pain  \r\n\r\nRest helps.\r\n';
    assert.deepEqual(run(text, onlyRule('document/editorial-policy')), [], 'off while no link is configured');
    const config = withOptions('document/editorial-policy', { link: 'example.org/policy' });
    const [policy] = run(text, config);
    assert.equal(policy?.text, '🦵 Knee pain');
    assert.deepEqual(
      policy!.suppressions.map((fix) => fix.title),
      ['Disable document/editorial-policy in this file'],
    );
    assert.equal(preferred(text, policy!), '\n\n🦵 Knee pain  \r\n\r\nRest helps.\r\n\r\n[Read our editorial policy](https://example.org/policy)\r\n');
  });

  it('create the front matter for missing keys, in CRLF, and fill a review block', () => {
    const config = onlyRule('document/missing-date');
    const patientConfig: ResolvedConfig = { ...config, audience: 'patient' };
    const text = '# Knee pain\r\n\r\nRest helps.\r\n';
    const [missing] = run(text, patientConfig);
    assert.equal(missing?.text, '# Knee pain');
    assert.equal(preferred(text, missing!), `---\r\nupdated: ${TODAY}\r\n---\r\n\r\n# Knee pain\r\n\r\nRest helps.\r\n`);

    const attribution = { ...onlyRule('document/missing-attribution'), audience: 'patient' as const };
    const reviewed = '---\nreview:\n  status: draft\nauthor: Sam Writer, RN\n---\n\nText.\n';
    const [finding] = run(reviewed, attribution);
    assert.equal(finding?.message, 'This patient page does not name its medical reviewer; say who wrote it, their qualifications and who checked it');
    assert.equal(finding?.text, 'author: Sam Writer, RN');
    assert.equal(preferred(reviewed, finding!), '---\nreview:\n  status: draft\n  reviewer: "<name, qualifications>"\nauthor: Sam Writer, RN\n---\n\nText.\n');
  });

  it('approval-incomplete adds what the approval lacks under the review block', () => {
    const text = '---\r\ntitle: Knee\r\nreview:\r\n  status: approved\r\n  reviewer: Dr A. Name, MD\r\n---\r\nText.\r\n';
    const [finding] = run(text, onlyRule('document/approval-incomplete'));
    assert.equal(finding?.message, 'This document is marked approved but does not record the date; add who approved it and when to the review block');
    assert.equal(preferred(text, finding!), `---\r\ntitle: Knee\r\nreview:\r\n  status: approved\r\n  reviewer: Dr A. Name, MD\r\n  date: ${TODAY}\r\n---\r\nText.\r\n`);
    // Flow style: no fix rather than broken YAML.
    const flow = '---\nreview: { status: approved }\n---\nText.\n';
    const [flowFinding] = run(flow, onlyRule('document/approval-incomplete'));
    assert.equal(flowFinding?.text, 'status: approved');
    assert.deepEqual(flowFinding?.fixes, []);
  });

  it('stale-date honours maxAgeYears and needs today', () => {
    const text = '---\nupdated: 2024-01-15\n---\n\nText.\n';
    assert.deepEqual(run(text, onlyRule('document/stale-date')), []);
    const [stale] = run(text, withOptions('document/stale-date', { maxAgeYears: 1 }));
    assert.equal(stale?.message, 'This page was last checked on 2024-01-15, more than 1 years ago; check it against current evidence and update the date');
    assert.deepEqual(
      stale!.fixes.map((fix) => [fix.title, fix.isPreferred, applyEdits(text, fix.edits)]),
      [[`Set \`updated:\` to ${TODAY} (after checking the whole page)`, undefined, `---\nupdated: ${TODAY}\n---\n\nText.\n`]],
    );
    assert.deepEqual(run(text, withOptions('document/stale-date', { maxAgeYears: 1 }), { ...context, today: undefined }), []);
    // "Reviewed by … on …" is a date too.
    const [byline] = run('Text.\n\nMedically reviewed by Dr A. Name, MD on 2 May 2019.\n', onlyRule('document/stale-date'));
    assert.equal(byline?.text, 'Medically reviewed by Dr A. Name, MD on 2 May 2019');
    // The latest of several dates counts.
    assert.deepEqual(run('---\nupdated: 2019-01-01\n---\n\nText.\n\nLast updated: 3 March 2026\n', onlyRule('document/stale-date')), []);
  });

  it('the disclaimer is found in the team text and by the team key; the fix inserts the team text', () => {
    const config = { ...withOptions('document/missing-disclaimer', { text: 'Our advice is general. Call 111 if you are worried.' }), audience: 'patient' as const };
    const text = '---\naudience: patient\n---\n\nRest helps.';
    const [finding] = run(text, config);
    assert.equal(preferred(text, finding!), '---\naudience: patient\n---\n\nRest helps.\n\nOur advice is general. Call 111 if you are worried.\n');
    assert.deepEqual(run('---\naudience: patient\ndisclaimer: false\n---\n\nRest helps.', config).length, 1);
    assert.deepEqual(run('```\nnot a substitute for medical advice\n```\n', config).length, 1, 'code is not prose');
  });
});

describe('--require-status', () => {
  it('flags a status below the required one, no status, and a lapsed approval', () => {
    assert.equal(requiredStatusFinding('---\nreview:\n  status: in-review\n---\n', 'approved')?.message, 'Review status is `in-review`; this build requires `approved`');
    assert.equal(requiredStatusFinding('---\nreview:\n  status: in-review\n---\n', 'submitted'), undefined);
    const none = requiredStatusFinding('# Title\n', 'submitted');
    assert.equal(none?.text, '# Title');
    assert.match(none!.message, /no review status/);
    const approved = '---\nreview:\n  status: approved\n  reviewer: Dr A\n  date: 2022-01-01\n---\n';
    assert.equal(requiredStatusFinding(approved, 'approved'), undefined, 'without today, dates do not lapse');
    assert.equal(
      requiredStatusFinding(approved, 'approved', { today: TODAY })?.message,
      'The approval lapsed: it was approved on 2022-01-01, more than 3 years ago; have the document reviewed and approved again',
    );
    assert.match(requiredStatusFinding(approved, 'approved', { changed: [{ start: 0, end: 1 }] })!.message, /1 sentence changed since it was approved/);
    assert.equal(requiredStatusFinding(approved, 'approved', { today: TODAY })?.text, 'status: approved');
  });
});

describe('advancing the review status', () => {
  const advance = (text: string, options: { reviewer?: string; reapprove?: boolean } = {}): string => {
    const result = advanceReviewStatus(text, { date: TODAY, ...options });
    if ('error' in result) return `error: ${result.error}`;
    return applyEdits(text, result.edits);
  };

  it('creates the review block, steps through the workflow, and records reviewer and date on approval', () => {
    assert.equal(advance('# Knee\n'), '---\nreview:\n  status: draft\n---\n\n# Knee\n');
    assert.equal(advance('---\nreview:\n  status: draft\n---\n'), '---\nreview:\n  status: submitted\n---\n');
    assert.equal(advance('---\nreview:\n  status: in-review\n---\n'), 'error: approving needs a reviewer (setting `claimlint.reviewer`)');
    assert.equal(
      advance('---\nreview:\n  status: in-review\n  reviewer: Old Name\n---\n', { reviewer: 'Dr "Q" Ng' }),
      `---\nreview:\n  status: approved\n  reviewer: "Dr \\"Q\\" Ng"\n  date: ${TODAY}\n---\n`,
    );
    assert.equal(advance('---\nreview:\n  status: approved\n---\n', { reviewer: 'A' }), 'error: the document is already approved');
    assert.equal(
      advance('---\nreview:\n  status: approved\n  date: 2020-01-01\n---\n', { reviewer: 'A', reapprove: true }),
      `---\nreview:\n  status: approved\n  date: ${TODAY}\n  reviewer: "A"\n---\n`,
    );
  });

  it('refuses what it cannot edit safely', () => {
    assert.match(advance('---\nreview:\n  status: done\n---\n'), /^error: the review status `done` is not one of/);
    assert.match(advance('---\nreview: { status: in-review }\n---\n', { reviewer: 'A' }), /^error: the `review:` block is written in flow style/);
    assert.equal(advance('---\nreview: { status: draft }\n---\n'), '---\nreview: { status: submitted }\n---\n');
    assert.match(advance('---\nreview:\n  reviewer: A\n---\n'), /^error: the `review:` block has no `status:`/);
  });
});
