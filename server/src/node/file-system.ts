/**
 * The only way the document pipeline touches files: a small asynchronous interface with one implementation on the
 * disk (`node-file-system.ts`, for the CLI and the desktop server) and one through the editor client (the web
 * extension, `../browser/client-file-system.ts`). Paths are absolute, in the host's style; URIs convert at this edge.
 */

export interface FileStat {
  type: 'file' | 'directory';
  size: number;
  mtimeMs: number;
}

export interface FileSystem {
  /** The file's text (UTF-8); rejects with a readable message when it cannot be read. */
  readFile(path: string): Promise<string>;
  /** Kind, size and modification time; undefined when nothing is there. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Entry names of a folder, sorted; empty when it is not a folder. */
  list(directory: string): Promise<string[]>;
  /** Writes (creates) a file, creating its folder. */
  writeFile(path: string, text: string): Promise<void>;
  /** The path of a document URI on this file system; undefined for documents outside it (untitled). */
  pathOf(uri: string): string | undefined;
  /** The URI of a path on this file system. */
  uriOf(path: string): string;
  /**
   * The path with every symlink followed; undefined when nothing is there. Optional: a file system without symlinks
   * (the editor's, for the web extension) leaves it out and paths are compared as written.
   */
  realPath?(path: string): Promise<string | undefined>;
}
