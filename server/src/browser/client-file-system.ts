/**
 * The FileSystem of the web worker: every read and write is a request to the editor client (protocol.ts FS_*),
 * which answers it with `vscode.workspace.fs`, so the server sees the workspace's own file system whatever it is
 * (github.dev's `vscode-vfs://github/…`, vscode.dev's `file:`, code-server's `vscode-remote://…`,
 * `vscode-test-web://…`).
 *
 * Paths are POSIX-style: a document URI's path, decoded. The scheme and authority are remembered per origin, with
 * the deepest folder that holds every path seen there, so a path converts back to a URI on the origin it came from
 * (the workspace folder's, in practice: one origin per workspace).
 */
import type { FileStat, FileSystem } from '../node/file-system';
import { FS_LIST, FS_READ_FILE, FS_STAT, FS_WRITE_FILE, type FsListResult, type FsReadFileResult, type FsStatResult, type FsUriParams, type FsWriteParams } from '../protocol';

/** The part of an LSP connection this needs: requests to the client. */
export interface ClientRequests {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

/** A URI taken apart, as RFC 3986 has it. */
interface UriParts {
  scheme: string;
  authority: string;
  path: string;
}

const URI = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/;

/** Scheme, authority and decoded path of a hierarchical URI without query or fragment; undefined for any other. */
export function parseUri(uri: string): UriParts | undefined {
  const match = URI.exec(uri);
  if (!match || match[4] !== undefined || match[5] !== undefined) return undefined;
  const [, scheme, authority = '', rawPath = ''] = match;
  if (!rawPath.startsWith('/')) return undefined; // untitled:Untitled-1 and other non-hierarchical URIs
  try {
    return { scheme: scheme!.toLowerCase(), authority, path: decodeURIComponent(rawPath) };
  } catch {
    return undefined; // malformed percent-encoding
  }
}

/** Encodes a path as VS Code's `Uri.toString()` does: everything but unreserved characters and `/`, in upper-case hex. */
export function encodePath(path: string): string {
  let result = '';
  for (const char of path) {
    if (/^[A-Za-z0-9\-._~/]$/.test(char)) result += char;
    else result += encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return result;
}

/** The deepest folder containing both paths (POSIX, absolute). */
function commonFolder(a: string, b: string): string {
  const left = a.split('/');
  const right = b.split('/');
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return left.slice(0, i).join('/') || '/';
}

/** How many leading segments `path` shares with `folder`. */
function sharedSegments(path: string, folder: string): number {
  const a = path.split('/').filter(Boolean);
  const b = folder.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function clientFileSystem(connection: ClientRequests): FileSystem {
  /** Origin (`scheme://authority`) → the deepest folder holding every path seen on it; in insertion order. */
  const origins = new Map<string, string>();

  const remember = (origin: string, path: string): void => {
    const known = origins.get(origin);
    origins.set(origin, known === undefined ? path : commonFolder(known, path));
  };

  const pathOf = (uri: string): string | undefined => {
    const parts = parseUri(uri);
    if (!parts || parts.scheme === 'untitled') return undefined;
    remember(`${parts.scheme}://${parts.authority}`, parts.path);
    return parts.path;
  };

  const uriOf = (path: string): string => {
    let best: string | undefined;
    let bestShared = -1;
    for (const [origin, folder] of origins) {
      const shared = sharedSegments(path, folder);
      if (shared > bestShared) {
        best = origin;
        bestShared = shared;
      }
    }
    return `${best ?? 'file://'}${encodePath(path.startsWith('/') ? path : `/${path}`)}`;
  };

  const request = <R>(method: string, params: FsUriParams | FsWriteParams): Promise<R> => connection.sendRequest<R>(method, params);

  return {
    async readFile(path: string): Promise<string> {
      let text: FsReadFileResult;
      try {
        text = await request<FsReadFileResult>(FS_READ_FILE, { uri: uriOf(path) });
      } catch (error) {
        throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (text === null || text === undefined) throw new Error(`cannot read ${path}: no such file`);
      return text;
    },
    async stat(path: string): Promise<FileStat | undefined> {
      const stat = await request<FsStatResult>(FS_STAT, { uri: uriOf(path) }).catch(() => null);
      return stat ? { type: stat.type, size: stat.size, mtimeMs: stat.mtime } : undefined;
    },
    async list(directory: string): Promise<string[]> {
      const names = await request<FsListResult>(FS_LIST, { uri: uriOf(directory) }).catch(() => []);
      return [...(names ?? [])].sort();
    },
    async writeFile(path: string, text: string): Promise<void> {
      try {
        await request<null>(FS_WRITE_FILE, { uri: uriOf(path), text });
      } catch (error) {
        throw new Error(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
    pathOf,
    uriOf,
  };
}
