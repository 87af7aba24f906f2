/**
 * `claimlint check --require-status`: a release build fails on any document below the required review status or
 * whose approval lapsed; `--today` fixes the date rules about dates compare with; the document pack in the CLI.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SarifLog } from '../../server/src/cli/sarif';
import { approvalFingerprints } from '../../server/src/engine/index';
import { REPO_ROOT } from '../helpers/rules';
import { sarifErrors } from '../helpers/sarif';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  files: Array<{
    path: string;
    findings: Array<{ ruleId: string; severity: string; message: string; text: string; range: { start: { line: number } } }>;
    problems: Array<{ message: string; range?: { start: { line: number; character: number } } }>;
  }>;
}

describe('claimlint check --require-status', () => {
  let dir: string;

  before(() => {
    dir = makeTempDir('review-status');
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [document]\n');
    writeFileSync(join(dir, 'approved.md'), '---\nreview:\n  status: approved\n  reviewer: "Dr A. Name, MD"\n  date: 2026-03-01\n---\n\n# Knee pain\n\nRest helps.\n');
    writeFileSync(join(dir, 'draft.md'), '---\r\nreview:\r\n  status: in-review\r\n---\r\n\r\n# Knee pain\r\n');
    writeFileSync(join(dir, 'none.md'), '# Knee pain\n\nRest helps.\n');
    writeFileSync(join(dir, 'old.md'), '---\nreview:\n  status: approved\n  reviewer: "Dr A. Name, MD"\n  date: 2021-03-01\n---\n\nRest helps.\n');
    writeFileSync(join(dir, 'bad.md'), '---\nreview:\n  status: done\n  date: someday\n---\n\nRest helps.\n');
  });

  after(removeTempDirs);

  it('passes approved documents and exits 0', () => {
    const { code, stdout } = run(['check', '--require-status', 'approved', '--today', '2026-06-01', '--root', dir, join(dir, 'approved.md')]);
    assert.equal(code, 0, stdout);
  });

  it('fails documents below the status, without one, or whose approval lapsed, with an error at the status key', () => {
    const { code, stdout } = run([
      'check',
      '--format',
      'json',
      '--require-status',
      'approved',
      '--today',
      '2026-06-01',
      '--root',
      dir,
      join(dir, 'draft.md'),
      join(dir, 'none.md'),
      join(dir, 'old.md'),
    ]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as JsonReport;
    const required = report.files.map((file) =>
      file.findings.filter((finding) => finding.ruleId === 'claimlint/require-status').map((finding) => [finding.severity, finding.text, finding.range.start.line, finding.message]),
    );
    assert.deepEqual(required, [
      [['error', 'status: in-review', 2, 'Review status is `in-review`; this build requires `approved`']],
      [['error', '# Knee pain', 0, 'This document has no review status (front matter `review: { status: … }`); this build requires `approved`']],
      [['error', 'status: approved', 2, 'The approval lapsed: it was approved on 2021-03-01, more than 3 years ago; have the document reviewed and approved again']],
    ]);
  });

  it('fails an approved document whose sentences changed since the approval recorded in the ledger', () => {
    const approvedText = '---\nreview:\n  status: approved\n  reviewer: "Dr A. Name, MD"\n  date: 2026-03-01\n---\n\n# Hip pain\n\nRest helps. Ice can ease the pain.\n';
    writeFileSync(join(dir, 'hip.md'), approvedText);
    mkdirSync(join(dir, '.claimlint'), { recursive: true });
    const fingerprints = approvalFingerprints(approvedText).join(', ');
    writeFileSync(
      join(dir, '.claimlint', 'decisions.yaml'),
      `version: 1\ndecisions: []\napprovals:\n  - document: hip.md\n    reviewer: Dr A. Name, MD\n    date: 2026-03-01\n    fingerprints: [ ${fingerprints} ]\n`,
    );
    const check = (): { code: number | null; rules: string[]; messages: string[] } => {
      const result = run(['check', '--format', 'json', '--require-status', 'approved', '--today', '2026-06-01', '--root', dir, join(dir, 'hip.md')]);
      const findings = (JSON.parse(result.stdout) as JsonReport).files[0]!.findings;
      return { code: result.code, rules: findings.map((finding) => finding.ruleId), messages: findings.map((finding) => finding.message) };
    };
    assert.deepEqual(check(), { code: 0, rules: [], messages: [] });
    writeFileSync(join(dir, 'hip.md'), approvedText.replace('Ice can ease the pain.', 'Ice cures the pain.'));
    const lapsed = check();
    assert.equal(lapsed.code, 1);
    assert.deepEqual(lapsed.rules, ['claimlint/require-status', 'document/changed-since-approval']);
    assert.equal(lapsed.messages[0], 'The approval lapsed: 1 sentence changed since it was approved; have the document reviewed and approved again');
  });

  it('describes the finding in SARIF, which stays valid', () => {
    const { code, stdout } = run(['check', '--format', 'sarif', '--require-status', 'approved', '--today', '2026-06-01', '--root', dir, join(dir, 'draft.md')]);
    assert.equal(code, 1);
    const log = JSON.parse(stdout) as SarifLog;
    assert.deepEqual(sarifErrors(log), []);
    const rules = log.runs[0]!.tool.driver.rules!;
    const result = log.runs[0]!.results!.find((entry) => entry.ruleId === 'claimlint/require-status')!;
    assert.equal(result.level, 'error');
    assert.equal(rules[result.ruleIndex]!.id, 'claimlint/require-status');
    assert.equal(rules[result.ruleIndex]!.name, 'Review status below the required one');
  });

  it('accepts any status as the bar, and refuses an unknown one', () => {
    assert.equal(run(['check', '--require-status', 'in-review', '--root', dir, join(dir, 'draft.md')]).code, 0);
    assert.equal(run(['check', '--require-status', 'submitted', '--root', dir, join(dir, 'none.md')]).code, 1);
    const bad = run(['check', '--require-status', 'published', join(dir, 'draft.md')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--require-status takes one of draft, submitted, in-review, approved/);
    assert.equal(run(['check', '--today', '1 June', join(dir, 'draft.md')]).code, 2);
  });

  it('reports an unknown status and an unreadable date as problems at the value (exit 2), not a crash', () => {
    const { code, stdout } = run(['check', '--format', 'json', '--root', dir, join(dir, 'bad.md')]);
    assert.equal(code, 2);
    const [file] = (JSON.parse(stdout) as JsonReport).files;
    assert.deepEqual(
      file!.problems.map((problem) => [problem.range?.start.line, problem.range?.start.character, problem.message]),
      [
        [2, 10, 'front matter review status `done` must be one of draft, submitted, in-review, approved'],
        [3, 8, 'front matter `review.date: someday` is not a date claimlint can read; write it as YYYY-MM-DD'],
      ],
    );
  });

  it('dates are compared with --today: a date exactly 3 years old is not stale, one day more is', () => {
    writeFileSync(join(dir, 'dated.md'), '---\nupdated: 2023-06-01\n---\n\nRest helps.\n');
    const findings = (today: string): string[] =>
      (JSON.parse(run(['check', '--format', 'json', '--today', today, '--root', dir, join(dir, 'dated.md')]).stdout) as JsonReport).files[0]!.findings.map((finding) => finding.ruleId);
    assert.deepEqual(findings('2026-06-01'), []);
    assert.deepEqual(findings('2026-06-02'), ['document/stale-date']);
  });
});
