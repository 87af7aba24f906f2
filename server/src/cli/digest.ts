/**
 * Digests for `--cache`: of document texts, and of the observations a result rests on (`DocumentAnalysis.inputs`),
 * which can be made again later without the engine to tell whether a cached result still holds. Kept free of the
 * engine and the session, so a run where every file is cached never loads them.
 */
import { createHash } from 'node:crypto';
import type { FileSystem } from '../node/file-system';
import type { Input } from '../node/inputs';
import { resolveNodePackage } from '../node/node-packages';

/**
 * An observation as the cache keeps it: what kind, of what (a path; for a package, its name and the folder it was
 * resolved from), and a digest of what was seen (`-` for nothing there).
 */
export type InputKey = [kind: Input['kind'], subject: string, seen: string];

const NOTHING = '-';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('base64url');
}

/** The SHA-256 of `text` (UTF-8) as bytes. */
export function sha256Bytes(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

// The same texts (built-in packs, a shared bibliography) are seen for every document: digest each once per thread.
const digested = new Map<string, { text: string; digest: string }>();

/** The digest of a file's text as the pipeline read it. */
export function textDigest(text: string, path?: string): string {
  if (path === undefined) return sha256(text);
  const known = digested.get(path);
  if (known && known.text === text) return known.digest;
  const digest = sha256(text);
  digested.set(path, { text, digest });
  return digest;
}

/**
 * The observations, once each, as kept by the cache; undefined when the same thing was seen two ways in one analysis
 * (a file changed while it was read), since no later state could stand for that result.
 */
export function inputKeys(inputs: readonly Input[]): InputKey[] | undefined {
  const keys = new Map<string, InputKey>();
  for (const input of inputs) {
    const key = keyOf(input);
    const id = `${key[0]}\u0000${key[1]}`;
    const earlier = keys.get(id);
    if (earlier && earlier[2] !== key[2]) return undefined;
    keys.set(id, key);
  }
  return [...keys.values()];
}

function keyOf(input: Input): InputKey {
  switch (input.kind) {
    case 'text':
      return ['text', input.path, input.text === undefined ? NOTHING : textDigest(input.text, input.path)];
    case 'stat':
      return ['stat', input.path, input.type ?? NOTHING];
    case 'isFile':
      return ['isFile', input.path, input.isFile ? 'yes' : 'no'];
    case 'list':
      return ['list', input.path, sha256(input.names.join('\u0000'))];
    case 'package':
      return ['package', `${input.name}\u0000${input.from}`, input.manifest ?? NOTHING];
    case 'realPath':
      return ['realPath', input.path, input.real ?? NOTHING];
  }
}

/**
 * Makes the observation of `key` again, the way the pipeline makes it on this host (the same file system and package
 * resolution), and says whether it sees the same. Anything unexpected counts as changed.
 */
export async function stillHolds(key: InputKey, fs: FileSystem): Promise<boolean> {
  const [kind, subject, seen] = key;
  try {
    switch (kind) {
      case 'text': {
        const text = await fs.readFile(subject).catch(() => undefined);
        return (text === undefined ? NOTHING : sha256(text)) === seen;
      }
      case 'stat':
        return ((await fs.stat(subject))?.type ?? NOTHING) === seen;
      case 'isFile':
        return ((await fs.stat(subject))?.type === 'file' ? 'yes' : 'no') === seen;
      case 'list':
        return sha256((await fs.list(subject)).join('\u0000')) === seen;
      case 'realPath':
        return fs.realPath !== undefined && ((await fs.realPath(subject)) ?? NOTHING) === seen;
      case 'package': {
        const [name, from] = subject.split('\u0000');
        return name !== undefined && from !== undefined && (resolveNodePackage(name, from) ?? NOTHING) === seen;
      }
      default:
        return false;
    }
  } catch {
    return false;
  }
}
