/**
 * `claimlint merge-reports`: the reports of sharded runs (here: `check` on two disjoint sets of files, as `--shard`
 * splits them) merge to what one run over all files merges to, in JSON and in SARIF; the exit code counts only
 * unsuppressed errors; bad inputs are exit code 2 with a message naming the file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeSarifLogs } from '../../server/src/cli/merge-reports';
import type { SarifLog, SarifResult } from '../../server/src/cli/sarif';
import { REPO_ROOT } from '../helpers/rules';
import { sarifErrors, sarifProject, writeFiles } from '../helpers/sarif';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `check` with `args` and saves its output as `name` in the project. */
function checkTo(project: string, name: string, args: string[]): number | null {
  const { code, stdout } = run(['check', ...args], project);
  writeFileSync(join(project, name), stdout);
  return code;
}

describe('claimlint merge-reports', function () {
  // The before hook spawns the CLI six times and tests a few more; a busy machine needs more than the default timeout.
  this.timeout(120_000);

  after(removeTempDirs);

  let project: string;
  // Shards: tea.md in one, the folder of side notes in the other; "full" is one run over both.
  before(() => {
    project = sarifProject();
    // A broken setting in the config: every shard reports it, the merged report once.
    writeFileSync(join(project, '.claimlint.yaml'), 'packs: [overclaim]\nrules:\n  overclaim/no-such-rule: off\n');
    for (const format of ['json', 'sarif']) {
      checkTo(project, `full.${format}`, ['--format', format, '.']);
      checkTo(project, `a.${format}`, ['--format', format, 'tea.md']);
      checkTo(project, `b.${format}`, ['--format', format, 'side notes']);
    }
  });

  it('merges SARIF shards into the log one run gives, with one run and rules re-indexed', () => {
    const merged = run(['merge-reports', 'b.sarif', 'a.sarif'], project);
    const whole = run(['merge-reports', 'full.sarif'], project);
    assert.equal(merged.code, 1, merged.stderr);
    assert.equal(merged.stdout, whole.stdout);
    // A single run's log is already in merged form.
    assert.equal(whole.stdout, readFileSync(join(project, 'full.sarif'), 'utf8'));
    const log = JSON.parse(merged.stdout) as SarifLog;
    assert.equal(log.runs.length, 1);
    const [runOf] = log.runs;
    for (const result of runOf!.results) assert.equal(runOf!.tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
    assert.deepEqual(
      runOf!.invocations[0]!.toolConfigurationNotifications!.map((notification) => notification.message.text),
      ['config: unknown rule `overclaim/no-such-rule`'],
      'the config problem of both shards, once',
    );
  });

  it('writes a merged log the official SARIF 2.1.0 JSON Schema accepts', () => {
    assert.deepEqual(sarifErrors(JSON.parse(run(['merge-reports', 'a.sarif', 'b.sarif'], project).stdout)), []);
  });

  it('unites the rules of shards that loaded different packs, and points every result at its rule again', () => {
    const result = (ruleId: string, ruleIndex: number, uri: string): SarifResult => ({
      ruleId,
      ruleIndex,
      level: 'warning',
      message: { text: ruleId },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
    });
    const log = (rules: string[], results: SarifResult[], successful: boolean): SarifLog => ({
      $schema: 'https://example.invalid/sarif.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'claimlint', version: '0.1.0', semanticVersion: '0.1.0', rules: rules.map((id) => ({ id })) } },
          invocations: [{ executionSuccessful: successful }],
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    });
    const merged = mergeSarifLogs([
      { path: 'b.sarif', log: log(['house/b', 'overclaim/c'], [result('overclaim/c', 1, 'z.md'), result('house/b', 0, 'y.md')], true) },
      { path: 'a.sarif', log: log(['house/a', 'overclaim/c'], [result('overclaim/c', 1, 'x.md'), result('house/a', 0, 'x.md')], false) },
    ]);
    const [runOf] = merged.runs;
    assert.deepEqual(
      runOf!.tool.driver.rules.map((rule) => rule.id),
      ['house/a', 'house/b', 'overclaim/c'],
    );
    assert.deepEqual(
      runOf!.results.map((each) => [each.locations[0]!.physicalLocation.artifactLocation.uri, each.ruleId, each.ruleIndex]),
      [
        ['x.md', 'house/a', 0],
        ['x.md', 'overclaim/c', 2],
        ['y.md', 'house/b', 1],
        ['z.md', 'overclaim/c', 2],
      ],
    );
    assert.equal(runOf!.invocations[0]!.executionSuccessful, false, 'one shard had trouble');
  });

  it('merges JSON shards into the report one run gives, sorted by path', () => {
    const merged = run(['merge-reports', '--format', 'json', 'a.json', 'b.json'], project);
    const whole = run(['merge-reports', 'full.json'], project);
    assert.equal(merged.code, 1, merged.stderr);
    assert.equal(merged.stdout, whole.stdout);
    const report = JSON.parse(merged.stdout) as { version: number; files: Array<{ path: string; findings: unknown[]; problems: unknown[] }> };
    assert.equal(report.version, 1);
    const paths = report.files.map((file) => file.path);
    assert.deepEqual(paths, [...paths].sort());
    assert.deepEqual(paths.filter((path) => path.endsWith('.claimlint.yaml')).length, 1);
    assert.deepEqual(
      report.files.filter((file) => file.path.endsWith('.md')).map((file) => [file.path, file.findings.length]),
      [
        ['side notes/supplement.md', 2],
        ['tea.md', 1],
      ],
    );
  });

  it('writes to -o FILE, and exits 0 when no unsuppressed error remains', () => {
    const quiet = writeFiles(makeTempDir('merge-quiet'), {
      '.claimlint.yaml': 'packs: [overclaim]\n',
      'a.md': 'This tea cures colds.\n',
      'b.md': '<!-- claimlint-disable-next-line overclaim/no-side-effects -- the label, quoted -->\nThis supplement has no side effects.\n',
    });
    checkTo(quiet, 'a.sarif', ['--format', 'sarif', 'a.md']);
    checkTo(quiet, 'b.sarif', ['--format', 'sarif', 'b.md']);
    const { code, stdout, stderr } = run(['merge-reports', '-o', 'merged.sarif', 'a.sarif', 'b.sarif'], quiet);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    const log = JSON.parse(readFileSync(join(quiet, 'merged.sarif'), 'utf8')) as SarifLog;
    const silenced = log.runs[0]!.results.find((result) => result.ruleId === 'overclaim/no-side-effects')!;
    assert.equal(silenced.level, 'error');
    assert.equal(silenced.suppressions![0]!.justification, 'the label, quoted');
  });

  it('exits 2 naming the file on input it cannot merge', () => {
    const dir = writeFiles(makeTempDir('merge-bad'), {
      'broken.json': '{"version": 1, "files": [',
      'other.json': '{"hello": "world"}',
      'analyze.json': '{"version": 1, "files": [{"path": "a.md", "sentences": [], "problems": []}]}',
    });
    writeFileSync(join(dir, 'a.json'), readFileSync(join(project, 'a.json')));
    writeFileSync(join(dir, 'a.sarif'), readFileSync(join(project, 'a.sarif')));
    const cases: Array<[string[], RegExp]> = [
      [['broken.json'], /^claimlint: broken\.json is not a report: not valid JSON/],
      [['a.json', 'other.json'], /^claimlint: other\.json is neither a claimlint JSON report \(version 1\) nor a SARIF 2\.1\.0 log$/],
      [['analyze.json'], /^claimlint: analyze\.json is an `analyze` report; only `check` reports can be merged$/],
      [['missing.sarif'], /^claimlint: cannot read missing\.sarif: no such file$/],
      [['a.json', 'a.sarif'], /^claimlint: cannot merge JSON reports with SARIF logs \(a\.json is JSON, a\.sarif is SARIF\)/],
      [['--format', 'sarif', 'a.json'], /^claimlint: the inputs are JSON reports; merge-reports does not convert them to sarif$/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = run(['merge-reports', ...args], dir);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '', args.join(' '));
      assert.match(stderr.trim(), message);
    }
    assert.ok(!existsSync(join(dir, 'out.json')));
    for (const args of [['merge-reports'], ['merge-reports', '--format', 'stylish', 'a.json'], ['check', '-o', 'out.json', 'a.md']]) {
      const { code, stderr } = run(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });
});
