/**
 * The FileSystem on the local disk, for the CLI (and its worker threads) and the desktop language server.
 */
import { mkdir, readdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileStat, FileSystem } from './file-system';

/** A file that is not UTF-8 text (binary, or another encoding): skipped with a notice rather than linted as garbage. */
export class NotTextError extends Error {}

const BINARY_PROBE_BYTES = 8000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text; rejects with NotTextError for binary files and invalid UTF-8. */
async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  // A NUL byte in the first few kilobytes is how git and grep tell binary files.
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) throw new NotTextError('a binary file, not text');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NotTextError('not UTF-8 text; save it as UTF-8');
  }
}

export function nodeFileSystem(): FileSystem {
  return {
    readFile: readText,
    async realPath(path): Promise<string | undefined> {
      try {
        return await realpath(path);
      } catch {
        return undefined;
      }
    },
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
