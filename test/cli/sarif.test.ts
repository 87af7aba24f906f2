/**
 * `claimlint check --format sarif`, spawned as a user runs it: the log validates against the official SARIF 2.1.0
 * schema, every loaded rule is described, regions are 1-based with UTF-16 columns (an emoji and an astral CJK
 * character before a finding, CRLF line endings), fixes are SARIF fixes, and findings a directive or the reviewer
 * ledger silenced are suppressed results with their reason.
 *
 * The golden log (test/fixtures/sarif/check.golden.sarif) pins the whole output of a small project, with two
 * normalisations so it holds on any machine and through rule edits elsewhere: the machine's paths (the project folder,
 * the rule docs) are placeholders, and only the rules the results name are kept (each result's `ruleIndex` is checked
 * against the full list, then dropped). `UPDATE_FIXTURES=1` rewrites it; review the diff.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SarifLog, SarifResult } from '../../server/src/cli/sarif';
import { REPO_ROOT } from '../helpers/rules';
import { TEA_LINES, sarifErrors, sarifProject, writeFiles } from '../helpers/sarif';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const GOLDEN = join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'check.golden.sarif');
const DOCS = join(REPO_ROOT, 'docs', 'rules');
const DOCS_URI = pathToFileURL(DOCS).href;

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function sarif(args: string[], cwd: string): { code: number | null; log: SarifLog; stdout: string; stderr: string } {
  const result = run(['check', '--format', 'sarif', ...args], cwd);
  return { ...result, log: JSON.parse(result.stdout) as SarifLog };
}

function resultFor(log: SarifLog, ruleId: string, uri: string): SarifResult {
  const found = log.runs[0]!.results.find((result) => result.ruleId === ruleId && result.locations[0]!.physicalLocation.artifactLocation.uri === uri);
  assert.ok(found, `a ${ruleId} result in ${uri}`);
  return found;
}

/** The log without machine paths, with only the rules its results name (after checking every ruleIndex). */
function normalised(log: SarifLog, project: string): SarifLog {
  const [run] = log.runs;
  const rules = run!.tool.driver.rules;
  for (const result of run!.results) assert.equal(rules[result.ruleIndex]?.id, result.ruleId, 'ruleIndex points at the rule');
  const named = new Set(run!.results.map((result) => result.ruleId));
  const projectUri = pathToFileURL(project).href;
  const text = JSON.stringify({
    ...log,
    runs: [
      {
        ...run,
        tool: { driver: { ...run!.tool.driver, rules: rules.filter((rule) => named.has(rule.id)) } },
        results: run!.results.map(({ ruleIndex: _index, ...result }) => result),
      },
    ],
  });
  return JSON.parse(text.split(`${projectUri}/`).join('file:///PROJECT/').split(DOCS_URI).join('file:///CLAIMLINT/docs/rules')) as SarifLog;
}

describe('claimlint check --format sarif', function () {
  // Tests spawn the CLI once or twice (one lints 40 files twice); a busy machine needs more than the default timeout.
  this.timeout(120_000);

  // Every log a test makes, for the schema test at the end.
  const logs: Array<{ name: string; log: SarifLog }> = [];
  let project: string;
  let main: ReturnType<typeof sarif>;

  before(() => {
    project = sarifProject();
    main = sarif(['.'], project);
    logs.push({ name: 'the fixture project', log: main.log });
  });

  after(removeTempDirs);

  it('writes the golden log, the same bytes on every run, and exits 1 on an error-level finding', () => {
    assert.equal(main.code, 1, main.stderr);
    assert.equal(main.log.version, '2.1.0');
    const text = `${JSON.stringify(normalised(main.log, project), null, 2)}\n`;
    if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(GOLDEN, text);
    assert.equal(text, readFileSync(GOLDEN, 'utf8'));
    assert.equal(sarif(['.'], project).stdout, main.stdout);
  });

  it('gives 1-based regions with UTF-16 columns, whatever comes before the words (emoji, astral CJK, CRLF)', () => {
    const { log } = main;
    const cures = resultFor(log, 'overclaim/cure-claims', 'tea.md');
    const line = TEA_LINES[2]!;
    // "This 🍵 tea " is 12 UTF-16 code units but 11 code points: SARIF's default column unit is the code unit.
    assert.equal(line.indexOf('cures'), 12);
    assert.equal([...line.slice(0, line.indexOf('cures'))].length, 11);
    assert.deepEqual(cures.locations[0]!.physicalLocation.region, { startLine: 3, startColumn: 13, endLine: 3, endColumn: 18, snippet: { text: 'cures' } });
    assert.equal(log.runs[0]!.columnKind, 'utf16CodeUnits');
    const miracle = resultFor(log, 'overclaim/miracle-claims', 'tea.md');
    assert.deepEqual(miracle.locations[0]!.physicalLocation.region, { startLine: 8, startColumn: 10, endLine: 8, endColumn: 17, snippet: { text: 'miracle' } });
    // Fixes are SARIF fixes on the same file, in the same units.
    const rewrite = cures.fixes![0]!;
    assert.deepEqual(rewrite.artifactChanges[0]!.artifactLocation, { uri: 'tea.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(rewrite.artifactChanges[0]!.replacements[0]!.deletedRegion, { startLine: 3, startColumn: 13, endLine: 3, endColumn: 18 });
  });

  it('describes every loaded rule, sorted by id, with its doc page, level and source', () => {
    const { driver } = main.log.runs[0]!.tool;
    assert.equal(driver.name, 'claimlint');
    assert.match(driver.version, /^\d+\.\d+\.\d+$/);
    assert.equal(driver.semanticVersion, driver.version);
    const ids = driver.rules.map((rule) => rule.id);
    assert.deepEqual(ids, [...ids].sort());
    // Every built-in rule (one doc page each), not only the enabled pack's: this config leaves the citations pack off.
    const pages = readdirSync(DOCS, { withFileTypes: true })
      // claimlint's own findings have pages too, but are described only when a run reports them.
      .filter((entry) => entry.isDirectory() && entry.name !== 'claimlint')
      .flatMap((pack) => readdirSync(join(DOCS, pack.name)).map((page) => `${pack.name}/${page.replace(/\.md$/, '')}`));
    assert.deepEqual(ids, pages.sort());
    assert.ok(ids.includes('citations/needs-citation'));
    assert.deepEqual(readdirSync(join(DOCS, 'claimlint')).sort(), ['check-failed.md', 'not-checked.md', 'require-status.md']);
    for (const rule of driver.rules) {
      assert.ok(rule.helpUri, `${rule.id} has a doc page`);
      assert.ok(existsSync(fileURLToPath(rule.helpUri)), `${rule.helpUri} exists`);
      assert.ok(rule.shortDescription!.text.length > 0 && !rule.shortDescription!.text.includes('{text}'));
      assert.ok(rule.fullDescription!.text.length > 0);
    }
    const cure = driver.rules.find((rule) => rule.id === 'overclaim/cure-claims')!;
    assert.deepEqual(cure.defaultConfiguration, { level: 'warning' });
    assert.equal(driver.rules.find((rule) => rule.id === 'overclaim/no-side-effects')!.defaultConfiguration!.level, 'error');
    assert.deepEqual((cure.properties as { tags: string[] }).tags, ['overclaim']);
  });

  it('lists silenced findings as suppressed results: directives in source with their reason, ledger decisions external', () => {
    for (const accepted of ['hide', 'hint'] as const) {
      const { log } = accepted === 'hide' ? main : sarif(['.'], sarifProject({ accepted }));
      const silenced = log.runs[0]!.results.filter((result) => result.suppressions);
      assert.deepEqual(
        silenced.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.region!.startLine, result.suppressions![0]!.kind, result.suppressions![0]!.justification]),
        [
          ['overclaim/cure-claims', 6, 'inSource', 'quoting the regulator'],
          ['overclaim/miracle-claims', 8, 'external', 'the product name, quoted'],
        ],
        accepted,
      );
      const [directive, ledger] = silenced.map((result) => result.suppressions![0]!);
      assert.deepEqual(directive!.location!.physicalLocation.region, { startLine: 5, startColumn: 1, endLine: 5, endColumn: 84 });
      assert.deepEqual(ledger!.location!.physicalLocation.artifactLocation, { uri: '.claimlint/decisions.yaml', uriBaseId: '%SRCROOT%' });
      assert.deepEqual(ledger!.properties, { reviewer: 'Dr Ada Obi', date: '2026-11-21' });
    }
  });

  it('leaves JSON and stylish output as they were', () => {
    const json = JSON.parse(run(['check', '--format', 'json', '.'], project).stdout) as { files: Array<Record<string, unknown>> };
    for (const file of json.files) assert.deepEqual(Object.keys(file), ['path', 'findings', 'problems']);
    const tea = json.files.find((file) => file.path === 'tea.md')!;
    assert.deepEqual(
      (tea['findings'] as Array<{ ruleId: string }>).map((finding) => finding.ruleId),
      ['overclaim/cure-claims'],
    );
    const stylish = run(['check', '.'], project).stdout;
    assert.doesNotMatch(stylish, /tea\.md:6:|tea\.md:8:/);
  });

  it('reports problems as notifications, and a run with trouble as not successful', () => {
    const broken = writeFiles(makeTempDir('sarif-problems'), {
      '.claimlint.yaml': 'packs: [overclaim, nonsense]\n',
      'a.md': 'Turmeric cures arthritis.\n\n<!-- claimlint-disable-next-line overclaim/nope -->\nText.\n',
    });
    const { code, log } = sarif(['.', 'missing.md'], broken);
    assert.equal(code, 2);
    logs.push({ name: 'a run with problems', log });
    const [invocation] = log.runs[0]!.invocations;
    assert.equal(invocation!.executionSuccessful, false);
    assert.deepEqual(invocation!.toolConfigurationNotifications, [
      {
        level: 'error',
        message: { text: 'config: unknown pack `nonsense`; known packs: citations, document, evidence, overclaim, readability, vocabulary' },
        locations: [{ physicalLocation: { artifactLocation: { uri: '.claimlint.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 20, endLine: 1, endColumn: 28 } } }],
      },
    ]);
    assert.deepEqual(
      invocation!.toolExecutionNotifications!.map((notification) => [notification.level, notification.message.text, notification.locations?.[0]?.physicalLocation.region?.startLine]),
      [
        ['error', 'no such file, folder or matching glob: missing.md', undefined],
        ['warning', 'claimlint-disable-next-line names `overclaim/nope`, which is neither a loaded rule nor a pack', 3],
      ],
    );
    assert.equal(resultFor(log, 'overclaim/cure-claims', 'a.md').level, 'warning');
    // A run without trouble succeeded.
    assert.equal(main.log.runs[0]!.invocations[0]!.executionSuccessful, true);
  });

  it('names files outside --root by absolute URI, and files inside relative to it', () => {
    const { log } = sarif(['--root', 'side notes', '.'], project);
    logs.push({ name: 'a run with files outside --root', log });
    const uris = [...new Set(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation))].map((location) => JSON.stringify(location));
    assert.ok(uris.includes(JSON.stringify({ uri: 'supplement.md', uriBaseId: '%SRCROOT%' })), uris.join());
    assert.ok(uris.includes(JSON.stringify({ uri: pathToFileURL(join(project, 'tea.md')).href })), uris.join());
    assert.equal(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri, `${pathToFileURL(join(project, 'side notes')).href}/`);
  });

  it('gives the same log on one thread and on several', () => {
    const many = writeFiles(makeTempDir('sarif-many'), { '.claimlint.yaml': 'packs: [overclaim]\n' });
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `a${String(i).padStart(2, '0')}.md`), `# Note ${i}\n\nTurmeric cures arthritis ${i} times. Massage resets the muscle.\n`);
    const single = run(['check', '--format', 'sarif', '--jobs', '1', '.'], many);
    const parallel = run(['check', '--format', 'sarif', '--jobs', '2', '.'], many);
    assert.equal(single.code, 0);
    assert.equal(parallel.stdout, single.stdout);
    assert.ok((JSON.parse(single.stdout) as SarifLog).runs[0]!.tool.driver.rules.length > 30);
  });

  it("describes claimlint's own findings, with their pages", () => {
    const dir = makeTempDir('sarif-own');
    // 40 nested list levels: past the nesting limit, so the deepest lines are reported as not checked.
    const nested = Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n');
    writeFileSync(join(dir, 'deep.md'), `# Deep\n\n${nested}\n`);
    const { log } = sarif(['.'], dir);
    logs.push({ name: 'own findings', log });
    const rule = log.runs[0]!.tool.driver.rules.find((candidate) => candidate.id === 'claimlint/not-checked')!;
    assert.ok(rule, 'the not-checked finding is described');
    assert.equal(rule.helpUri, `${DOCS_URI}/claimlint/not-checked.md`);
    assert.ok(existsSync(fileURLToPath(rule.helpUri!)));
  });

  it('is for check only: analyze stays JSON', () => {
    const { code, stderr } = run(['analyze', '--format', 'sarif', 'x.md'], REPO_ROOT);
    assert.equal(code, 2);
    assert.match(stderr, /analyze prints JSON only/);
  });

  it('writes logs the official SARIF 2.1.0 JSON Schema accepts', () => {
    assert.ok(logs.length >= 3);
    for (const { name, log } of logs) assert.deepEqual(sarifErrors(log), [], name);
  });
});
