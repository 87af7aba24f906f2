/**
 * The reviewer decision ledger from the command line: `check` honours accepted
 * findings, `decisions` reports lapsed ones (exit 1) and `--prune` removes them;
 * a broken ledger is exit code 2 with its position.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDecision, sentenceFingerprint } from '../../server/src/engine/index';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SENTENCE = 'This tea cures colds, as the regulator put it.';

describe('decisions in the CLI', () => {
  after(removeTempDirs);

  function project(): string {
    const dir = makeTempDir('ledger');
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [overclaim]\n');
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'tea.md'), `# Tea\n\n${SENTENCE}\n\nA miracle brew.\n`);
    mkdirSync(join(dir, '.claimlint'));
    const entry = {
      rule: 'overclaim/cure-claims',
      document: 'articles/tea.md',
      fingerprint: sentenceFingerprint(SENTENCE),
      sentence: SENTENCE,
      reviewer: 'Dr Ada Obi',
      date: '2026-11-21',
      reason: 'reports the regulator',
    };
    writeFileSync(join(dir, '.claimlint', 'decisions.yaml'), addDecision('', entry)!);
    return dir;
  }

  it('check hides accepted findings; the ledger stays clean while the sentence is unchanged', () => {
    const dir = project();
    const check = run(['check', '.'], dir);
    assert.doesNotMatch(check.stdout, /cure-claims/);
    assert.match(check.stdout, /miracle-claims/);
    const decisions = run(['decisions'], dir);
    assert.equal(decisions.code, 0, decisions.stdout + decisions.stderr);
    assert.equal(decisions.stdout.trim(), '1 decision, none lapsed.');
  });

  it('finds the ledger from the document without a config, wherever the CLI runs', () => {
    const dir = project();
    writeFileSync(join(dir, '.claimlint.yaml'), '');
    const parent = join(dir, '..');
    const name = dir.slice(parent.length + 1);
    rmSync(join(dir, '.claimlint.yaml'));
    const fromInside = run(['check', '.'], dir).stdout;
    const fromParent = run(['check', name], parent).stdout;
    assert.doesNotMatch(fromInside, /cure-claims/);
    assert.doesNotMatch(fromParent, /cure-claims/);
    assert.match(fromParent, /miracle-claims/);
  });

  it('shows accepted findings as hints when the config says so', () => {
    const dir = project();
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [overclaim]\ndecisions:\n  accepted: hint\n');
    assert.match(run(['check', '.'], dir).stdout, /hint {2}`cures` promises a cure.+\(accepted by Dr Ada Obi on 2026-11-21: reports the regulator\) {2}overclaim\/cure-claims/);
  });

  it('reports a decision that lapsed when the sentence changed, and prunes it', () => {
    const dir = project();
    writeFileSync(join(dir, 'articles', 'tea.md'), `# Tea\n\nThis tea cures flu, as the regulator put it.\n`);
    assert.match(run(['check', '.'], dir).stdout, /cure-claims/, 'the lapsed decision no longer hides the finding');
    const ledger = join(dir, '.claimlint', 'decisions.yaml');
    const report = run(['decisions'], dir);
    assert.equal(report.code, 1);
    assert.match(
      report.stdout,
      new RegExp(
        `^${ledger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5 {2}lapsed {2}overclaim/cure-claims in articles/tea\\.md \\(accepted by Dr Ada Obi on 2026-11-21\\): the sentence changed since it was reviewed$`,
        'm',
      ),
    );
    const pruned = run(['decisions', '--prune'], dir);
    assert.equal(pruned.code, 0);
    assert.match(pruned.stdout, /Removed 1 lapsed decision; 0 remain\.$/m);
    assert.doesNotMatch(readFileSync(ledger, 'utf8'), /cure-claims/);
    assert.equal(run(['decisions'], dir).code, 0);
  });

  it('treats a broken ledger as a configuration problem (exit 2) with its position', () => {
    const dir = project();
    const ledger = join(dir, '.claimlint', 'decisions.yaml');
    writeFileSync(ledger, 'version: 2\ndecisions: []\n');
    const check = run(['check', '.'], dir);
    assert.equal(check.code, 2);
    assert.match(check.stderr, new RegExp(`${ledger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:10 {2}error {2}decision ledger: `));
    assert.equal(run(['decisions'], dir).code, 2);
  });
});
