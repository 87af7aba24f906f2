/**
 * Lint results for open documents, with the project and bibliography they were
 * computed with, cached per document version so hover, completion and code
 * actions reuse the last run.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintResult } from '../engine/index';
import { documentBibliography, type DocumentBibliography } from '../node/bibliography';
import { loadLedger, withDecisions, type Ledger } from '../node/decisions';
import { projectForDocument, workspaceFolderOf, type Project } from '../node/project';
import type { createProjects } from './projects';

/** Everything known about one version of a document. */
export interface Analysis {
  version: number;
  result: LintResult;
  project: Project;
  bibliography: DocumentBibliography;
  /** The project's reviewer decision ledger, applied to `result`. */
  ledger: Ledger | undefined;
}

/** Creates the per-document analysis cache. */
export function createAnalyses(projects: ReturnType<typeof createProjects>, workspaceRoots: () => string[]) {
  const cache = new Map<string, Analysis>();
  return {
    forDocument(document: TextDocument): Analysis {
      const cached = cache.get(document.uri);
      if (cached && cached.version === document.version) return cached;
      const path = document.uri.startsWith('file:') ? fileURLToPath(document.uri) : undefined;
      const projectOfFolder = projects.forDocument(document.uri);
      const documentProject = projectForDocument(projectOfFolder, path);
      // An ignored document keeps its project (for hover and code actions on other files) but is not linted at all.
      const project = documentProject ?? projectOfFolder;
      const root = path ? (workspaceFolderOf(path, workspaceRoots()) ?? dirname(path)) : undefined;
      const text = document.getText();
      const bibliography = documentBibliography(path, text, project, root);
      const ledger = path && root ? loadLedger(project, root, path) : undefined;
      let result: LintResult = { findings: [], problems: [] };
      if (documentProject) {
        const linted = lint({ path: document.uri, text }, project.config, bibliography.context);
        result = path && root ? withDecisions(linted, text, path, project, root) : linted;
      }
      const analysis = { version: document.version, result, project, bibliography, ledger };
      cache.set(document.uri, analysis);
      return analysis;
    },
    forget(uri: string): void {
      cache.delete(uri);
    },
    clear(): void {
      cache.clear();
    },
  };
}
