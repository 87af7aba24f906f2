/**
 * Finds and loads a document's project configuration from disk: the nearest
 * `.claimlint.yaml`/`.claimlint.yml`/`.claimlint.json` walking up from the
 * document, resolved against the built-in rule packs. One code path for the
 * language server and the CLI, so both give the same answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { configForDocument, loadRules, readConfigFile, resolveConfig, type LoadedRules, type PackFile, type Problem, type ResolvedConfig } from '../engine/index';
import { resolveExtends, type ExtendedSettings } from './extends';
import { loadPackFolder, readPackFiles, readPackFolder } from './packs';

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

/** The built-in `rules/` folder, beside `dist/` when bundled, at the repo root in tests. */
export function builtinRulesRoot(): string {
  const candidates = [join(__dirname, '..', 'rules'), join(__dirname, '..', '..', '..', 'rules')];
  return candidates.find((candidate) => existsSync(join(candidate, 'overclaim', 'pack.yaml'))) ?? candidates[0]!;
}

let builtin: { root: string; loaded: LoadedRules } | undefined;

/** The built-in packs, read once per process. */
export function builtinPacks(): LoadedRules {
  const root = builtinRulesRoot();
  if (!builtin || builtin.root !== root) builtin = { root, loaded: loadPackFolder(root) };
  return builtin.loaded;
}

/** Forgets the built-in packs so the next use re-reads them (rule files changed). */
export function resetBuiltinPacks(): void {
  builtin = undefined;
}

/** The nearest config file at or above `directory`, stopping at `stopAt` when given. */
export function findConfigFile(directory: string, stopAt?: string): string | undefined {
  let current = directory;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current || current === stopAt) return undefined;
    current = parent;
  }
}

/** Loads the project for `configPath` (built-in defaults when undefined). Throws on I/O errors. */
export function loadProject(configPath: string | undefined, options: { trusted?: boolean } = {}): Project {
  const texts = new Map<string, string>();
  let configFile;
  let extended: ExtendedSettings | undefined;
  if (configPath) {
    const text = readFileSync(configPath, 'utf8');
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
        problems: read.extendsRanges.map((range) => ({ path: configPath, severity: 'info' as const, range, message: 'config: `extends` is not loaded in an untrusted workspace; trust the workspace to use shared configs and packs' })),
      };
    } else if (read.data) extended = resolveExtends(configPath, read.data, read.extendsRanges);
  }
  // Extended packs load beside the built-in ones, through the same loader (one code path, data only).
  let loaded = builtinPacks();
  if (extended && extended.packFolders.length > 0) {
    const files: PackFile[] = [...readPackFiles(builtinRulesRoot()), ...extended.packFolders.flatMap(readPackFolder)];
    loaded = loadRules(files);
  }
  const { config, problems } = resolveConfig(loaded, configFile, extended?.data ?? {});
  const allProblems = [...loaded.problems, ...(extended?.problems ?? []), ...problems];
  for (const [path, text] of extended?.texts ?? []) texts.set(path, text);
  for (const problem of allProblems) if (!texts.has(problem.path)) texts.set(problem.path, safeRead(problem.path));
  return { configPath, config, problems: allProblems, texts, extended: extended?.sources ?? [] };
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
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
