/**
 * Resolves a config's `extends`: paths (a config file, a pack folder, or a folder
 * of packs) and npm package names resolved from the project's node_modules (the
 * package's `.claimlint.yaml` and packs, with its version reported). Extended
 * configs may extend others; cycles and depth are bounded. Nothing is fetched:
 * a team installs and pins its pack with npm like any other dependency.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { mergeConfigData, readConfigFile, type ConfigData, type Problem } from '../engine/index';

const CONFIG_NAMES = ['.claimlint.yaml', '.claimlint.yml', '.claimlint.json', 'claimlint.yaml', 'claimlint.yml', 'claimlint.json'];
const MAX_DEPTH = 8;

/** What a chain of `extends` contributes. */
export interface ExtendedSettings {
  /** Settings inherited from extended configs, lowest precedence first (already merged). */
  data: ConfigData;
  /** Pack folders (each holding a pack.yaml and its rule files). */
  packFolders: string[];
  /** Every extended target, for `claimlint config --print`. */
  sources: Array<{ target: string; path: string; version?: string }>;
  problems: Problem[];
  /** Texts of extended config files, for placing problems. */
  texts: Map<string, string>;
}

/** Resolves the `extends` of the config at `configPath` (whose parsed data is `data`). */
export function resolveExtends(configPath: string, data: ConfigData, ranges: Problem['range'][], seen: Set<string> = new Set([resolve(configPath)]), depth = 0): ExtendedSettings {
  const result: ExtendedSettings = { data: {}, packFolders: [], sources: [], problems: [], texts: new Map() };
  const targets = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  targets.forEach((target, index) => {
    const range = ranges[index];
    const fail = (message: string): void => {
      result.problems.push({ path: configPath, severity: 'error', message, ...(range ? { range } : {}) });
    };
    if (depth >= MAX_DEPTH) return fail(`extends \`${target}\` is nested more than ${MAX_DEPTH} levels deep`);
    const located = locate(target, dirname(configPath));
    if ('error' in located) return fail(located.error);
    result.sources.push({ target, path: located.path, ...(located.version ? { version: located.version } : {}) });
    const packs = packFoldersIn(located.path);
    result.packFolders.push(...packs);
    const extendedConfig = located.config;
    if (!extendedConfig) {
      if (packs.length === 0) fail(`extends \`${target}\` (${located.path}) holds neither a claimlint config nor a rule pack`);
      return;
    }
    if (seen.has(resolve(extendedConfig))) return fail(`extends \`${target}\` leads back to ${extendedConfig}: a cycle`);
    const text = readFileSync(extendedConfig, 'utf8');
    result.texts.set(extendedConfig, text);
    const read = readConfigFile({ path: extendedConfig, text });
    result.problems.push(...read.problems);
    if (!read.data) return;
    const nested = resolveExtends(extendedConfig, read.data, read.extendsRanges, new Set([...seen, resolve(extendedConfig)]), depth + 1);
    result.problems.push(...nested.problems);
    result.packFolders.push(...nested.packFolders);
    result.sources.push(...nested.sources);
    for (const [path, content] of nested.texts) result.texts.set(path, content);
    const { extends: _extends, ...own } = read.data;
    result.data = mergeConfigData(mergeConfigData(result.data, nested.data), own);
  });
  result.packFolders = [...new Set(result.packFolders)];
  return result;
}

/** Finds what an `extends` entry names: a path, or an installed npm package. */
function locate(target: string, from: string): { path: string; config?: string; version?: string } | { error: string } {
  if (target.startsWith('.') || target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target)) {
    const path = resolve(from, target);
    if (!existsSync(path)) return { error: `extends \`${target}\`: ${path} does not exist` };
    if (statSync(path).isFile()) return { path, config: path };
    const config = CONFIG_NAMES.map((name) => join(path, name)).find((candidate) => existsSync(candidate));
    return { path, ...(config ? { config } : {}) };
  }
  let manifest: string;
  try {
    manifest = createRequire(join(from, 'noop.js')).resolve(`${target}/package.json`);
  } catch {
    return { error: `extends \`${target}\`: no installed npm package of that name (run \`npm install ${target}\` in the project)` };
  }
  const path = dirname(manifest);
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string; claimlint?: string };
  const config = [pkg.claimlint ? join(path, pkg.claimlint) : undefined, ...CONFIG_NAMES.map((name) => join(path, name))].find((candidate) => candidate && existsSync(candidate));
  return { path, ...(config ? { config } : {}), ...(pkg.version ? { version: pkg.version } : {}) };
}

/** The pack folders at `path`: the folder itself if it is a pack, its pack subfolders, or those of its `rules/`. */
function packFoldersIn(path: string): string[] {
  const dir = statSync(path).isFile() ? dirname(path) : path;
  const isPack = (folder: string): boolean => existsSync(join(folder, 'pack.yaml')) || existsSync(join(folder, 'pack.yml'));
  if (isPack(dir)) return [dir];
  const subfolders = (folder: string): string[] =>
    readdirSync(folder)
      .map((name) => join(folder, name))
      .filter((sub) => statSync(sub).isDirectory() && isPack(sub));
  const packs = subfolders(dir);
  if (packs.length > 0) return packs;
  const rules = join(dir, 'rules');
  return existsSync(rules) && statSync(rules).isDirectory() ? subfolders(rules) : [];
}
