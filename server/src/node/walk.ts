/**
 * The one directory walker of the pipeline: files under a folder whose names pass a test, in sorted order, skipping
 * dependency, build and hidden folders. It goes through the FileSystem so it works on disk and in the browser alike.
 */
import { join } from 'node:path';
import type { FileSystem } from './file-system';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);
// Bounded: a symlink loop or a pathological tree never runs away.
const MAX_DEPTH = 24;

/** Paths of the files under `root` whose name passes `wanted`. */
export async function walkFiles(fs: FileSystem, root: string, wanted: (name: string) => boolean, options: { skipHidden?: boolean } = {}): Promise<string[]> {
  const files: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    for (const name of await fs.list(dir)) {
      if (SKIPPED_FOLDERS.has(name) || (options.skipHidden && name.startsWith('.'))) continue;
      const path = join(dir, name);
      const found = await fs.stat(path);
      if (found?.type === 'directory') await visit(path, depth + 1);
      else if (found?.type === 'file' && wanted(name)) files.push(path);
    }
  };
  await visit(root, 0);
  return files;
}
