/**
 * The progress line: shown only on a terminal and not with --quiet, redrawn in place at most every interval, cleared
 * at the end; never in output that is not a terminal.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProgress, formatElapsed, formatProgress, showsProgress } from '../../server/src/cli/progress';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

describe('progress', () => {
  after(removeTempDirs);

  it('shows only on a terminal, and not with --quiet', () => {
    assert.equal(showsProgress({ isTTY: true, quiet: false }), true);
    assert.equal(showsProgress({ isTTY: true, quiet: true }), false);
    assert.equal(showsProgress({ isTTY: false, quiet: false }), false);
    assert.equal(showsProgress({ isTTY: undefined, quiet: false }), false, 'a pipe or a file has no isTTY');
  });

  it('says files done of the total and the time since the start', () => {
    assert.equal(formatProgress(40, 115, 3249), 'claimlint: 40/115 files, 3.2 s');
    assert.equal(formatElapsed(0), '0.0 s');
    assert.equal(formatElapsed(59_940), '59.9 s');
    assert.equal(formatElapsed(125_000), '2 min 05 s');
  });

  it('redraws in place at most every interval and clears the line at the end', () => {
    let time = 1000;
    const written: string[] = [];
    const progress = createProgress({ write: (text: string) => written.push(text) }, { enabled: true, now: () => time, intervalMs: 100 });
    progress.update(1, 10);
    time += 99;
    progress.update(2, 10);
    assert.deepEqual(written, [], 'nothing before the first interval: short runs print nothing');
    time += 1;
    progress.update(3, 10);
    time += 50;
    progress.update(4, 10);
    time += 60;
    progress.update(5, 10);
    assert.deepEqual(written, ['\r\u001b[Kclaimlint: 3/10 files, 0.1 s', '\r\u001b[Kclaimlint: 5/10 files, 0.2 s']);
    progress.finish();
    assert.equal(written.at(-1), '\r\u001b[K');
    assert.equal(written.length, 3);
  });

  it('writes nothing when off, and clears nothing it never drew', () => {
    let time = 0;
    const written: string[] = [];
    const off = createProgress({ write: (text: string) => written.push(text) }, { enabled: false, now: () => time });
    time = 10_000;
    off.update(1, 2);
    off.finish();
    const quick = createProgress({ write: (text: string) => written.push(text) }, { enabled: true, now: () => time });
    quick.update(1, 1);
    quick.finish();
    assert.deepEqual(written, []);
  });

  it('never reaches output that is not a terminal', () => {
    const dir = makeTempDir('progress');
    for (let index = 0; index < 3; index++) writeFileSync(join(dir, `a${index}.md`), 'Plain text.\n');
    const result = spawnSync(process.execPath, [CLI, 'check', dir], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
  });
});
