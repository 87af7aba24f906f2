/**
 * Spreading a run over threads: one queue, largest files first; the main thread counts as one of `--jobs`; output,
 * problems in other files included, is the same however many threads did the work.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { largestFirst, threadCount } from '../../server/src/cli/parallel';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

describe('parallel runs', function () {
  this.timeout(180_000);
  after(removeTempDirs);

  it('queues files largest first, keeping the sorted order among equals', () => {
    assert.deepEqual(largestFirst([10, 30, 5, 30, 0]), [1, 3, 0, 2, 4]);
    assert.deepEqual(largestFirst([]), []);
  });

  it('counts the main thread as one of --jobs, and starts no thread for a few files', () => {
    assert.equal(threadCount(0, 4), 1);
    assert.equal(threadCount(15, 4), 1);
    assert.equal(threadCount(16, 4), 2);
    assert.equal(threadCount(100, 3), 3);
    assert.equal(threadCount(100, 1), 1);
  });

  it('prints the same, byte for byte, on one thread and on several, problems in configs and bibliographies included', () => {
    const dir = makeTempDir('parallel');
    for (const folder of ['north', 'south']) {
      mkdirSync(join(dir, folder));
      // A config problem and a broken bibliography entry in each folder: problems that several threads meet.
      writeFileSync(join(dir, folder, '.claimlint.yaml'), 'packs: [overclaim, citations]\nrules:\n  overclaim/no-such-rule: off\n');
      writeFileSync(join(dir, folder, 'references.bib'), '@article{smith2020, title={A trial}, author={Smith, Ann}, year={2020}, journal={J}}\n@article{broken, title={Unclosed}\n');
      for (let index = 0; index < 14; index++) {
        const padding = 'Rest helps. '.repeat(index * 20);
        writeFileSync(join(dir, folder, `n${String(index).padStart(2, '0')}.md`), `# Note ${index}\n\nTurmeric cures arthritis [@smith2020]. ${padding}\n`);
      }
    }
    const runs = [1, 2, 3].map((jobs) => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--jobs', String(jobs), dir], { cwd: dir, encoding: 'utf8' }));
    const [single, ...parallel] = runs;
    assert.equal(single!.status, 2, single!.stderr);
    const problemFiles = single!.stderr
      .split('\n')
      .filter((line) => line.startsWith(dir))
      .map((line) => line.slice(dir.length).split(':')[0]);
    assert.deepEqual(problemFiles, ['/north/.claimlint.yaml', '/north/references.bib', '/south/.claimlint.yaml', '/south/references.bib'], 'each problem once, in path order');
    for (const run of parallel) {
      assert.equal(run.status, single!.status);
      assert.equal(run.stdout, single!.stdout);
      assert.equal(run.stderr, single!.stderr);
    }
    assert.equal((JSON.parse(single!.stdout) as { files: unknown[] }).files.length, 28 + 4, '28 documents and 4 files with problems');
  });
});
