/**
 * `claimlint check --shard i/n`: the shards of a file list are disjoint and together the whole list, a file's shard
 * depends only on its path relative to --root (not on the machine, the working folder or the other files), and a
 * malformed `i/n` is a usage error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOfShard, parseShard, shardOf } from '../../server/src/cli/shard';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('--shard', function () {
  this.timeout(120_000);
  after(removeTempDirs);

  it('parses i/n with 1 ≤ i ≤ n and explains anything else', () => {
    assert.deepEqual(parseShard('1/1'), { index: 1, count: 1 });
    assert.deepEqual(parseShard('3/4'), { index: 3, count: 4 });
    for (const text of ['0/3', '4/3', 'abc', '1/0', '/3', '1/', '1.5/3', '-1/3', '1/3/5', '']) assert.ok('error' in parseShard(text), text);
  });

  it('splits a list into disjoint shards that together are the whole list, about evenly', () => {
    const root = '/work/site';
    const files = Array.from({ length: 400 }, (_, index) => `${root}/articles/topic-${index % 7}/article-${String(index).padStart(3, '0')}.md`).sort();
    for (const count of [1, 2, 3, 5]) {
      const shards = Array.from({ length: count }, (_, index) => filesOfShard(files, root, { index: index + 1, count }));
      const all = shards.flat();
      assert.equal(all.length, files.length, `${count}: disjoint`);
      assert.deepEqual([...all].sort(), files, `${count}: the whole list`);
      for (const shard of shards) {
        assert.deepEqual(shard, [...shard].sort(), 'each shard keeps the sorted order');
        assert.ok(Math.abs(shard.length - files.length / count) < (files.length / count) * 0.25, `${count}: ${shards.map((s) => s.length).join(', ')}`);
      }
    }
  });

  it('places a file by its path relative to the root alone: the same on any machine, whatever else is in the list', () => {
    const relative = ['a.md', 'nested/b.md', 'nested/deeper/c.markdown', 'z.md'];
    for (const path of relative) {
      const here = shardOf(`/home/ci/checkout/${path}`, '/home/ci/checkout', 4);
      assert.equal(shardOf(`/builds/other/place/${path}`, '/builds/other/place/', 4), here, path);
      assert.equal(shardOf(`/builds/other/place/./nested/../${path}`, '/builds/other/place', 4), here, `${path}: the same path written another way`);
    }
    const before = filesOfShard(['/r/a.md', '/r/b.md'], '/r', { index: 1, count: 2 });
    const after = filesOfShard(['/r/0.md', '/r/a.md', '/r/aa.md', '/r/b.md'], '/r', { index: 1, count: 2 });
    assert.deepEqual(
      after.filter((path) => path === '/r/a.md' || path === '/r/b.md'),
      before,
      'adding files moves no other file',
    );
  });

  it('checks one shard from the command line, from any working folder, and refuses a malformed one', () => {
    const dir = makeTempDir('shard');
    writeFileSync(join(dir, '.claimlint.yaml'), 'packs: [overclaim]\n');
    mkdirSync(join(dir, 'articles'));
    for (let index = 0; index < 12; index++) writeFileSync(join(dir, 'articles', `a${index}.md`), `Note ${index}.\n`);
    const shardPaths = (shard: string, cwd: string, target: string): string[] => {
      const result = run(['check', '--format', 'json', '--root', dir, '--shard', shard, target], cwd);
      assert.equal(result.code, 0, result.stderr);
      return (JSON.parse(result.stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path);
    };
    const shards = ['1/3', '2/3', '3/3'].map((shard) => shardPaths(shard, dir, 'articles'));
    assert.deepEqual(shards.flat().sort(), shardPaths('1/1', dir, 'articles').sort());
    assert.equal(new Set(shards.flat()).size, 12);
    const fromAbove = shardPaths('2/3', join(dir, '..'), join(dir, 'articles'));
    assert.deepEqual(
      fromAbove.map((path) => path.slice(dir.length + 1)),
      shards[1],
      'the same files from another working folder',
    );

    for (const shard of ['0/3', '4/3', 'abc']) {
      const result = run(['check', '--shard', shard, 'articles'], dir);
      assert.equal(result.code, 2, shard);
      assert.match(result.stderr, /^claimlint: --shard takes i\/n, .+ not `.+`\n\nUsage:/, shard);
    }
  });
});
