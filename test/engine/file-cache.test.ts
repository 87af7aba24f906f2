import assert from 'node:assert/strict';
import { createFileCache } from '../../server/src/node/file-cache';
import type { FileSystem } from '../../server/src/node/file-system';

/** An in-memory file system that counts reads. */
function countingFileSystem(files: Record<string, string>): { fs: FileSystem; reads: string[] } {
  const reads: string[] = [];
  const fs: FileSystem = {
    async readFile(path) {
      reads.push(path);
      return files[path]!;
    },
    async stat(path) {
      return path in files ? { type: 'file', size: files[path]!.length, mtimeMs: 1 } : undefined;
    },
    async list() {
      return [];
    },
    async writeFile() {},
    pathOf: (uri) => uri,
    uriOf: (path) => path,
  };
  return { fs, reads };
}

describe('file cache', () => {
  it('reads a file once while it is unchanged', async () => {
    const { fs, reads } = countingFileSystem({ '/a.bib': 'aaaa' });
    const cache = createFileCache(fs);
    assert.equal((await cache.read('/a.bib'))?.text, 'aaaa');
    assert.equal((await cache.read('/a.bib'))?.text, 'aaaa');
    assert.deepEqual(reads, ['/a.bib']);
  });

  it('keeps texts up to its budget of characters, dropping the least recently read first', async () => {
    const { fs, reads } = countingFileSystem({ '/a': 'aaaa', '/b': 'bbbb', '/c': 'cccc' });
    const cache = createFileCache(fs, 8);
    await cache.read('/a');
    await cache.read('/b');
    await cache.read('/a'); // the most recently read now
    await cache.read('/c'); // 12 characters > 8: "/b" goes
    await cache.read('/a');
    await cache.read('/b');
    assert.deepEqual(reads, ['/a', '/b', '/c', '/b']);
  });
});
