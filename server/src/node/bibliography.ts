/**
 * Finds and reads a document's bibliography, the way Pandoc does: the document's
 * `bibliography:` front matter (relative to the document), else the config's
 * `bibliography` (relative to the config file), else references.bib/.json/.yaml or
 * bibliography.* in the document's folder or the folders above it (up to the
 * workspace root). Files are re-read only when their size or mtime changes; the
 * engine memoises parses by content. Shared by the language server and the CLI.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { loadBibliography, readFrontMatter, type Bibliography, type LintContext, type Problem, type TextFile } from '../engine/index';
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

const fileCache = new Map<string, { size: number; mtimeMs: number; text: string }>();

/** Finds, reads and parses the bibliography of the document at `documentPath` (undefined for unsaved documents). */
export function documentBibliography(documentPath: string | undefined, text: string, project: Project, workspaceRoot?: string): DocumentBibliography {
  const problems: Problem[] = [];
  const files: TextFile[] = [];
  let origin: BibliographyOrigin = 'none';
  const documentDir = documentPath ? dirname(documentPath) : undefined;
  const frontMatter = readFrontMatter(text);
  if (frontMatter.bibliography.length > 0) {
    origin = 'front matter';
    for (const { value, range } of frontMatter.bibliography) {
      const path = isAbsolute(value) ? value : resolve(documentDir ?? process.cwd(), value);
      const file = readCached(path);
      if (file) files.push(file);
      else problems.push({ path: documentPath ?? 'untitled', severity: 'error', range, message: `bibliography file not found: ${path}` });
    }
  } else if (project.config.bibliography.length > 0) {
    origin = 'config';
    const base = project.configPath ? dirname(project.configPath) : (documentDir ?? process.cwd());
    for (const value of project.config.bibliography) {
      const path = isAbsolute(value) ? value : resolve(base, value);
      const file = readCached(path);
      if (file) files.push(file);
      else problems.push({ path: project.configPath ?? 'config', severity: 'error', message: `bibliography file not found: ${path}` });
    }
  } else if (documentDir) {
    for (let dir = documentDir; ; dir = dirname(dir)) {
      const found = DEFAULT_NAMES.map((name) => join(dir, name)).filter((path) => existsSync(path));
      if (found.length > 0) {
        origin = 'default';
        for (const path of found) {
          const file = readCached(path);
          if (file) files.push(file);
        }
        break;
      }
      if (dir === dirname(dir) || (workspaceRoot && resolve(dir) === resolve(workspaceRoot))) break;
    }
  }
  const bibliography: Bibliography = loadBibliography(files);
  problems.push(...bibliography.problems);
  // The engine applies front matter `audience:`/`mode:`; a value it cannot use is reported here, at its place.
  for (const [key, value, allowed] of [['audience', frontMatter.audience, ['patient', 'professional']], ['mode', frontMatter.mode, ['editorial', 'product']]] as const) {
    if (value && !(allowed as readonly string[]).includes(value.value))
      problems.push({ path: documentPath ?? 'untitled', severity: 'error', range: value.range, message: `front matter \`${key}: ${value.value}\` must be one of ${allowed.join(', ')}` });
  }
  return {
    context: { bibliography, citationScope: project.config.citationScope, profile: { audience: project.config.audience, mode: project.config.mode } },
    origin,
    problems,
    texts: new Map(files.map((file) => [file.path, file.text])),
  };
}

function readCached(path: string): TextFile | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    const cached = fileCache.get(path);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return { path, text: cached.text };
    const text = readFileSync(path, 'utf8');
    fileCache.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, text });
    return { path, text };
  } catch {
    return undefined;
  }
}
