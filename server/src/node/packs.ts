/**
 * Reads rule pack folders from disk for the engine. Shared by the language
 * server and the CLI so both load exactly the same rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { loadRules, type LoadedRules, type PackFile } from '../engine/index';

/** Every `*.yaml`/`*.yml` file under `root`, with paths relative to it. */
export function readPackFiles(root: string): PackFile[] {
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

/** The files of one pack folder, with paths relative to its parent (so ids read `<pack>/<rule>`). */
export function readPackFolder(folder: string): PackFile[] {
  return readPackFiles(dirname(folder)).filter((file) => file.relativePath.startsWith(`${basename(folder)}/`));
}

/** Loads the packs under `root` (the built-in `rules/` folder, or a team's). */
export function loadPackFolder(root: string): LoadedRules {
  return loadRules(readPackFiles(root));
}
