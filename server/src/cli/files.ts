/**
 * Expands CLI path arguments (files, folders, globs) into a sorted list of Markdown files.
 */
import { globSync } from 'tinyglobby';
import { nodeFileSystem } from '../node/node-file-system';
import { walkFiles } from '../node/walk';

const MARKDOWN = /\.(md|markdown)$/i;

/** Files for `args`; `missing` lists arguments that matched nothing. Folders go through the pipeline's one walker. */
export async function expandPaths(args: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const fs = nodeFileSystem();
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    const found = await fs.stat(arg);
    if (found) {
      if (found.type === 'directory') for (const path of await walkFiles(fs, arg, (name) => MARKDOWN.test(name))) files.add(path);
      else files.add(arg);
    } else if (/[*?[\]{}]/.test(arg)) {
      const matches = globSync(arg, { ignore: ['**/node_modules/**', '**/.git/**'] }).filter((path) => MARKDOWN.test(path));
      if (matches.length === 0) missing.push(arg);
      matches.forEach((path) => files.add(path));
    } else missing.push(arg);
  }
  return { files: [...files].sort(), missing };
}
