/**
 * The document pipeline every adapter goes through (CLI, its worker threads, the desktop server, the web worker):
 * project discovery, config and packs, bibliography, decision ledger and lint for one document, with one cache of
 * projects, one of file texts and one of analyses per document version. Parity between the editor and the CLI holds
 * because both call this, not because tests chase it.
 */
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { addAcceptedPhrase, addApproval, addDecision, approvalFingerprints, decisionFor, lint, loadRules, newConfigWithAcceptedPhrase, type Finding, type LintResult } from '../engine/index';
import { documentBibliography, type DocumentBibliography } from './bibliography';
import { createFileCache } from './file-cache';
import { approvalOf, ledgerDocumentKey, loadLedger, withDecisions, type Ledger } from './decisions';
import type { FileSystem } from './file-system';
import type { Host } from './host';
import { recordingFileCache, recordingFileSystem, recordingResolver, type Input } from './inputs';
import { findConfigFile, loadProject, projectForDocument, workspaceFolderOf, type BuiltinPacks, type Project } from './project';
import { walkFiles } from './walk';

export interface SessionOptions {
  host: Host;
  /** The workspace folders (the CLI: `--root`, else the working folder). A document's root is the innermost one holding it, else its own folder. */
  roots: () => readonly string[];
  /** VS Code workspace trust: `extends` waits for it. */
  trusted?: () => boolean;
  /** One config file for every document (the CLI's `--config`), instead of the nearest one. */
  explicitConfig?: string;
  /** Read bibliography files that configs and front matter name outside the workspace folders (the CLI's `--allow-outside`). */
  allowOutside?: boolean;
  /** Also list the findings that directives and reviewer decisions silence (`LintResult.suppressed`; the CLI's SARIF output). */
  keepSuppressed?: boolean;
  /** Today's date (YYYY-MM-DD) for rules about dates; default the UTC date when each document is linted (the CLI fixes one per run). */
  today?: string;
}

/** A document as the session sees it: a URI (editor) or a path (CLI), its text and, in the editor, its version. */
export interface SessionDocument {
  uri?: string;
  path?: string;
  text: string;
  /** Analyses are cached per URI and version when given. */
  version?: number;
  /** How findings and problems name the document (the CLI: the path as typed); default the URI, else the path. */
  name?: string;
}

/** Everything known about one version of a document. */
export interface DocumentAnalysis {
  /** The document's path on the host's file system; undefined for unsaved documents. */
  path: string | undefined;
  /** The workspace folder it belongs to (ledger and bibliography lookups stop there). */
  root: string;
  /** Matched an `ignore` glob of its config: not linted (the result is empty). */
  ignored: boolean;
  result: LintResult;
  project: Project;
  bibliography: DocumentBibliography;
  ledger: Ledger | undefined;
  /**
   * Every observation of the file system the analysis rests on, in the order made: the built-in packs, the search for
   * the config, the config and what it extends, the bibliography and the ledger (and the searches for them). The same
   * observations giving the same answers mean the same result for the same text; the document's own text is not
   * among them.
   */
  inputs: readonly Input[];
}

/** What a reviewer says about a finding. */
export interface DecisionDetails {
  reviewer: string;
  reason: string;
  reference?: string;
  locator?: string;
}

export type DocumentSession = ReturnType<typeof createSession>;

/** Whether `path` is inside one of `folders` (lexically: `..` segments are resolved first). */
export function isInside(path: string, folders: readonly string[]): boolean {
  const target = resolve(path);
  return folders.some((folder) => {
    const base = resolve(folder);
    const rest = relative(base, target);
    return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
  });
}

/** Analyses kept at once (per document, its latest version). */
export const MAX_ANALYSES = 64;

export function createSession(options: SessionOptions) {
  const { host } = options;
  const fs = host.fileSystem;

  /**
   * Whether `path` is inside one of `folders` as written and also once symlinks are followed: a
   * `refs.bib -> /etc/passwd` link inside the workspace is outside it. A missing file is judged by the nearest folder
   * above it that exists (a ledger about to be created under a linked folder).
   */
  async function isReallyInside(path: string, folders: readonly string[], through: FileSystem = fs): Promise<boolean> {
    if (!isInside(path, folders)) return false;
    if (!through.realPath) return true;
    const real = await realPathOfNearest(path, through);
    const realFolders = await Promise.all(folders.map(async (folder) => (await through.realPath!(folder)) ?? folder));
    return real === undefined || isInside(real, realFolders);
  }

  async function realPathOfNearest(path: string, through: FileSystem): Promise<string | undefined> {
    for (let at = resolve(path), rest = ''; ;) {
      const real = await through.realPath!(at);
      if (real !== undefined) return rest ? join(real, rest) : real;
      const parent = dirname(at);
      if (parent === at) return undefined;
      rest = rest ? join(basename(at), rest) : basename(at);
      at = parent;
    }
  }
  const files = createFileCache(fs);
  // Each project with the observations loading it made (its config, what that extends, their packs).
  const projects = new Map<string, Promise<{ project: Project; inputs: readonly Input[] }>>();
  // The latest analysis of each recently used document, least recently used first out: a writer with 1,000 files
  // open keeps only those they work in (another is analysed again when asked for, and gives the same findings).
  const analyses = new Map<string, { version: number; analysis: Promise<DocumentAnalysis> }>();
  let builtin: Promise<BuiltinPacks & { inputs: readonly Input[] }> | undefined;
  // Ids of the built-in rules, known once the packs are loaded (every analysis loads them first).
  let builtinIds = new Set<string>();

  const builtinPacks = (): Promise<BuiltinPacks & { inputs: readonly Input[] }> => {
    if (builtin) return builtin;
    const inputs: Input[] = [];
    return (builtin = host.builtinPacks(recordingFileSystem(fs, inputs)).then((packFiles) => {
      const loaded = loadRules(packFiles);
      builtinIds = new Set(loaded.rules.map((rule) => rule.definition.id));
      return { files: packFiles, loaded, inputs };
    }));
  };

  /** The innermost workspace folder holding `path`, else its folder; for unsaved documents the first folder. */
  const rootOf = (path: string | undefined): string => (path ? (workspaceFolderOf(path, options.roots()) ?? dirname(path)) : (options.roots()[0] ?? '/'));

  // Where the nearest config is, per folder, until clear(): found once, not on every keystroke.
  const configAbove = new Map<string, Promise<{ path: string | undefined; inputs: readonly Input[] }>>();
  const configFileAbove = (directory: string): Promise<{ path: string | undefined; inputs: readonly Input[] }> => {
    let found = configAbove.get(directory);
    if (!found) {
      const inputs: Input[] = [];
      configAbove.set(directory, (found = findConfigFile(recordingFileSystem(fs, inputs), directory).then((path) => ({ path, inputs }))));
    }
    return found;
  };

  /** The project of a document's folder with the observations that found and loaded it (built-in packs included). */
  async function projectWithInputs(path: string | undefined): Promise<{ project: Project; inputs: readonly Input[] }> {
    const search = options.explicitConfig || !path ? undefined : await configFileAbove(dirname(path));
    const configPath = options.explicitConfig ?? search?.path;
    const key = configPath ?? '<defaults>';
    let loaded = projects.get(key);
    if (!loaded) {
      loaded = builtinPacks().then(async (packs) => {
        const inputs: Input[] = [];
        const recordingHost: Host = {
          ...host,
          fileSystem: recordingFileSystem(fs, inputs),
          ...(host.resolvePackage ? { resolvePackage: recordingResolver(host.resolvePackage, inputs) } : {}),
        };
        try {
          return { project: await loadProject(recordingHost, packs, configPath, { trusted: options.trusted?.() ?? true }), inputs };
        } catch (error) {
          // A config that cannot be loaded at all (unreadable, a loop in what it extends) is a problem on that file;
          // its documents are linted with the built-in defaults meanwhile, and the next change tries again.
          projects.delete(key);
          const defaults = await loadProject(recordingHost, packs, undefined);
          const path = configPath ?? '<defaults>';
          const project = {
            ...defaults,
            problems: [{ path, severity: 'error' as const, message: `cannot load the config: ${(error as Error).message}` }, ...defaults.problems],
            texts: new Map([...defaults.texts, [path, '']]),
          };
          return { project, inputs };
        }
      });
      projects.set(key, loaded);
    }
    const { project, inputs } = await loaded;
    return { project, inputs: [...(await builtinPacks()).inputs, ...(search?.inputs ?? []), ...inputs] };
  }

  /** The project of the folder a document is in (its nearest config, or the explicit one), loaded once per config. */
  async function projectFor(path: string | undefined): Promise<Project> {
    return (await projectWithInputs(path)).project;
  }

  async function analyse(document: SessionDocument): Promise<DocumentAnalysis> {
    const path = document.path ?? (document.uri ? fs.pathOf(document.uri) : undefined);
    const root = rootOf(path);
    const { project: folderProject, inputs: projectInputs } = await projectWithInputs(path);
    const documentProject = projectForDocument(folderProject, path);
    // An ignored document keeps its project (for hover and code actions) but is not linted at all.
    const project = documentProject ?? folderProject;
    // Files that configs and front matter name are read only inside the workspace (the document's root and its
    // project's folder count: a config names files relative to itself).
    const projectFolder = project.configPath ? [dirname(project.configPath)] : [];
    const documentInputs: Input[] = [];
    // Recorded, so a cached result lapses when a link is pointed elsewhere (`--cache`).
    const linkAware = recordingFileSystem(fs, documentInputs);
    const mayRead = async (named: string): Promise<boolean> => options.allowOutside === true || (await isReallyInside(named, [root, ...projectFolder, ...options.roots()], linkAware));
    const documentFiles = recordingFileCache(files, documentInputs);
    const bibliography = await documentBibliography(documentFiles, path, document.text, project, root, mayRead);
    const ledger = path ? await loadLedger(documentFiles, project, root, path) : undefined;
    let result: LintResult = { findings: [], problems: [] };
    if (documentProject) {
      const approval = path && ledger ? approvalOf(ledger, path) : undefined;
      const context = {
        ...bibliography.context,
        today: options.today ?? new Date().toISOString().slice(0, 10),
        ...(approval ? { approval: { reviewer: approval.reviewer, date: approval.date, fingerprints: approval.fingerprints } } : {}),
      };
      const linted = lint({ path: document.name ?? document.uri ?? path ?? 'untitled', text: document.text }, project.config, context, {
        keepSuppressed: options.keepSuppressed === true,
      });
      result = path && ledger ? withDecisions(linted, document.text, path, project, ledger) : linted;
    }
    return { path, root, ignored: !documentProject, result, project, bibliography, ledger, inputs: [...projectInputs, ...documentInputs] };
  }

  function clear(): void {
    configAbove.clear();
    projects.clear();
    analyses.clear();
    files.clear();
    builtin = undefined;
  }

  return {
    fileSystem: fs,
    rootOf,
    /** Whether a rule ships with claimlint (so it has generated documentation). */
    isBuiltinRule: (ruleId: string): boolean => builtinIds.has(ruleId),
    projectFor,

    /** Lints a document with its project, bibliography and ledger (cached per URI and version in the editor). */
    analyse(document: SessionDocument): Promise<DocumentAnalysis> {
      if (document.uri === undefined || document.version === undefined) return analyse(document);
      const cached = analyses.get(document.uri);
      analyses.delete(document.uri);
      if (cached && cached.version === document.version) {
        analyses.set(document.uri, cached);
        return cached.analysis;
      }
      const analysis = analyse(document);
      analyses.set(document.uri, { version: document.version, analysis });
      for (const [uri] of analyses) {
        if (analyses.size <= MAX_ANALYSES) break;
        analyses.delete(uri);
      }
      analysis.catch(() => analyses.delete(document.uri!));
      return analysis;
    },

    /** The analysis of this version if one is kept, without analysing (for work that must not re-lint every document). */
    keptAnalysis(uri: string, version: number): Promise<DocumentAnalysis> | undefined {
      const cached = analyses.get(uri);
      return cached && cached.version === version ? cached.analysis : undefined;
    },

    /** Every project loaded so far (for publishing their problems). */
    async projects(): Promise<Project[]> {
      const settled = await Promise.allSettled(projects.values());
      return settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.project] : []));
    },

    /**
     * The ledger text with a decision on `finding` added: the one place a decision is written. `current` is the
     * ledger's text as the writer sees it (an open editor buffer), else the file's.
     */
    async decisionEdit(
      analysis: DocumentAnalysis,
      text: string,
      finding: Finding,
      details: DecisionDetails,
      date: string,
      current?: string,
    ): Promise<{ ledgerPath: string; exists: boolean; before: string; after: string | undefined; outside: boolean } | undefined> {
      if (!analysis.path) return undefined;
      const ledger = await loadLedger(files, analysis.project, analysis.root, analysis.path);
      const decision = decisionFor(text, finding, { ...details, document: ledgerDocumentKey(ledger, analysis.path), date });
      const before = current ?? ledger.text;
      // A ledger outside the workspace folders (`decisions.file: ../elsewhere.yaml`) is never written.
      const outside = !(await isReallyInside(ledger.path, [analysis.root, ...options.roots()]));
      return { ledgerPath: ledger.path, exists: current !== undefined || (await files.isFile(ledger.path)), before, after: addDecision(before, decision), outside };
    },

    /**
     * The ledger text with the approval of `text` (the document as approved: every sentence's fingerprint) recorded,
     * replacing an earlier approval of the document. `current` is the ledger as the reviewer sees it (an open buffer).
     */
    async approvalEdit(
      analysis: DocumentAnalysis,
      text: string,
      reviewer: string,
      date: string,
      current?: string,
    ): Promise<{ ledgerPath: string; exists: boolean; before: string; after: string | undefined; outside: boolean } | undefined> {
      if (!analysis.path) return undefined;
      const ledger = await loadLedger(files, analysis.project, analysis.root, analysis.path);
      const before = current ?? ledger.text;
      const outside = !(await isReallyInside(ledger.path, [analysis.root, ...options.roots()]));
      const approval = { document: ledgerDocumentKey(ledger, analysis.path), reviewer: reviewer.trim(), date, fingerprints: approvalFingerprints(text) };
      return { ledgerPath: ledger.path, exists: current !== undefined || (await files.isFile(ledger.path)), before, after: addApproval(before, approval), outside };
    },

    /**
     * The config text with `phrase` added to the accepted vocabulary: the config of the document's project, else a
     * new `.claimlint.yaml` at its workspace folder. `current` is the config as the writer sees it (an open buffer).
     */
    async vocabularyEdit(analysis: DocumentAnalysis, phrase: string, current?: string): Promise<{ configPath: string; exists: boolean; before: string; after: string } | undefined> {
      const configPath = analysis.project.configPath ?? join(analysis.root, '.claimlint.yaml');
      const exists = current !== undefined || (await files.isFile(configPath));
      const before = current ?? (exists ? ((await files.read(configPath))?.text ?? '') : '');
      const after = exists ? addAcceptedPhrase(configPath, before, phrase) : newConfigWithAcceptedPhrase(phrase);
      return after === undefined ? undefined : { configPath, exists, before, after };
    },

    /** Writes a file through the host (a ledger nobody has open) and forgets cached state that depends on it. */
    async writeFile(path: string, text: string): Promise<void> {
      await fs.writeFile(path, text);
      clear();
    },

    /** The text of a file for an edit offered on it (a bibliography stub, a config): '' when it does not exist. */
    async fileText(path: string): Promise<string> {
      return (await files.read(path))?.text ?? '';
    },

    /** Markdown files under the workspace folders, for cross-document features (references). */
    async markdownFiles(): Promise<string[]> {
      const found: string[] = [];
      for (const root of options.roots()) found.push(...(await walkFiles(fs, root, (name) => /\.(md|markdown)$/i.test(name), { skipHidden: true })));
      return found;
    },

    /** Forgets projects, packs, file texts and analyses (config, rule or bibliography files changed). */
    clear,

    /** Forgets a closed document's analysis. */
    forget(uri: string): void {
      analyses.delete(uri);
    },
  };
}
