/**
 * Resolves npm package names for `extends` from the project's node_modules, the way Node would: only on hosts with a
 * disk (the CLI and the desktop server).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PackageResolver } from './extends';

export const resolveNodePackage: PackageResolver = (name, fromDirectory) => {
  try {
    return createRequire(join(fromDirectory, 'noop.js')).resolve(`${name}/package.json`);
  } catch {
    return undefined;
  }
};
