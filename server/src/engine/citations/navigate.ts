/**
 * Editor features over citations, as plain data: completion of keys after `@`,
 * the citation under the cursor (for hover and go to definition), and how often
 * each key is cited.
 */
import MiniSearch from 'minisearch';
import { entryMarkdown, shortLabel } from '../bibliography/format';
import type { BibEntry, Bibliography } from '../bibliography/model';
import { prepareDocument } from '../document';
import type { TextRange } from '../types';
import { recognizeCitations, type Citation, type CitedKey } from './recognize';

/** A completion proposal for a citation key. */
export interface KeyCompletion {
  key: string;
  /** "Cushman et al. 2021 — Percussive Massage Treatment Following a Marathon". */
  label: string;
  /** The formatted reference and evidence, as Markdown. */
  documentation: string;
  /** The text to replace (what the writer typed after `@`). */
  range: TextRange;
  sortText: string;
}

// Characters a key may contain, for finding what the writer has typed so far.
const KEY_CHAR = /[\p{L}\p{N}_:.#$%&\-+?<>~/]/u;

/** Completions at `offset`, when the cursor follows `@` (in `[@`, `; @` or narrative `@`). */
export function completeCitationKey(text: string, offset: number, bibliography: Bibliography): KeyCompletion[] {
  let start = offset;
  while (start > 0 && KEY_CHAR.test(text[start - 1]!)) start--;
  if (text[start - 1] !== '@') return [];
  const before = text[start - 2];
  // An e-mail address or a word with an @ inside is not a citation.
  if (before !== undefined && /[\p{L}\p{N}_]/u.test(before)) return [];
  const typed = text.slice(start, offset);
  const entries = [...bibliography.entries.values()];
  const ranked = typed ? rankEntries(entries, typed) : entries.sort((a, b) => a.key.localeCompare(b.key));
  return ranked.map((entry, index) => ({
    key: entry.key,
    label: `${shortLabel(entry)}${entry.title ? ` — ${entry.title}` : ''}`,
    documentation: entryMarkdown(entry, 0).split('\n\n`@')[0]!,
    range: { start, end: offset },
    sortText: String(index).padStart(5, '0'),
  }));
}

/** Fuzzy search over key, authors, title and year (MiniSearch, prefix and typo tolerant). */
function rankEntries(entries: BibEntry[], query: string): BibEntry[] {
  const search = new MiniSearch<{ id: string; key: string; authors: string; title: string; year: string }>({
    fields: ['key', 'authors', 'title', 'year'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { key: 3, authors: 2 } },
  });
  search.addAll(entries.map((entry) => ({ id: entry.key, key: splitKey(entry.key), authors: entry.authors.map((a) => a.family).join(' '), title: entry.title ?? '', year: entry.year ?? '' })));
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const found = search.search(splitKey(query)).map((result) => byKey.get(String(result.id))!);
  // Keys that start with what was typed come first, whatever the score.
  const lower = query.toLowerCase();
  return [...found.filter((e) => e.key.toLowerCase().startsWith(lower)), ...found.filter((e) => !e.key.toLowerCase().startsWith(lower))];
}

// "cushman2021postrace" → "cushman 2021 postrace", so each part can be matched.
function splitKey(key: string): string {
  return key
    .replace(/(\d+)/g, ' $1 ')
    .replace(/[_:.\-/]+/g, ' ')
    .trim();
}

/** The citation and, for Pandoc citations, the key under `offset`. */
export function citationAt(text: string, offset: number): { citation: Citation; key?: CitedKey; all: Citation[] } | undefined {
  const all = recognizeCitations(prepareDocument(text)).citations;
  const citation = all.find((c) => c.range.start <= offset && offset <= c.range.end);
  if (!citation) return undefined;
  const key = citation.keys.find((k) => k.range.start <= offset && offset <= k.range.end) ?? (citation.keys.length === 1 ? citation.keys[0] : undefined);
  return { citation, ...(key ? { key } : {}), all };
}

/** Hover Markdown for the citation under `offset`, or undefined. */
export function citationHover(text: string, offset: number, bibliography: Bibliography): { markdown: string; range: TextRange } | undefined {
  const found = citationAt(text, offset);
  if (!found) return undefined;
  const { citation, key, all } = found;
  if (key) {
    const entry = bibliography.entries.get(key.key);
    const uses = all.reduce((count, c) => count + c.keys.filter((k) => k.key === key.key).length, 0);
    return {
      range: key.range,
      markdown: entry
        ? entryMarkdown(entry, uses)
        : `\`@${key.key}\` is not in the bibliography${bibliography.files.length ? ` (${bibliography.files.map((f) => f.path.split(/[\\/]/).pop()).join(', ')})` : ''}.`,
    };
  }
  if (citation.kind === 'link' && citation.url) return { range: citation.range, markdown: `Cites ${citation.url}` };
  return undefined;
}

/** Where the entry cited under `offset` is defined. */
export function citationDefinition(text: string, offset: number, bibliography: Bibliography): { path: string; range: TextRange } | undefined {
  const key = citationAt(text, offset)?.key;
  const entry = key ? bibliography.entries.get(key.key) : undefined;
  return entry ? { path: entry.path, range: entry.range } : undefined;
}

/** Ranges of every citation of `key` in `text`. */
export function keyOccurrences(text: string, key: string): TextRange[] {
  return recognizeCitations(prepareDocument(text)).citations.flatMap((c) => c.keys.filter((k) => k.key === key).map((k) => k.range));
}

const DOI = /\b(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/[^\s"<>\]\[()]*[^\s"<>\]\[().,;:])/gi;

/** DOIs written in the document's prose or citations, with a doi.org link for each. */
export function doiLinks(text: string): Array<{ range: TextRange; target: string }> {
  const links: Array<{ range: TextRange; target: string }> = [];
  for (const match of text.matchAll(DOI)) {
    // Already a link destination: the editor links it on its own.
    if (/\]\($/.test(text.slice(Math.max(0, match.index - 2), match.index)) || /https?:\/\//i.test(match[0])) continue;
    const at = match.index + match[0].indexOf(match[1]!);
    links.push({ range: { start: at, end: at + match[1]!.length }, target: `https://doi.org/${match[1]}` });
  }
  return links;
}
