/**
 * `node:path` for the web worker: the POSIX half of Node's path module, which esbuild.mjs aliases `path` and
 * `node:path` to in the browser bundle. Paths on the client file system are POSIX-style (the URI path), so POSIX
 * semantics are exactly right there. Written here because neither `pathe` nor `path-browserify` is a dependency;
 * it follows Node's `lib/path.js` (posix) closely, with `process.cwd()` taken as `/`.
 */

export const sep = '/';
export const delimiter = ':';

/** Resolves `.` and `..` segments; `allowAboveRoot` keeps leading `..` of relative paths. */
function normalizeString(path: string, allowAboveRoot: boolean): string {
  let result = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (code === 47 /* / */) break;
    else code = 47;
    if (code === 47) {
      if (lastSlash === i - 1 || dots === 1) {
        // A repeated slash or `.`: nothing to add.
      } else if (dots === 2) {
        if (result.length < 2 || lastSegmentLength !== 2 || !result.endsWith('..')) {
          if (result.length > 2) {
            const lastSlashIndex = result.lastIndexOf('/');
            if (lastSlashIndex === -1) {
              result = '';
              lastSegmentLength = 0;
            } else {
              result = result.slice(0, lastSlashIndex);
              lastSegmentLength = result.length - 1 - result.lastIndexOf('/');
            }
            lastSlash = i;
            dots = 0;
            continue;
          } else if (result.length !== 0) {
            result = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          result += result.length > 0 ? '/..' : '..';
          lastSegmentLength = 2;
        }
      } else {
        if (result.length > 0) result += `/${path.slice(lastSlash + 1, i)}`;
        else result = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === 46 /* . */ && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return result;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function normalize(path: string): string {
  if (path.length === 0) return '.';
  const absolute = isAbsolute(path);
  const trailingSeparator = path.endsWith('/');
  let result = normalizeString(path, !absolute);
  if (result.length === 0) {
    if (absolute) return '/';
    return trailingSeparator ? './' : '.';
  }
  if (trailingSeparator) result += '/';
  return absolute ? `/${result}` : result;
}

export function join(...paths: string[]): string {
  const joined = paths.filter((part) => part.length > 0).join('/');
  return joined.length === 0 ? '.' : normalize(joined);
}

export function resolve(...paths: string[]): string {
  let resolved = '';
  let absolute = false;
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    // The worker has no working directory: the root stands in for it.
    const path = i >= 0 ? paths[i]! : '/';
    if (path.length === 0) continue;
    resolved = `${path}/${resolved}`;
    absolute = path.startsWith('/');
  }
  resolved = normalizeString(resolved, !absolute);
  return absolute ? `/${resolved}` : resolved.length > 0 ? resolved : '.';
}

export function relative(from: string, to: string): string {
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

export function dirname(path: string): string {
  if (path.length === 0) return '.';
  const absolute = path.startsWith('/');
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === 47) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return absolute ? '/' : '.';
  if (absolute && end === 1) return '//';
  return path.slice(0, end);
}

export function basename(path: string, suffix?: string): string {
  let start = 0;
  let end = -1;
  let matchedSlash = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let suffixIndex = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = path.length - 1; i >= 0; --i) {
      const code = path.charCodeAt(i);
      if (code === 47) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (suffixIndex >= 0) {
          if (code === suffix.charCodeAt(suffixIndex)) {
            if (--suffixIndex === -1) end = i;
          } else {
            suffixIndex = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= 0; --i) {
    if (path.charCodeAt(i) === 47) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

export interface ParsedPath {
  root: string;
  dir: string;
  base: string;
  ext: string;
  name: string;
}

/** Where the last segment of `path[from…]` starts and ends, and where its extension starts (-1: none). */
function lastSegment(path: string, from: number): { startPart: number; end: number; startDot: number } {
  let startDot = -1;
  let startPart = 0;
  let end = -1;
  let matchedSlash = true;
  // 0: no dot seen before the last one; 1: only dots; -1: a non-dot character.
  let preDotState = 0;
  for (let i = path.length - 1; i >= from; --i) {
    const code = path.charCodeAt(i);
    if (code === 47) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === 46) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  // `.name` files and `..` have no extension.
  if (startDot === -1 || end === -1 || preDotState === 0 || (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) startDot = -1;
  return { startPart, end, startDot };
}

export function extname(path: string): string {
  const { end, startDot } = lastSegment(path, 0);
  return startDot === -1 ? '' : path.slice(startDot, end);
}

export function parse(path: string): ParsedPath {
  const parsed: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return parsed;
  const absolute = path.charCodeAt(0) === 47;
  if (absolute) parsed.root = '/';
  const { startPart, end, startDot } = lastSegment(path, absolute ? 1 : 0);
  if (end !== -1) {
    const start = startPart === 0 && absolute ? 1 : startPart;
    parsed.base = path.slice(start, end);
    if (startDot === -1) parsed.name = parsed.base;
    else {
      parsed.name = path.slice(start, startDot);
      parsed.ext = path.slice(startDot, end);
    }
  }
  if (startPart > 0) parsed.dir = path.slice(0, startPart - 1);
  else if (absolute) parsed.dir = '/';
  return parsed;
}

export function format(parts: Partial<ParsedPath>): string {
  const dir = parts.dir || parts.root || '';
  const base = parts.base || `${parts.name ?? ''}${parts.ext ? (parts.ext.startsWith('.') ? parts.ext : `.${parts.ext}`) : ''}`;
  if (!dir) return base;
  return dir === parts.root ? `${dir}${base}` : `${dir}/${base}`;
}

export function toNamespacedPath(path: string): string {
  return path;
}

const posixPath = { sep, delimiter, normalize, join, resolve, relative, dirname, basename, extname, isAbsolute, parse, format, toNamespacedPath };
/** `path.posix` and `path.win32` as Node has them (win32 is not implemented: the worker has POSIX paths only). */
export const posix = posixPath;
export const win32 = posixPath;
export default { ...posixPath, posix: posixPath, win32: posixPath };
