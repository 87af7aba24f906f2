/**
 * Finds and loads a document's project configuration from disk: the nearest
 * `.claimlint.yaml`/`.claimlint.yml`/`.claimlint.json` walking up from the
 * document, resolved against the built-in rule packs. Used only through the
 * DocumentSession, so every adapter gives the same answer.
 */
import { dirname, join, relative, sep } from 'node:path';
import { configForDocument, loadRules, readConfigFile, resolveConfig, type LoadedRules, type PackFile, type Problem, type ResolvedConfig } from '../engine/index';
import { resolveExtends, type ExtendedSettings } from './extends';
import type { FileSystem } from './file-system';
import type { Host } from './host';
import { readPackFolder } from './packs';

export const CONFIG_NAMES = ['.claimlint.yaml', '.claimlint.yml', '.claimlint.json'];

/** A loaded project: the resolved config plus every problem met while loading it. */
export interface Project {
  configPath: string | undefined;
  config: ResolvedConfig;
  /** Problems in rule packs and the config file, each naming its file. */
  problems: Problem[];
  /** Texts of the files problems point into, for converting their ranges. */
  texts: ReadonlyMap<string, string>;
  /** What `extends` brought in (target, where it was found, its version). */
  extended: ExtendedSettings['sources'];
}

/** The built-in packs of a host, read and loaded once per session. */
export interface BuiltinPacks {
  files: PackFile[];
  loaded: LoadedRules;
}

/** The nearest config file at or above `directory`, stopping at `stopAt` when given. */
export async function findConfigFile(fs: FileSystem, directory: string, stopAt?: string): Promise<string | undefined> {
  let current = directory;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if ((await fs.stat(candidate))?.type === 'file') return candidate;
    }
    const parent = dirname(current);
    if (parent === current || current === stopAt) return undefined;
    current = parent;
  }
}

/** Loads the project for `configPath` (built-in defaults when undefined). Rejects on I/O errors. */
export async function loadProject(host: Host, builtin: BuiltinPacks, configPath: string | undefined, options: { trusted?: boolean } = {}): Promise<Project> {
  const texts = new Map<string, string>();
  let configFile;
  let extended: ExtendedSettings | undefined;
  if (configPath) {
    const text = await host.fileSystem.readFile(configPath);
    texts.set(configPath, text);
    configFile = { path: configPath, text };
    const read = readConfigFile(configFile);
    if (read.data && options.trusted === false && read.extendsRanges.length > 0) {
      // Workspace trust: shared configs and packs from the workspace's files wait until the writer trusts it.
      extended = {
        data: {},
        packFolders: [],
        sources: [],
        texts: new Map(),
        problems: read.extendsRanges.map((range) => ({
          path: configPath,
          severity: 'info' as const,
          range,
          message: 'config: `extends` is not loaded in an untrusted workspace; trust the workspace to use shared configs and packs',
        })),
      };
    } else if (read.data) extended = await resolveExtends({ fs: host.fileSystem, resolvePackage: host.resolvePackage }, configPath, read.data, read.extendsRanges);
  }
  // Extended packs load beside the built-in ones, through the same loader (one code path, data only).
  let loaded = builtin.loaded;
  if (extended && extended.packFolders.length > 0) {
    const files: PackFile[] = [...builtin.files];
    for (const folder of extended.packFolders) files.push(...(await readPackFolder(host.fileSystem, folder)));
    loaded = loadRules(files);
  }
  const { config, problems } = resolveConfig(loaded, configFile, extended?.data ?? {});
  const allProblems = [...loaded.problems, ...(extended?.problems ?? []), ...problems];
  for (const [path, text] of extended?.texts ?? []) texts.set(path, text);
  for (const problem of allProblems) if (!texts.has(problem.path)) texts.set(problem.path, await host.fileSystem.readFile(problem.path).catch(() => ''));
  return { configPath, config, problems: allProblems, texts, extended: extended?.sources ?? [] };
}

/**
 * The project as it applies to one document: `ignore` and `overrides` globs are
 * matched against the document's path relative to the config file. Undefined when
 * the document is ignored. Unsaved documents (no path) get the project as is.
 */
export function projectForDocument(project: Project, documentPath: string | undefined): Project | undefined {
  if (!documentPath || !project.configPath) return project;
  const relativePath = relative(dirname(project.configPath), documentPath).split(sep).join('/');
  // Documents outside the config's folder match no glob (globs are relative to the config file).
  const config = configForDocument(project.config, relativePath.startsWith('../') ? undefined : relativePath);
  if (!config) return undefined;
  return config === project.config ? project : { ...project, config };
}

/** The innermost of `roots` (workspace folders) that holds `path`, if any. */
export function workspaceFolderOf(path: string, roots: readonly string[]): string | undefined {
  return roots.filter((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)).sort((a, b) => b.length - a.length)[0];
}
