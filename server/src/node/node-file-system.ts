/**
 * The FileSystem on the local disk, for the CLI (and its worker threads) and the desktop language server.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileStat, FileSystem } from './file-system';

export function nodeFileSystem(): FileSystem {
  return {
    readFile: (path) => readFile(path, 'utf8'),
    async stat(path): Promise<FileStat | undefined> {
      try {
        const found = await stat(path);
        if (!found.isFile() && !found.isDirectory()) return undefined;
        return { type: found.isFile() ? 'file' : 'directory', size: found.size, mtimeMs: found.mtimeMs };
      } catch {
        return undefined;
      }
    },
    async list(directory): Promise<string[]> {
      try {
        return (await readdir(directory)).sort();
      } catch {
        return [];
      }
    },
    async writeFile(path, text): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    },
    pathOf: (uri) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined),
    uriOf: (path) => pathToFileURL(path).toString(),
  };
}
