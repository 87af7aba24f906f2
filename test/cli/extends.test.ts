/**
 * Sharing configuration: `extends` from a path and from an installed npm package
 * (a fixture package under test/packages), local overrides, pack engine ranges,
 * and the errors for targets that do not exist.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const PACKAGE = join(REPO_ROOT, 'test', 'packages', 'claimlint-pack-demo');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project with the demo pack installed in node_modules and `config` as its .claimlint.yaml. */
function project(config: string): string {
  const dir = makeTempDir('extends');
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  cpSync(PACKAGE, join(dir, 'node_modules', 'claimlint-pack-demo'), { recursive: true });
  writeFileSync(join(dir, '.claimlint.yaml'), config);
  writeFileSync(join(dir, 'a.md'), 'This tea works wonders and cures colds.\n');
  return dir;
}

describe('extends', () => {
  after(removeTempDirs);

  it('loads a pack and settings from an installed npm package', () => {
    const dir = project('extends: claimlint-pack-demo\npacks: [overclaim, demo]\n');
    const { code, stdout, stderr } = run(['check', 'a.md'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the package raises cure-claims to error');
    assert.match(stdout, /1:10-1:23 {2}warning {2}`works wonders` is not house style.+demo\/wonder-claims/);
    assert.match(stdout, /1:28-1:33 {2}error {2}.+overclaim\/cure-claims/);
  });

  it('lets local settings override the extended ones', () => {
    const dir = project('extends: claimlint-pack-demo\npacks: [overclaim, demo]\nrules:\n  overclaim/cure-claims: info\n  demo/wonder-claims: off\n');
    const { code, stdout } = run(['check', 'a.md'], dir);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /wonder-claims/);
    assert.match(stdout, /info {2}.+overclaim\/cure-claims/);
  });

  it('extends a pack folder by path', () => {
    const dir = project('extends: ./node_modules/claimlint-pack-demo/rules/demo\npacks: [demo]\n');
    const { code, stdout } = run(['check', 'a.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /demo\/wonder-claims/);
    assert.doesNotMatch(stdout, /cure-claims/);
  });

  it('reports a missing package or path at its position, with exit code 2', () => {
    const dir = project('extends:\n  - claimlint-no-such-pack\n  - ./missing\n');
    const { code, stderr } = run(['check', 'a.md'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /\.claimlint\.yaml:2:5 {2}error {2}extends `claimlint-no-such-pack`: no installed npm package of that name \(run `npm install claimlint-no-such-pack` in the project\)/);
    assert.match(stderr, /\.claimlint\.yaml:3:5 {2}error {2}extends `\.\/missing`: .+ does not exist/);
  });

  it('refuses a pack made for another engine version, clearly', () => {
    const dir = project('extends: claimlint-pack-demo\n');
    writeFileSync(join(dir, 'node_modules', 'claimlint-pack-demo', 'rules', 'demo', 'pack.yaml'), 'name: demo\nversion: 9.0.0\ndescription: A pack for a future engine.\nengine: ">=9.0.0"\n');
    const { code, stderr } = run(['check', 'a.md'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /pack\.yaml:4:9 {2}error {2}pack `demo` 9\.0\.0 needs claimlint engine >=9\.0\.0, but this is 0\.1\.0; upgrade claimlint or pin an older version of the pack/);
  });

  it('runs a pack self-test and scaffolds a new pack', () => {
    assert.match(run(['pack', 'test', join(PACKAGE, 'rules', 'demo')], REPO_ROOT).stdout, /^2 passed, 0 failed$/m);
    const dir = makeTempDir('pack-new');
    assert.equal(run(['pack', 'new', 'house-style'], dir).code, 0);
    const tested = run(['pack', 'test', 'house-style'], dir);
    assert.equal(tested.code, 0);
    assert.match(tested.stdout, /^3 passed, 0 failed$/m);
  });

  it('self-tests a house rule that extends a built-in rule', () => {
    const dir = makeTempDir('pack-extends');
    mkdirSync(join(dir, 'house'));
    writeFileSync(join(dir, 'house', 'pack.yaml'), 'name: house\nversion: 1.0.0\ndescription: House rules for our clinic.\n');
    writeFileSync(
      join(dir, 'house', 'cure-claims.yaml'),
      'extends: overclaim/cure-claims\nphrases+: [miracle remedy]\nexamples: { flagged: ["A {{miracle remedy}}."], clean: ["The wound closed."] }\n',
    );
    const tested = run(['pack', 'test', 'house'], dir);
    assert.equal(tested.code, 0, tested.stdout);
    assert.match(tested.stdout, /^packs: house 1\.0\.0 \(engine [\d.]+\), 1 rules\n2 passed, 0 failed$/m);
  });
});

describe('config --print', () => {
  after(removeTempDirs);

  it('shows each value and where it comes from', () => {
    const dir = project('extends: claimlint-pack-demo\npacks: [overclaim, demo]\nrules:\n  overclaim/studies-show: info\n');
    writeFileSync(join(dir, 'a.md'), '---\nmode: product\n---\n\nText.\n');
    const { code, stdout } = run(['config', '--print', 'a.md'], dir);
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as {
      extends: Array<{ target: string; version?: string }>;
      rules: Record<string, { severity: string; from: string }>;
      mode: { value: string; from: string };
      packs: string[];
    };
    assert.deepEqual(
      report.extends.map((e) => `${e.target}@${e.version}`),
      ['claimlint-pack-demo@2.3.1'],
    );
    assert.deepEqual(report.packs, ['demo', 'overclaim']);
    assert.deepEqual(report.rules['overclaim/cure-claims'], { severity: 'error', from: 'extends' });
    assert.equal(report.rules['overclaim/studies-show']!.from, `config ${join(dir, '.claimlint.yaml')}`);
    assert.deepEqual(report.rules['overclaim/hype-adjectives'], { severity: 'info', from: 'rule default' });
    assert.deepEqual(report.mode, { value: 'product', from: 'front matter' });
  });
});
