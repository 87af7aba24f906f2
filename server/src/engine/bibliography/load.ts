/**
 * Turns bibliography files into one Bibliography: dispatches on the file
 * extension, memoises parses by content, and reports duplicate keys.
 */
import { LruMemo } from '../memo';
import type { Problem, TextFile } from '../types';
import { parseBibtex } from './bibtex';
import { parseCslJson, parseCslYaml } from './csl';
import type { BibEntry, Bibliography } from './model';

/** File extensions claimlint reads as bibliographies. */
export const BIBLIOGRAPHY_EXTENSIONS = ['.bib', '.bibtex', '.json', '.yaml', '.yml'];

// Parsed entries hold about six times their source text in bytes; 64 MB of them (a 10,000-entry file is about 5 MB).
const memo = new LruMemo<{ entries: BibEntry[]; problems: Problem[] }>({ budget: 64 * 1024 * 1024, weigh: (key) => key.length * 12 });

/** Parses one bibliography file (memoised by path and content). */
export function parseBibliographyFile(file: TextFile): { entries: BibEntry[]; problems: Problem[] } {
  return memo.get(`${file.path}\u0000${file.text}`, () => {
    const lower = file.path.toLowerCase();
    if (lower.endsWith('.json')) return parseCslJson(file);
    if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return parseCslYaml(file);
    return parseBibtex(file);
  });
}

/** Merges bibliography files in order; a key defined twice is a problem at the second definition. */
export function loadBibliography(files: readonly TextFile[]): Bibliography {
  const entries = new Map<string, BibEntry>();
  const problems: Problem[] = [];
  for (const file of files) {
    const parsed = parseBibliographyFile(file);
    problems.push(...parsed.problems);
    for (const entry of parsed.entries) {
      const first = entries.get(entry.key);
      if (first) {
        problems.push({
          path: entry.path,
          severity: 'warning',
          message: `duplicate citation key \`${entry.key}\`; the first definition (${first.path === entry.path ? 'earlier in this file' : first.path}) is used`,
          range: entry.range,
        });
        continue;
      }
      entries.set(entry.key, entry);
    }
  }
  return { entries, files: [...files], problems };
}
