/**
 * Reads rule pack folders for the engine through the FileSystem, so the CLI, the desktop server and the web worker
 * load exactly the same rules.
 */
import { basename, relative } from 'node:path';
import { loadRules, type LoadedRules, type PackFile } from '../engine/index';
import type { FileSystem } from './file-system';
import { walkFiles } from './walk';

/** Every `*.yaml`/`*.yml` file under `root`, with paths relative to it. */
export async function readPackFiles(fs: FileSystem, root: string): Promise<PackFile[]> {
  const files: PackFile[] = [];
  for (const path of await walkFiles(fs, root, (name) => /\.ya?ml$/.test(name))) files.push({ path, relativePath: relative(root, path).split('\\').join('/'), text: await fs.readFile(path) });
  return files;
}

/** The files of one pack folder, with paths relative to its parent (so ids read `<pack>/<rule>`). */
export async function readPackFolder(fs: FileSystem, folder: string): Promise<PackFile[]> {
  const files = await readPackFiles(fs, folder);
  return files.map((file) => ({ ...file, relativePath: `${basename(folder)}/${file.relativePath}` }));
}

/** Loads the packs under `root` (the built-in `rules/` folder, or a team's). */
export async function loadPackFolder(fs: FileSystem, root: string): Promise<LoadedRules> {
  return loadRules(await readPackFiles(fs, root));
}
