/**
 * Expands CLI path arguments (files, folders, globs) into a sorted list of Markdown files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

const MARKDOWN = /\.(md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/** Files for `args`; `missing` lists arguments that matched nothing. */
export function expandPaths(args: readonly string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    if (existsSync(arg)) {
      if (statSync(arg).isDirectory()) walk(arg, files);
      else files.add(arg);
    } else if (/[*?[\]{}]/.test(arg)) {
      const matches = globSync(arg, { ignore: ['**/node_modules/**', '**/.git/**'] }).filter((path) => MARKDOWN.test(path));
      if (matches.length === 0) missing.push(arg);
      matches.forEach((path) => files.add(path));
    } else missing.push(arg);
  }
  return { files: [...files].sort(), missing };
}

function walk(dir: string, files: Set<string>): void {
  for (const name of readdirSync(dir).sort()) {
    if (SKIPPED_FOLDERS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, files);
    else if (MARKDOWN.test(name)) files.add(path);
  }
}
