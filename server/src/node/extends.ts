/**
 * Resolves a config's `extends`: paths (a config file, a pack folder, or a folder
 * of packs) and npm package names resolved from the project's node_modules (the
 * package's `.claimlint.yaml` and packs, with its version reported). Extended
 * configs may extend others; cycles and depth are bounded. Nothing is fetched:
 * a team installs and pins its pack with npm like any other dependency.
 */
import { dirname, join, resolve } from 'node:path';
import { mergeConfigData, readConfigFile, type ConfigData, type Problem } from '../engine/index';
import type { FileSystem } from './file-system';

/**
 * Finds an installed npm package's manifest (`<name>/package.json`) from a folder; only hosts with node_modules have
 * one (the desktop server and the CLI: `node-packages.ts`), so `extends` by package name does not work in the browser.
 */
export type PackageResolver = (name: string, fromDirectory: string) => string | undefined;

/** Where `extends` reads from: the file system, and npm packages when the host can resolve them. */
export interface ExtendsHost {
  fs: FileSystem;
  resolvePackage?: PackageResolver;
}

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
export async function resolveExtends(
  host: ExtendsHost,
  configPath: string,
  data: ConfigData,
  ranges: Problem['range'][],
  seen: Set<string> = new Set([resolve(configPath)]),
  depth = 0,
): Promise<ExtendedSettings> {
  const result: ExtendedSettings = { data: {}, packFolders: [], sources: [], problems: [], texts: new Map() };
  const targets = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  for (const [index, target] of targets.entries()) await extendOne(target, index);
  result.packFolders = [...new Set(result.packFolders)];
  return result;

  async function extendOne(target: string, index: number): Promise<void> {
    const range = ranges[index];
    const fail = (message: string): void => {
      result.problems.push({ path: configPath, severity: 'error', message, ...(range ? { range } : {}) });
    };
    if (depth >= MAX_DEPTH) return fail(`extends \`${target}\` is nested more than ${MAX_DEPTH} levels deep`);
    const located = await locate(host, target, dirname(configPath));
    if ('error' in located) return fail(located.error);
    result.sources.push({ target, path: located.path, ...(located.version ? { version: located.version } : {}) });
    const packs = await packFoldersIn(host.fs, located.path);
    result.packFolders.push(...packs);
    const extendedConfig = located.config;
    if (!extendedConfig) {
      if (packs.length === 0) fail(`extends \`${target}\` (${located.path}) holds neither a claimlint config nor a rule pack`);
      return;
    }
    if (seen.has(resolve(extendedConfig))) return fail(`extends \`${target}\` leads back to ${extendedConfig}: a cycle`);
    const text = await host.fs.readFile(extendedConfig);
    result.texts.set(extendedConfig, text);
    const read = readConfigFile({ path: extendedConfig, text });
    result.problems.push(...read.problems);
    if (!read.data) return;
    const nested = await resolveExtends(host, extendedConfig, read.data, read.extendsRanges, new Set([...seen, resolve(extendedConfig)]), depth + 1);
    result.problems.push(...nested.problems);
    result.packFolders.push(...nested.packFolders);
    result.sources.push(...nested.sources);
    for (const [path, content] of nested.texts) result.texts.set(path, content);
    const { extends: _extends, ...own } = read.data;
    result.data = mergeConfigData(mergeConfigData(result.data, nested.data), own);
  }
}

/** Finds what an `extends` entry names: a path, or an installed npm package. */
async function locate(host: ExtendsHost, target: string, from: string): Promise<{ path: string; config?: string; version?: string } | { error: string }> {
  const { fs } = host;
  const firstFile = async (candidates: Array<string | undefined>): Promise<string | undefined> => {
    for (const candidate of candidates) if (candidate && (await fs.stat(candidate))?.type === 'file') return candidate;
    return undefined;
  };
  if (target.startsWith('.') || target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target)) {
    const path = resolve(from, target);
    const found = await fs.stat(path);
    if (!found) return { error: `extends \`${target}\`: ${path} does not exist` };
    if (found.type === 'file') return { path, config: path };
    const config = await firstFile(CONFIG_NAMES.map((name) => join(path, name)));
    return { path, ...(config ? { config } : {}) };
  }
  if (!host.resolvePackage) return { error: `extends \`${target}\`: npm packages cannot be loaded here (in the browser); extend a path in the workspace instead` };
  const manifest = host.resolvePackage(target, from);
  if (!manifest) return { error: `extends \`${target}\`: no installed npm package of that name (run \`npm install ${target}\` in the project)` };
  const path = dirname(manifest);
  const pkg = JSON.parse(await fs.readFile(manifest)) as { version?: string; claimlint?: string };
  const config = await firstFile([pkg.claimlint ? join(path, pkg.claimlint) : undefined, ...CONFIG_NAMES.map((name) => join(path, name))]);
  return { path, ...(config ? { config } : {}), ...(pkg.version ? { version: pkg.version } : {}) };
}

/** The pack folders at `path`: the folder itself if it is a pack, its pack subfolders, or those of its `rules/`. */
async function packFoldersIn(fs: FileSystem, path: string): Promise<string[]> {
  const dir = (await fs.stat(path))?.type === 'file' ? dirname(path) : path;
  const isPack = async (folder: string): Promise<boolean> => (await fs.stat(join(folder, 'pack.yaml'))) !== undefined || (await fs.stat(join(folder, 'pack.yml'))) !== undefined;
  if (await isPack(dir)) return [dir];
  const subfolders = async (folder: string): Promise<string[]> => {
    const packs: string[] = [];
    for (const name of await fs.list(folder)) {
      const sub = join(folder, name);
      if ((await fs.stat(sub))?.type === 'directory' && (await isPack(sub))) packs.push(sub);
    }
    return packs;
  };
  const packs = await subfolders(dir);
  if (packs.length > 0) return packs;
  return subfolders(join(dir, 'rules'));
}
