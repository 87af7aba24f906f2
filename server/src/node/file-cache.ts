/**
 * The session's one cache of file texts: a file is read again only when its size or modification time changes, so a
 * bibliography or ledger read for every keystroke costs one stat.
 */
import type { FileSystem } from './file-system';

export interface CachedFile {
  path: string;
  text: string;
}

export interface FileCache {
  /** The file's text, or undefined when it is missing, a folder or unreadable. */
  read(path: string): Promise<CachedFile | undefined>;
  /** Whether a file is there. */
  isFile(path: string): Promise<boolean>;
  clear(): void;
}

export function createFileCache(fs: FileSystem): FileCache {
  const texts = new Map<string, { size: number; mtimeMs: number; text: string }>();
  return {
    async read(path) {
      try {
        const found = await fs.stat(path);
        if (found?.type !== 'file') return undefined;
        const cached = texts.get(path);
        if (cached && cached.size === found.size && cached.mtimeMs === found.mtimeMs) return { path, text: cached.text };
        const text = await fs.readFile(path);
        texts.set(path, { size: found.size, mtimeMs: found.mtimeMs, text });
        return { path, text };
      } catch {
        return undefined;
      }
    },
    async isFile(path) {
      return (await fs.stat(path))?.type === 'file';
    },
    clear() {
      texts.clear();
    },
  };
}
