/**
 * The built-in rule packs of the web worker: `rules/**\/*.yaml`, embedded into dist/web/server.js at build time by
 * esbuild.mjs (virtual module `claimlint:builtin-packs`), so nothing is fetched at run time. The same files, in the
 * same order, as the desktop server reads from the extension folder.
 */
import embedded from 'claimlint:builtin-packs';
import type { PackFile } from '../engine/index';

/** Where the built-in packs seem to live: outside any workspace, so no workspace file is mistaken for one. */
export const BUILTIN_RULES_ROOT = '/claimlint-builtin/rules';

export function builtinPackFiles(): PackFile[] {
  return embedded.map(({ relativePath, text }) => ({ path: `${BUILTIN_RULES_ROOT}/${relativePath}`, relativePath, text }));
}

export async function builtinPacks(): Promise<PackFile[]> {
  return builtinPackFiles();
}
