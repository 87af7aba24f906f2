/**
 * `--shard i/n`: runs one of n parts of the file list, so CI can spread a large corpus over n machines.
 *
 * A file's shard is a hash of its path relative to `--root` (with forward slashes), modulo n. The rule looks at
 * nothing but the file's own path, so it is the same on every machine and from any working folder, and a file stays
 * in its shard when others are added or removed: each shard's `--cache` keeps working as the corpus grows, where
 * contiguous slices of the sorted list would move files across every later boundary. The price is that shards hold
 * about, not exactly, the same number of files.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { sha256Bytes } from './digest';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 1 ≤ i ≤ n, else a message saying what is wrong. */
export function parseShard(text: string): Shard | { error: string } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const usage = `--shard takes i/n, a shard number and a count with 1 ≤ i ≤ n (as 2/3), not \`${text}\``;
  if (!match) return { error: usage };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) return { error: usage };
  return { index, count };
}

/** The shard (1-based) of the file at `path` among `count`, with `root` the folder paths are taken relative to. */
export function shardOf(path: string, root: string, count: number): number {
  const from = resolve(root);
  const target = resolve(path);
  const relativePath = relative(from, target);
  // Paths on another drive (Windows) have no relative form; their absolute path is as stable.
  const key = (isAbsolute(relativePath) ? target : relativePath).split(sep).join('/');
  return (sha256Bytes(key).readUInt32BE(0) % count) + 1;
}

/** The files of `shard`, in the order given. */
export function filesOfShard(files: readonly string[], root: string, shard: Shard): string[] {
  return files.filter((file) => shardOf(file, root, shard.count) === shard.index);
}
