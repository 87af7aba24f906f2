/**
 * `--root`: the CLI's workspace folder, as VS Code's. The search for a default bibliography stops there, so a
 * document gets the same bibliography from `claimlint check` as in an editor opened on that folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

describe('claimlint check --root', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-root-'));
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [citations]\n');
    writeFileSync(join(dir, 'references.bib'), '@article{smith2020, title={Trial}, author={Smith, A.}, year={2020}, journal={J}}\n');
    mkdirSync(join(dir, 'site', 'posts'), { recursive: true });
    writeFileSync(join(dir, 'site', 'posts', 'post.md'), 'Massage may help [@smith2020].\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const unknownKeys = (root: string): number => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--root', root, join(dir, 'site', 'posts', 'post.md')], { cwd: REPO_ROOT, encoding: 'utf8' });
    const [file] = (JSON.parse(result.stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> }).files;
    return file!.findings.filter((finding) => finding.ruleId === 'citations/unknown-key').length;
  };

  it('finds the bibliography above the document up to the root, and not beyond it', () => {
    assert.equal(unknownKeys(dir), 0, 'root at the project: references.bib two folders up is the bibliography');
    assert.equal(unknownKeys(join(dir, 'site')), 1, 'root at site/: the search stops there, so the key is unknown');
  });

  it('says so when the root folder does not exist', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--root', join(dir, 'nowhere'), join(dir, 'site', 'posts', 'post.md')], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /root folder not found/);
  });
});
