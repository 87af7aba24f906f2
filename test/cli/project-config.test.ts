/**
 * Per-document configuration: `ignore` globs, per-glob `overrides` and the house
 * `vocabulary` (accepted and rejected phrases), through the CLI, with the error
 * for every malformed setting at its position.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project folder holding `files` (path → text). */
function project(files: Record<string, string>): string {
  const dir = makeTempDir('project');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CURE = 'This tea cures colds.\n';

describe('per-document configuration', () => {
  after(removeTempDirs);

  it('skips documents matched by an ignore glob, and says how many', () => {
    const dir = project({ '.claimlint.yaml': 'ignore:\n  - "drafts/**"\n  - "**/CHANGELOG.md"\n', 'a.md': CURE, 'drafts/b.md': CURE, 'docs/CHANGELOG.md': CURE });
    const { code, stdout } = run(['check', '.'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /^a\.md:1:10-1:15 {2}warning .+overclaim\/cure-claims$/m);
    assert.doesNotMatch(stdout, /drafts|CHANGELOG/);
    assert.match(stdout.trim(), /in 1 file \(2 files ignored by config\)\.$/);
    const json = JSON.parse(run(['check', '--format', 'json', '.'], dir).stdout) as { files: Array<{ path: string }> };
    assert.deepEqual(
      json.files.map((file) => file.path),
      ['a.md'],
    );
  });

  it('applies overrides to matching documents only, in order, rules merging per rule', () => {
    const dir = project({
      '.claimlint.yaml': [
        'rules:',
        '  overclaim/cure-claims: error',
        'overrides:',
        '  - files: "product/**"',
        '    mode: product',
        '  - files: ["product/legacy/*.md", "notes/*.md"]',
        '    rules:',
        '      overclaim/cure-claims: off',
        '',
      ].join('\n'),
      'a.md': CURE,
      'product/b.md': CURE,
      'product/legacy/c.md': CURE,
      'notes/d.md': CURE,
    });
    const { code, stdout } = run(['check', '.'], dir);
    assert.equal(code, 1);
    const cure = stdout.split('\n').filter((line) => line.includes('overclaim/cure-claims'));
    assert.equal(cure.length, 2, stdout);
    assert.match(cure[0]!, /^a\.md:1:10-1:15 {2}error {2}`cures` promises a cure/);
    // Product mode's own message (a disease claim), at the severity the top level set.
    assert.match(cure[1]!, /^product\/b\.md:1:10-1:15 {2}error {2}`cures` is a disease claim/);
  });

  it('an override that sets only options keeps the severity set above it', () => {
    const dir = project({
      '.claimlint.yaml': 'rules:\n  overclaim/cure-claims: error\noverrides:\n  - files: "p/**"\n    rules:\n      overclaim/cure-claims: { options: {} }\n',
      'p/a.md': CURE,
    });
    assert.match(run(['check', '.'], dir).stdout, /^p\/a\.md:1:10-1:15 {2}error .+overclaim\/cure-claims$/m);
  });

  it('never flags accepted vocabulary and always flags rejected vocabulary', () => {
    // "Miracle berry" is the name of a fruit (Synsepalum dulcificum), not a claim.
    const text = 'Miracle berries taste sour. It is a miracle cure. Kale is a superfood that detoxes the liver.\n';
    const dir = project({ '.claimlint.yaml': 'vocabulary:\n  accept: ["miracle (berry|berries)"]\n  reject: ["superfood", "{detox}"]\n', 'a.md': text });
    const { stdout } = run(['check', '.'], dir);
    const at = (phrase: string): string => `a.md:1:${text.indexOf(phrase) + 1}-1:${text.indexOf(phrase) + phrase.length + 1}`;
    const lines = stdout.split('\n');
    assert.ok(
      lines.some((line) => line.startsWith(`${at('superfood')}  warning  \`superfood\` is on this project's rejected list`) && line.endsWith('vocabulary/rejected')),
      stdout,
    );
    assert.ok(
      lines.some((line) => line.startsWith(`${at('detoxes')}  warning  \`detoxes\` is on this project's rejected list`)),
      stdout,
    );
    const miracle = lines.filter((line) => line.includes('overclaim/miracle-claims'));
    assert.deepEqual(
      miracle.map((line) => line.split('  ')[0]),
      [at('miracle cure').replace(/-1:\d+$/, `-1:${text.indexOf('miracle cure') + 8}`)],
      `only the claim is flagged, not the fruit:\n${stdout}`,
    );
  });

  it('vocabulary in an override adds to the top-level lists', () => {
    const dir = project({
      '.claimlint.yaml': 'vocabulary:\n  reject: [superfood]\noverrides:\n  - files: "recipes/**"\n    vocabulary:\n      reject: [guilt-free]\n',
      'a.md': 'A guilt-free superfood.\n',
      'recipes/b.md': 'A guilt-free superfood.\n',
    });
    const rejected = run(['check', '.'], dir)
      .stdout.split('\n')
      .filter((line) => line.includes('vocabulary/rejected'));
    assert.deepEqual(
      rejected.map((line) => line.split('  ')[0]),
      ['a.md:1:14-1:23', 'recipes/b.md:1:3-1:13', 'recipes/b.md:1:14-1:23'],
    );
  });

  it('config --print shows the overrides applied, the vocabulary and whether the document is ignored', () => {
    const dir = project({
      '.claimlint.yaml':
        'rules:\n  overclaim/cure-claims: error\nignore: ["drafts/**"]\nvocabulary:\n  reject: [superfood]\noverrides:\n  - files: "patients/**"\n    audience: patient\n    rules:\n      overclaim/cure-claims: hint\n',
      'patients/a.md': CURE,
      'drafts/b.md': CURE,
    });
    const config = join(dir, '.claimlint.yaml');
    const printed = JSON.parse(run(['config', '--print', 'patients/a.md'], dir).stdout) as Record<string, any>;
    assert.equal(printed['ignored'], false);
    assert.deepEqual(printed['overrides'], [{ index: 0, files: 'patients/**' }]);
    assert.deepEqual(printed['vocabulary'], { accept: [], reject: ['superfood'] });
    assert.deepEqual(printed['audience'], { value: 'patient', from: `config ${config} overrides[0]` });
    assert.deepEqual(printed['rules']['overclaim/cure-claims'], { severity: 'hint', from: `config ${config} overrides[0]` });
    assert.equal(printed['rules']['vocabulary/rejected'].severity, 'warning');
    assert.equal((JSON.parse(run(['config', '--print', 'drafts/b.md'], dir).stdout) as Record<string, unknown>)['ignored'], true);
  });

  it('reports malformed settings at their position, with exit code 2', () => {
    const dir = project({
      '.claimlint.yaml': [
        'vocabulary:',
        '  accept: ["(unclosed"]',
        'overrides:',
        '  - files: "../elsewhere/*.md"',
        '    packs: [nonsense]',
        '    rules:',
        '      overclaim/no-such-rule: off',
        '  - mode: product',
        '',
      ].join('\n'),
      'a.md': CURE,
    });
    const { code, stderr } = run(['check', 'a.md'], dir);
    assert.equal(code, 2);
    const config = join(dir, '.claimlint.yaml');
    const lines = stderr.trim().split('\n');
    assert.deepEqual(lines, [`${config}:8:5  error  config: \`overrides[1]\` is missing the required field \`files\``]);
    // Schema errors come first; fix the missing `files` and the rest are reported at their places.
    writeFileSync(
      config,
      ['vocabulary:', '  accept: ["(unclosed"]', 'overrides:', '  - files: "../elsewhere/*.md"', '    packs: [nonsense]', '    rules:', '      overclaim/no-such-rule: off', ''].join('\n'),
    );
    const second = run(['check', 'a.md'], dir);
    assert.equal(second.code, 2);
    const problems = second.stderr.trim().split('\n').sort();
    assert.equal(problems.length, 4, second.stderr);
    assert.match(
      problems.find((line) => line.includes('vocabulary accept'))!,
      new RegExp(`^${escape(config)}:2:12  error  config: vocabulary accept phrase: `),
    );
    assert.match(
      problems.find((line) => line.includes('override glob'))!,
      new RegExp(`^${escape(config)}:4:12  error  config: override glob \`\\.\\./elsewhere/\\*\\.md\` must be relative`),
    );
    assert.match(
      problems.find((line) => line.includes('unknown pack'))!,
      new RegExp(`^${escape(config)}:5:13  error  config: unknown pack \`nonsense\``),
    );
    assert.match(
      problems.find((line) => line.includes('unknown rule'))!,
      new RegExp(`^${escape(config)}:7:7  error  config: unknown rule \`overclaim/no-such-rule\``),
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
