/**
 * Files that are not UTF-8 text (a binary named .md, another encoding) are skipped with one notice each, not linted
 * as garbage and not a failure of the run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';

describe('claimlint check on files that are not text', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlint-not-text-'));
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('Caf\xe9 au lait cures colds.\n', 'latin1'));
    writeFileSync(join(dir, 'good.md'), 'This tea cures colds.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('skips them with a warning each and lints the rest', () => {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', dir], { cwd: dir, encoding: 'utf8' });
    const files = (JSON.parse(result.stdout) as { files: Array<{ path: string; findings: unknown[]; problems: Array<{ message: string }> }> }).files;
    const byName = new Map(files.map((file) => [file.path.split(/[\\/]/).pop(), file]));
    assert.deepEqual(
      byName.get('image.md')!.problems.map((problem) => problem.message),
      ['skipped: a binary file, not text'],
    );
    assert.match(byName.get('latin1.md')!.problems[0]!.message, /not UTF-8 text/);
    assert.equal(byName.get('image.md')!.findings.length + byName.get('latin1.md')!.findings.length, 0);
    assert.ok(byName.get('good.md')!.findings.length > 0);
    assert.equal(result.status, 0, 'warnings only: the run passes');
  });
});
