/**
 * The session's one cache of file texts: a file is read again only when its size or modification time changes, so a
 * bibliography or ledger read for every keystroke costs one stat. Paths found missing are remembered until `clear()`
 * (the server clears on watched-file events, which include creations): the searches for configs, default
 * bibliographies and ledgers up the folder tree then cost nothing per keystroke. Texts are kept up to a budget of
 * characters, least recently read first out, so a CLI run over 100,000 articles does not hold them all.
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

/** Characters of file text kept (about 64 MB): every bibliography, config and ledger of a workspace, and more. */
export const FILE_CACHE_CHARS = 32 * 1024 * 1024;

export function createFileCache(fs: FileSystem, budget = FILE_CACHE_CHARS): FileCache {
  const texts = new Map<string, { size: number; mtimeMs: number; text: string }>();
  let held = 0;
  const remember = (path: string, entry: { size: number; mtimeMs: number; text: string }): void => {
    forget(path);
    texts.set(path, entry);
    held += entry.text.length;
    // Map order is insertion order, and a hit re-inserts: the first entries are the least recently read.
    for (const [oldest] of texts) {
      if (held <= budget || texts.size === 1) break;
      forget(oldest);
    }
  };
  const forget = (path: string): void => {
    const old = texts.get(path);
    if (!old) return;
    held -= old.text.length;
    texts.delete(path);
  };
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
        if (cached && cached.size === found.size && cached.mtimeMs === found.mtimeMs) {
          remember(path, cached);
          return { path, text: cached.text };
        }
        const text = await fs.readFile(path);
        remember(path, { size: found.size, mtimeMs: found.mtimeMs, text });
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
      held = 0;
      missing.clear();
    },
  };
}
