/**
 * Synchronous reading of a rule pack folder from disk, for build scripts, benchmarks and test helpers that run
 * outside the document pipeline (which reads packs through its FileSystem: server/src/node/packs.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRules, type LoadedRules, type PackFile } from '../server/src/engine/index';
import '../server/src/node/node-inflector';

/** Every `*.yaml`/`*.yml` file under `root`, with paths relative to it. */
export function readPackFilesSync(root: string): PackFile[] {
  const files: PackFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) files.push({ path, relativePath: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return files;
}

/** Loads the packs under `root`. */
export function loadPackFolderSync(root: string): LoadedRules {
  return loadRules(readPackFilesSync(root));
}
