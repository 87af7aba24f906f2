/**
 * The host on a machine with a disk: the CLI, its worker threads and the desktop language server.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from './host';
import { nodeFileSystem } from './node-file-system';
import { resolveNodePackage } from './node-packages';
import { readPackFiles } from './packs';
import './node-inflector';

/** The built-in `rules/` folder, beside `dist/` when bundled, at the repo root in tests. */
export function builtinRulesRoot(): string {
  const candidates = [join(__dirname, '..', 'rules'), join(__dirname, '..', '..', '..', 'rules')];
  return candidates.find((candidate) => existsSync(join(candidate, 'overclaim', 'pack.yaml'))) ?? candidates[0]!;
}

/** The generated rule documentation shipped beside `dist/` (or at the repo root in tests), if present. */
export function rulesDocsRoot(): string | undefined {
  return [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')].find((dir) => existsSync(dir));
}

export function nodeHost(): Host {
  const fileSystem = nodeFileSystem();
  return { fileSystem, builtinPacks: (fs = fileSystem) => readPackFiles(fs, builtinRulesRoot()), resolvePackage: resolveNodePackage };
}
