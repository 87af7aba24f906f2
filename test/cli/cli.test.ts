/**
 * The `claimlint` CLI as a user runs it: dist/cli.js in a child process.
 * Exit codes, stylish output, the JSON shape, analyze, and parity with the server.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: cwd ?? REPO_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('claimlint CLI', () => {
  let dir: string;

  before(() => {
    dir = makeTempDir('cli');
    // These tests are about the CLI itself; the overclaim pack gives them stable findings.
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [overclaim]\n');
    writeFileSync(join(dir, 'article.md'), '# Knee pain\n\nDry needling mechanically resets the contracted muscle fibers.\n\nThere is no cure for ITBS.\n');
    writeFileSync(join(dir, 'clean.md'), 'Stretch your hips twice a day, and rest when your knee hurts.\n');
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'nested', 'deeper', 'safety.markdown'), 'This supplement has no side effects.\n');
    writeFileSync(join(dir, 'nested', 'notes.txt'), 'cures everything\n');
  });

  after(removeTempDirs);

  it('prints stylish findings sorted, 1-based, and exits 0 when none is an error', () => {
    const { code, stdout } = run(['check', join(dir, 'article.md')]);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(
      lines[0],
      `${join(dir, 'article.md')}:3:14-3:33  warning  \`mechanically resets\` states a proposed mechanism as fact; say it is thought to work this way, or cite the evidence  overclaim/mechanism-as-fact`,
    );
    assert.equal(lines.at(-1), '1 finding (0 errors, 1 warnings, 0 info, 0 hints) in 1 file.');
  });

  it('recurses into folders for *.md and *.markdown and exits 1 on an error-severity finding', () => {
    const { code, stdout } = run(['check', dir]);
    assert.equal(code, 1);
    assert.match(stdout, /nested\/deeper\/safety\.markdown:1:21-1:36 {2}error {2}.+ {2}overclaim\/no-side-effects/);
    assert.doesNotMatch(stdout, /notes\.txt/);
    assert.doesNotMatch(stdout, /clean\.md/);
  });

  it('expands globs', () => {
    const { code, stdout } = run(['check', `${dir}/**/*.markdown`]);
    assert.equal(code, 1);
    assert.match(stdout, /in 1 file\.$/m);
  });

  it('prints exactly the documented JSON shape', () => {
    const { code, stdout } = run(['check', '--format', 'json', join(dir, 'article.md')]);
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['version', 'files']);
    assert.equal(json['version'], 1);
    const [file] = json['files'] as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(file!), ['path', 'findings', 'problems']);
    const [finding] = file!['findings'] as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(finding!), ['ruleId', 'severity', 'message', 'text', 'range', 'fixes']);
    assert.equal(finding!['text'], 'mechanically resets');
    assert.deepEqual(finding!['range'], { start: { line: 2, character: 13 }, end: { line: 2, character: 32 } });
    const fixes = finding!['fixes'] as Array<{ title: string; edits: Array<{ range: unknown; newText: string }> }>;
    assert.equal(fixes[0]!.title, 'Replace `mechanically resets` with `may help relax`');
    assert.deepEqual(fixes[0]!.edits, [{ range: finding!['range'], newText: 'may help relax' }]);
  });

  it('analyze prints one record per sentence', () => {
    const { code, stdout } = run(['analyze', '--format', 'json', join(dir, 'article.md')]);
    assert.equal(code, 0);
    const [file] = (JSON.parse(stdout) as { files: Array<{ sentences: Array<Record<string, unknown>> }> }).files;
    assert.deepEqual(
      file!.sentences.map((s) => s['text']),
      ['Knee pain', 'Dry needling mechanically resets the contracted muscle fibers.', 'There is no cure for ITBS.'],
    );
    assert.deepEqual(Object.keys(file!.sentences[1]!), ['text', 'range', 'isClaim', 'strength', 'hedges', 'boosters', 'citations', 'needsCitation', 'verdict', 'subject', 'outcome', 'strengthBy']);
    assert.equal(file!.sentences[1]!['subject'], 'Dry needling');
    assert.equal(file!.sentences[1]!['strength'], 'direct');
    // What decided it: the cue's words, the model's probabilities and its weightiest features.
    const by = file!.sentences[1]!['strengthBy'] as { cue: string; probabilities: Record<string, number>; decisive: string[] };
    assert.equal(by.cue, 'resets');
    assert.deepEqual(Object.keys(by.probabilities), ['none', 'correlational', 'conditional', 'direct']);
    assert.ok(by.probabilities['direct']! > 0.5);
    assert.ok(by.decisive.length > 0);
  });

  it('analyze says per cited sentence whether the abstract checks ran or why they were skipped', () => {
    const sub = join(dir, 'abstracts');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '.claimlint.yaml'), 'packs: [evidence]\n');
    writeFileSync(
      join(sub, 'refs.json'),
      JSON.stringify([
        { id: 'withabs', type: 'article-journal', title: 'Coffee and dementia', abstract: 'We followed 2,000 adults for ten years. Conclusions: Coffee intake was associated with less dementia.' },
        { id: 'noabs', type: 'article-journal', title: 'Tea and dementia' },
      ]),
    );
    writeFileSync(join(sub, 'a.md'), '---\nbibliography: refs.json\n---\n\nCoffee reduces dementia by 40% [@withabs]. Tea reduces dementia [@noabs]. Sleep well.\n');
    const { code, stdout } = run(['analyze', '--format', 'json', join(sub, 'a.md')]);
    assert.equal(code, 0);
    const [file] = (JSON.parse(stdout) as { files: Array<{ sentences: Array<Record<string, unknown>> }> }).files;
    assert.deepEqual(
      file!.sentences.map((s) => s['abstractCheck']),
      [{ status: 'checked', keys: ['withabs'] }, { status: 'skipped', keys: ['noabs'], reason: 'no abstract for noabs' }, undefined],
    );
    const { stdout: checked } = run(['check', '--format', 'json', join(sub, 'a.md')]);
    // A rule that shares its words with another evidence rule's finding is carried by it (`also`).
    const rules = (JSON.parse(checked) as { files: Array<{ findings: Array<{ ruleId: string; text: string; also?: string[] }> }> }).files[0]!.findings.flatMap((f) =>
      [f.ruleId, ...(f.also ?? [])].map((id) => `${id} ${f.text}`),
    );
    assert.ok(rules.includes('evidence/number-not-in-source 40%'), rules.join('\n'));
    assert.ok(rules.includes('evidence/exaggerates-source reduces'), rules.join('\n'));
  });

  it('exits 2 with a clear message on usage errors', () => {
    for (const args of [[], ['lint', 'x.md'], ['check'], ['check', '--format', 'xml', 'x.md'], ['check', '--bogus', 'x.md']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, `args: ${args.join(' ')}`);
      assert.match(stderr, /^claimlint: .+/);
      assert.match(stderr, /Usage:/);
    }
  });

  it('exits 2 when a path does not exist, and still reports the others', () => {
    const { code, stdout, stderr } = run(['check', join(dir, 'article.md'), join(dir, 'missing.md')]);
    assert.equal(code, 2);
    assert.match(stdout, /mechanically resets/);
    assert.match(stderr, /no such file, folder or matching glob: .*missing\.md/);
  });

  it('exits 2 on a broken config, naming file, line and column, and still lints', () => {
    const project = makeTempDir('config');
    writeFileSync(join(project, '.claimlint.yaml'), 'packs: [overclaim, nonsense]\n');
    writeFileSync(join(project, 'a.md'), 'Turmeric cures arthritis.\n');
    const { code, stdout, stderr } = run(['check', join(project, 'a.md')]);
    assert.equal(code, 2);
    assert.match(stdout, /overclaim\/cure-claims/);
    assert.equal(stderr.trim(), `${join(project, '.claimlint.yaml')}:1:20  error  config: unknown pack \`nonsense\`; known packs: citations, document, evidence, overclaim, readability, vocabulary`);
  });

  it('applies a config file: severities and rules turned off', () => {
    const project = makeTempDir('config');
    const config = join(project, 'team.yaml');
    writeFileSync(config, 'rules:\n  overclaim/cure-claims: error\n  overclaim/mechanism-as-fact: off\n');
    writeFileSync(join(project, 'a.md'), 'Turmeric cures arthritis. Massage resets the muscle.\n');
    const { code, stdout } = run(['check', '--config', config, join(project, 'a.md')]);
    assert.equal(code, 1);
    assert.match(stdout, /1:10-1:15 {2}error {2}.+overclaim\/cure-claims/);
    assert.doesNotMatch(stdout, /mechanism-as-fact/);
  });

  it('gives the same findings on one thread and on several', () => {
    const many = makeTempDir('many');
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `a${String(i).padStart(2, '0')}.md`), `# Note ${i}\n\nTurmeric cures arthritis ${i} times. Massage resets the muscle.\n`);
    const single = run(['check', '--format', 'json', '--jobs', '1', many]);
    const parallel = run(['check', '--format', 'json', '--jobs', '2', many]);
    assert.equal(single.code, 0);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal((JSON.parse(single.stdout) as { files: unknown[] }).files.length, 40);
  });

  it('reports directives that silence nothing with --report-unused-disables', () => {
    const file = join(dir, 'directives.md');
    writeFileSync(file, 'Plain text.\n\n<!-- claimlint-disable-next-line overclaim/cure-claims -- nothing here -->\nNothing to silence.\n');
    const quiet = run(['check', file]);
    assert.equal(quiet.stderr, '');
    const { code, stderr } = run(['check', '--report-unused-disables', file]);
    assert.equal(code, 0);
    assert.equal(stderr.trim(), `${file}:3:1  warning  \`<!-- claimlint-disable-next-line overclaim/cure-claims -- nothing here -->\` silences nothing; remove it`);
  });

  it('prints --help and --version', () => {
    assert.match(run(['--help']).stdout, /claimlint check/);
    assert.match(run(['--version']).stdout, /^claimlint \d+\.\d+\.\d+/);
  });
});
