/**
 * Reads BibTeX/BibLaTeX text with citation.js. The file is cut at each `@type{`
 * that starts a line and each entry is parsed on its own, so one broken entry
 * becomes one problem at its line and every other entry still loads.
 */
import type { plugins as CitationPlugins } from '@citation-js/core';
import type { Problem, TextFile, TextRange } from '../types';
import type { BibEntry, Person } from './model';

interface RawEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

interface CslItem {
  id?: string;
  type?: string;
  title?: string;
  'container-title'?: string;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: { 'date-parts'?: Array<Array<number | string>>; literal?: string };
  volume?: string | number;
  issue?: string | number;
  page?: string;
  DOI?: string;
  PMID?: string;
  PMCID?: string;
  URL?: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

/** citation.js's plugin registry with its BibTeX plugin registered. */
export type BibtexReader = typeof CitationPlugins;

let loader: (() => BibtexReader) | undefined;
let loaded: BibtexReader | undefined;

/**
 * Gives the engine citation.js, loaded when the first BibTeX file is read: evaluating it costs a cold start about
 * 40 ms, and most first lints read no BibTeX. The engine cannot load modules itself (it is pure and runs in a web
 * worker too), so each host hands it a loader (server/src/node/node-inflector.ts, server/src/browser/main.ts).
 */
export function useBibtexReader(load: () => BibtexReader): void {
  loader = load;
}

function reader(): BibtexReader {
  if (!loaded) {
    if (!loader) throw new Error('no BibTeX reader; the host must call useBibtexReader() (see bibliography/bibtex.ts)');
    loaded = loader();
  }
  return loaded;
}

const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*[{(]/gm;
const NON_ENTRIES = new Set(['comment', 'string', 'preamble']);

/** Parses a BibTeX/BibLaTeX file. */
export function parseBibtex(file: TextFile): { entries: BibEntry[]; problems: Problem[] } {
  const entries: BibEntry[] = [];
  const problems: Problem[] = [];
  const starts = [...file.text.matchAll(ENTRY_START)];
  // Each entry runs to the next one's start (indexes, not a search: a file may hold tens of thousands).
  const endOf = (index: number): number => starts[index + 1]?.index ?? file.text.length;
  const macrosOf = stringMacros(starts.flatMap((start, index) => (start[1]!.toLowerCase() === 'string' ? [file.text.slice(start.index, endOf(index))] : [])));
  starts.forEach((start, index) => {
    if (NON_ENTRIES.has(start[1]!.toLowerCase())) return;
    const range: TextRange = { start: start.index!, end: endOf(index) };
    const chunk = file.text.slice(range.start, range.end).trimEnd();
    range.end = range.start + chunk.length;
    // Each entry is parsed with the @string definitions it uses, not all of them (a file may define hundreds).
    const strings = macrosOf(chunk);
    try {
      const raw = chain(`${strings}\n${chunk}`, { generateGraph: false, target: '@biblatex/entries+list' }) as RawEntry[];
      const entry = raw.find((candidate) => !NON_ENTRIES.has(candidate.type.toLowerCase()));
      if (!entry) throw new Error('no entry found');
      const [csl] = chain([entry], { generateGraph: false }) as CslItem[];
      entries.push(toEntry(entry, csl ?? {}, file.path, range));
    } catch (error) {
      problems.push({
        path: file.path,
        severity: 'error',
        message: `bibliography entry ${entryKey(chunk)}could not be read: ${describe(error)}`,
        range: errorRange(file.text, range, strings.split('\n').length, error),
      });
    }
  });
  return { entries, problems };
}

/**
 * For an entry's text, the @string definitions it uses, directly or through other macros, in file order. Macro names
 * are case-insensitive; a word that only looks like a macro name costs one extra definition, never a wrong value.
 */
function stringMacros(definitions: string[]): (chunk: string) => string {
  const macros = definitions.map((text, index) => ({ index, text, name: /^@string\s*[{(]\s*([^\s=,{}()"#%]+)\s*=/i.exec(text)?.[1]?.toLowerCase() }));
  const byName = new Map(macros.flatMap((macro) => (macro.name ? [[macro.name, macro] as const] : [])));
  return (chunk) => {
    if (byName.size === 0) return '';
    const used = new Set<(typeof macros)[number]>();
    const pending = [chunk];
    while (pending.length > 0)
      for (const word of pending.pop()!.matchAll(/[^\s=,{}()"#%]+/g)) {
        const macro = byName.get(word[0].toLowerCase());
        if (macro && !used.has(macro)) {
          used.add(macro);
          pending.push(macro.text);
        }
      }
    return [...used]
      .sort((a, b) => a.index - b.index)
      .map((macro) => macro.text)
      .join('\n');
  };
}

// citation.js's typings demand every option; it defaults the ones we leave out.
function chain(input: unknown, options: Record<string, unknown>): unknown[] {
  return reader().input.chain(input, options as unknown as Parameters<BibtexReader['input']['chain']>[1]) as unknown[];
}

function toEntry(raw: RawEntry, csl: CslItem, path: string, range: TextRange): BibEntry {
  const fields = lowerKeys(raw.properties);
  const entry: BibEntry = {
    key: raw.label,
    type: raw.type.toLowerCase(),
    authors: (csl.author ?? []).map(toPerson).filter((person) => person.family.toLowerCase() !== 'others'),
    keywords: splitKeywords(csl.keyword ?? fields['keywords']),
    path,
    range,
  };
  if ((csl.author ?? []).some((author) => (author.family ?? author.literal ?? '').toLowerCase() === 'others')) entry.moreAuthors = true;
  assign(entry, 'title', csl.title);
  assign(entry, 'container', csl['container-title']);
  assign(entry, 'year', yearOf(csl) ?? fields['year']);
  assign(entry, 'volume', csl.volume);
  assign(entry, 'issue', csl.issue);
  assign(entry, 'pages', csl.page?.replace(/-/g, '–'));
  assign(entry, 'doi', csl.DOI ?? fields['doi']);
  assign(entry, 'pmid', csl.PMID ?? fields['pmid']);
  assign(entry, 'pmcid', csl.PMCID ?? fields['pmcid']);
  assign(entry, 'url', csl.URL ?? fields['url']);
  assign(entry, 'abstract', csl.abstract ?? plainLatex(fields['abstract']));
  assign(entry, 'studyDesign', plainLatex(fields['studydesign'] ?? fields['study-design'] ?? fields['design']));
  assign(entry, 'evidenceLevel', plainLatex(fields['evidencelevel'] ?? fields['evidence-level'] ?? fields['loe']));
  assign(entry, 'notes', plainLatex(fields['annote'] ?? fields['annotation'] ?? fields['note']) ?? csl.note);
  return entry;
}

function toPerson(author: { family?: string; given?: string; literal?: string }): Person {
  return author.family ? { family: author.family, ...(author.given ? { given: author.given } : {}) } : { family: author.literal ?? '' };
}

function yearOf(csl: CslItem): string | undefined {
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  return year !== undefined ? String(year) : csl.issued?.literal;
}

function assign<K extends keyof BibEntry>(entry: BibEntry, key: K, value: unknown): void {
  if (value !== undefined && value !== null && String(value).trim() !== '') (entry as unknown as Record<string, unknown>)[key] = String(value).trim();
}

function lowerKeys(record: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
}

function splitKeywords(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,;]/)
    .map((keyword) => plainLatex(keyword)?.trim() ?? '')
    .filter(Boolean);
}

// Custom fields (studydesign, annote) skip citation.js's CSL mapping, which decodes
// LaTeX; they are plain words in practice, so braces and the common escapes suffice.
function plainLatex(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value
    .replace(/\\([&%$#_{}])/g, '$1')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function entryKey(chunk: string): string {
  const key = /^\s*@\w+\s*[{(]\s*([^,\s]+)/.exec(chunk)?.[1];
  return key ? `\`${key}\` ` : '';
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

/** Points at the line citation.js names, inside the entry; the entry's first line otherwise. */
/** The innermost `{` of the entry that is never closed, if any (escaped braces `\\{` do not count). */
function unclosedBrace(text: string, entry: TextRange): number | undefined {
  const open: number[] = [];
  for (let i = entry.start; i < entry.end; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') open.push(i);
    else if (char === '}') open.pop();
  }
  return open.length > 0 ? open[open.length - 1] : undefined;
}

function errorRange(text: string, entry: TextRange, prefixLines: number, error: unknown): TextRange {
  // An unclosed brace makes the parser fail at the end of the entry; the brace the writer left open is the place.
  const open = unclosedBrace(text, entry);
  if (open !== undefined) return { start: open, end: open + 1 };
  const where = /at line (\d+) col (\d+)/.exec(error instanceof Error ? error.message : '');
  let offset = entry.start;
  if (where) {
    const line = Number(where[1]) - 1 - prefixLines;
    for (let i = 0; i < line && offset < entry.end; i++) {
      const next = text.indexOf('\n', offset);
      if (next === -1 || next >= entry.end) break;
      offset = next + 1;
    }
    offset = Math.min(entry.end, offset + Math.max(0, Number(where[2]) - 1));
  }
  const lineEnd = text.indexOf('\n', offset);
  return { start: offset, end: Math.max(offset + 1, lineEnd === -1 ? text.length : Math.min(lineEnd, entry.end)) };
}
