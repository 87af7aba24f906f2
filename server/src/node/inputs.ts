/**
 * What a document's result was read from. The session records every observation of the file system it makes while
 * analysing a document (a file's text, whether a file is there, a folder's entries, where an npm package resolves),
 * so a caller can later tell whether the result still holds by making the same observations again, without running
 * the pipeline or repeating its discovery (the CLI's `--cache`). Only observations that went through these recorders
 * count, so every read of the pipeline goes through the session's FileSystem, FileCache or Host.
 */
import type { PackageResolver } from './extends';
import type { FileCache } from './file-cache';
import type { FileSystem } from './file-system';

/** One observation, with what was seen. */
export type Input =
  /** A file read for its text; `text` is undefined when it could not be read (missing, a folder, not UTF-8 text). */
  | { kind: 'text'; path: string; text: string | undefined }
  /** A stat: a file, a folder, or nothing there. */
  | { kind: 'stat'; path: string; type: 'file' | 'directory' | undefined }
  /** Whether a file is there (a folder or nothing both count as no). */
  | { kind: 'isFile'; path: string; isFile: boolean }
  /** A folder's entry names, sorted (empty when it is not a folder). */
  | { kind: 'list'; path: string; names: readonly string[] }
  /** An npm package named in `extends`, resolved from a folder: its manifest's path, if installed. */
  | { kind: 'package'; name: string; from: string; manifest: string | undefined }
  /** Where a path leads once symlinks are followed (undefined when nothing is there): what the workspace check saw. */
  | { kind: 'realPath'; path: string; real: string | undefined };

/** `fs`, recording into `inputs` each observation made through it (writes are not observations). */
export function recordingFileSystem(fs: FileSystem, inputs: Input[]): FileSystem {
  return {
    ...fs,
    async readFile(path) {
      try {
        const text = await fs.readFile(path);
        inputs.push({ kind: 'text', path, text });
        return text;
      } catch (error) {
        inputs.push({ kind: 'text', path, text: undefined });
        throw error;
      }
    },
    stat: (path) => observed(inputs, fs.stat(path), (found) => ({ kind: 'stat', path, type: found?.type })),
    list: (directory) => observed(inputs, fs.list(directory), (names) => ({ kind: 'list', path: directory, names })),
    ...(fs.realPath ? { realPath: (path: string) => observed(inputs, fs.realPath!(path), (real) => ({ kind: 'realPath', path, real })) } : {}),
  };
}

/** `files`, recording into `inputs` each observation made through it. */
export function recordingFileCache(files: FileCache, inputs: Input[]): FileCache {
  return {
    read: (path) => observed(inputs, files.read(path), (file) => ({ kind: 'text', path, text: file?.text })),
    isFile: (path) => observed(inputs, files.isFile(path), (isFile) => ({ kind: 'isFile', path, isFile })),
    clear: () => files.clear(),
  };
}

/** Waits for an observation, records what was seen, and hands it on. */
async function observed<T>(inputs: Input[], seeing: Promise<T>, record: (seen: T) => Input): Promise<T> {
  const seen = await seeing;
  inputs.push(record(seen));
  return seen;
}

/** `resolve`, recording into `inputs` where each package resolved. */
export function recordingResolver(resolve: PackageResolver, inputs: Input[]): PackageResolver {
  return (name, from) => {
    const manifest = resolve(name, from);
    inputs.push({ kind: 'package', name, from, manifest });
    return manifest;
  };
}
