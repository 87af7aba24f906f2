/**
 * The web worker's `node:path` (server/src/browser/path.ts) answers as Node's own POSIX path module, on the paths
 * the pipeline builds (absolute workspace paths, relative pack paths, `..`, repeated and trailing slashes).
 */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import * as browserPath from '../../server/src/browser/path';

const PATHS = [
  '',
  '.',
  '..',
  '/',
  '//',
  '///',
  'a',
  'a/',
  '/a',
  '/a/',
  '/a/b',
  '/a/b/',
  'a/b/c',
  './a',
  '../a',
  'a/../b',
  'a/./b',
  '/a/../../b',
  '/owner/repo/.claimlint.yaml',
  '/owner/repo/docs/article.md',
  '/c:/Users/me/notes/a b.md',
  '/x/.hidden',
  '/x/archive.tar.gz',
  '/x/y.',
  'rules/overclaim/pack.yaml',
  '../../rules',
  '/a//b///c/',
  '.claimlint',
  '..a',
  'a..',
  '/a/b/../..',
  '/a/b/../../..',
];

describe('browser path module', () => {
  for (const name of ['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse'] as const) {
    it(`${name} matches node:path posix`, () => {
      for (const path of PATHS) assert.deepEqual(browserPath[name](path), posix[name](path), `${name}(${JSON.stringify(path)})`);
    });
  }

  it('basename with a suffix matches', () => {
    for (const path of PATHS) for (const suffix of ['.md', '.yaml', 'b', '']) assert.equal(browserPath.basename(path, suffix), posix.basename(path, suffix), `basename(${path}, ${suffix})`);
  });

  it('join, resolve and relative match on pairs of paths (absolute ones for resolve and relative)', () => {
    for (const a of PATHS) {
      for (const b of PATHS) {
        assert.equal(browserPath.join(a, b), posix.join(a, b), `join(${a}, ${b})`);
        const absoluteA = `/${a}`;
        const absoluteB = `/${b}`;
        assert.equal(browserPath.resolve(absoluteA, b), posix.resolve(absoluteA, b), `resolve(${absoluteA}, ${b})`);
        assert.equal(browserPath.relative(absoluteA, absoluteB), posix.relative(absoluteA, absoluteB), `relative(${absoluteA}, ${absoluteB})`);
      }
    }
  });

  it('format inverts parse', () => {
    for (const path of PATHS.filter((p) => p && !p.endsWith('/'))) assert.equal(browserPath.format(browserPath.parse(path)), posix.format(posix.parse(path)), path);
  });

  it('has the separator, the delimiter and the posix namespace', () => {
    assert.equal(browserPath.sep, '/');
    assert.equal(browserPath.delimiter, ':');
    assert.equal(browserPath.posix.join('a', 'b'), 'a/b');
    assert.equal(browserPath.default.dirname('/a/b'), '/a');
  });
});
