/**
 * The session's one cache of file texts: a file is read again only when its size or modification time changes, so a
 * bibliography or ledger read for every keystroke costs one stat. Paths found missing are remembered until `clear()`
 * (the server clears on watched-file events, which include creations): the searches for configs, default
 * bibliographies and ledgers up the folder tree then cost nothing per keystroke.
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
  const missing = new Set<string>();
  const stat = async (path: string) => {
    if (missing.has(path)) return undefined;
    const found = await fs.stat(path);
    if (!found) missing.add(path);
    return found;
  };
  return {
    async read(path) {
      try {
        const found = await stat(path);
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
      return (await stat(path))?.type === 'file';
    },
    clear() {
      texts.clear();
      missing.clear();
    },
  };
}
