/**
 * Finds and reads a document's bibliography, the way Pandoc does: the document's
 * `bibliography:` front matter (relative to the document), else the config's
 * `bibliography` (relative to the config file), else references.bib/.json/.yaml or
 * bibliography.* in the document's folder or the folders above it (up to the
 * workspace root). Files come through the session's FileCache (re-read only when
 * they change); the engine memoises parses by content.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { loadBibliography, readFrontMatter, type Bibliography, type LintContext, type Problem, type TextFile } from '../engine/index';
import type { FileCache } from './file-cache';
import type { Project } from './project';

const DEFAULT_NAMES = ['references.bib', 'references.json', 'references.yaml', 'references.yml', 'bibliography.bib', 'bibliography.json', 'bibliography.yaml', 'bibliography.yml'];

/** Where the bibliography came from, for `claimlint config --print` and hovers. */
export type BibliographyOrigin = 'front matter' | 'config' | 'default' | 'none';

/** A document's lint context plus the problems met finding and reading its bibliography. */
export interface DocumentBibliography {
  context: LintContext;
  origin: BibliographyOrigin;
  /** Problems in the document (a missing file named in the front matter) and in bibliography files. */
  problems: Problem[];
  /** Texts of bibliography files, for converting problem ranges. */
  texts: ReadonlyMap<string, string>;
}

/**
 * Finds, reads and parses the bibliography of the document at `documentPath` (undefined for unsaved documents).
 * Relative paths with no document or config to anchor them resolve against `workspaceRoot`.
 */
export async function documentBibliography(
  files: FileCache,
  documentPath: string | undefined,
  text: string,
  project: Project,
  workspaceRoot: string,
  mayRead: (path: string) => Promise<boolean> = async () => true,
): Promise<DocumentBibliography> {
  const problems: Problem[] = [];
  const found: TextFile[] = [];
  let origin: BibliographyOrigin = 'none';
  const documentDir = documentPath ? dirname(documentPath) : undefined;
  const frontMatter = readFrontMatter(text);
  if (frontMatter.bibliography.length > 0) {
    origin = 'front matter';
    for (const { value, range } of frontMatter.bibliography) {
      const path = isAbsolute(value) ? value : resolve(documentDir ?? workspaceRoot, value);
      if (!(await mayRead(path))) {
        problems.push({ path: documentPath ?? 'untitled', severity: 'error', range, message: outsideMessage(path) });
        continue;
      }
      const file = await files.read(path);
      if (file) found.push(file);
      else problems.push({ path: documentPath ?? 'untitled', severity: 'error', range, message: `bibliography file not found: ${path}` });
    }
  } else if (project.config.bibliography.length > 0) {
    origin = 'config';
    const base = project.configPath ? dirname(project.configPath) : (documentDir ?? workspaceRoot);
    for (const value of project.config.bibliography) {
      const path = isAbsolute(value) ? value : resolve(base, value);
      if (!(await mayRead(path))) {
        problems.push({ path: project.configPath ?? 'config', severity: 'error', message: outsideMessage(path) });
        continue;
      }
      const file = await files.read(path);
      if (file) found.push(file);
      else problems.push({ path: project.configPath ?? 'config', severity: 'error', message: `bibliography file not found: ${path}` });
    }
  } else if (documentDir) {
    for (let dir = documentDir; ; dir = dirname(dir)) {
      const here: TextFile[] = [];
      for (const name of DEFAULT_NAMES) {
        const file = await files.read(join(dir, name));
        if (file) here.push(file);
      }
      if (here.length > 0) {
        origin = 'default';
        found.push(...here);
        break;
      }
      if (dir === dirname(dir) || resolve(dir) === resolve(workspaceRoot)) break;
    }
  }
  const bibliography: Bibliography = loadBibliography(found);
  problems.push(...bibliography.problems);
  // The engine applies front matter `audience:`/`mode:`; a value it cannot use is reported here, at its place.
  for (const [key, value, allowed] of [
    ['audience', frontMatter.audience, ['patient', 'professional']],
    ['mode', frontMatter.mode, ['editorial', 'product']],
  ] as const) {
    if (value && !(allowed as readonly string[]).includes(value.value))
      problems.push({ path: documentPath ?? 'untitled', severity: 'error', range: value.range, message: `front matter \`${key}: ${value.value}\` must be one of ${allowed.join(', ')}` });
  }
  // The review record: an unknown status or a date claimlint cannot read is reported at the value.
  for (const issue of frontMatter.issues) problems.push({ path: documentPath ?? 'untitled', severity: 'error', range: issue.range, message: issue.message });
  return {
    // Today's date is added by the session (session.ts), the one place the pipeline reads the clock.
    context: { bibliography, citationScope: project.config.citationScope, profile: { audience: project.config.audience, mode: project.config.mode } },
    origin,
    problems,
    texts: new Map(found.map((file) => [file.path, file.text])),
  };
}

/** Why a named bibliography was not read: it is outside the workspace (nothing from there is shown or edited). */
function outsideMessage(path: string): string {
  return `bibliography file is outside the workspace, so it is not read: ${path}; move it into the workspace (the CLI reads it with --allow-outside)`;
}
