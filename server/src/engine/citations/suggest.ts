/**
 * "Insert citation…": ranks the bibliography for the sentence of an uncited
 * claim (BM25+ over title, keywords, abstract and notes, with MiniSearch) and
 * builds the edits that insert the chosen entry in the document's own style.
 */
import MiniSearch from 'minisearch';
import { formatReference, shortLabel } from '../bibliography/format';
import type { BibEntry, Bibliography } from '../bibliography/model';
import { prepareDocument } from '../document';
import { OPAQUE } from '../markdown/prose';
import type { CitationSlot, Fix, TextEdit } from '../types';
import { recognizeCitations, type DocumentCitations } from './recognize';

const STOPWORDS = new Set(
  'a an the and or but of in on at to for with without by from as is are was were be been being it its this that these those than then there their they them we you your our i he she his her not no nor so such can could may might will would should do does did has have had into over under about after before during between more most less least very also only just other some any each which who whom whose what when where why how all both few many much own same too up down out off again further once here'.split(
    ' ',
  ),
);

type Indexed = { id: string; title: string; keywords: string; abstract: string; notes: string; container: string };
const indexes = new WeakMap<Bibliography, MiniSearch<Indexed>>();

// "post-race" and "Postrace" must meet: hyphenated words index as joined and as parts.
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    if (!word) continue;
    const parts = word.split('-').filter(Boolean);
    if (parts.length > 1) tokens.push(parts.join(''), ...parts);
    else tokens.push(word);
  }
  return tokens.filter((token) => token.length > 1 && !STOPWORDS.has(token));
}

// Light stemming so "soreness"/"sore", "needling"/"needle", "runners"/"runner" meet.
function stem(term: string): string {
  return term.replace(/(?:ness|ings?|ed|es|s)$/u, '').replace(/(.)\1$/u, '$1') || term;
}

function indexFor(bibliography: Bibliography): MiniSearch<Indexed> {
  let index = indexes.get(bibliography);
  if (!index) {
    index = new MiniSearch<Indexed>({
      fields: ['title', 'keywords', 'abstract', 'notes', 'container'],
      tokenize,
      processTerm: (term) => stem(term),
      searchOptions: { boost: { title: 3, keywords: 3, abstract: 1, notes: 1, container: 0.5 }, fuzzy: 0.15, prefix: (term) => term.length >= 5 },
    });
    index.addAll(
      [...bibliography.entries.values()].map((entry) => ({
        id: entry.key,
        title: entry.title ?? '',
        keywords: entry.keywords.join(' '),
        abstract: entry.abstract ?? '',
        notes: entry.notes ?? '',
        container: entry.container ?? '',
      })),
    );
    indexes.set(bibliography, index);
  }
  return index;
}

/** The best `limit` entries for a claim sentence, best first. */
export function rankEntriesForClaim(bibliography: Bibliography, sentence: string, limit = 5): Array<{ entry: BibEntry; score: number }> {
  if (bibliography.entries.size === 0) return [];
  const query = sentence.replaceAll(OPAQUE, ' ');
  return indexFor(bibliography)
    .search(query, { combineWith: 'OR' })
    .slice(0, limit)
    .map((result) => ({ entry: bibliography.entries.get(String(result.id))!, score: result.score }));
}

/** One fix per ranked entry, inserting it in the document's citation style. */
export function insertCitationFixes(text: string, slot: CitationSlot, bibliography: Bibliography, limit = 5): Fix[] {
  const ranked = rankEntriesForClaim(bibliography, text.slice(slot.sentence.start, slot.sentence.end), limit);
  if (ranked.length === 0) return [];
  const citations = recognizeCitations(prepareDocument(text));
  return ranked.map(({ entry }) => ({
    title: `Insert citation: ${shortLabel(entry)}${entry.title ? ` — ${truncate(entry.title, 60)}` : ''}`,
    edits: citationEdits(text, slot.insertAt, entry, citations),
  }));
}

function citationEdits(text: string, at: number, entry: BibEntry, citations: DocumentCitations): TextEdit[] {
  const space = /\s/.test(text[at - 1] ?? ' ') ? '' : ' ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  switch (citations.style) {
    case 'footnote': {
      const label = entry.key;
      const exists = citations.footnoteDefinitions.some((d) => d.label === label);
      const end = text.length;
      const edits: TextEdit[] = [{ range: { start: at, end: at }, newText: `[^${label}]` }];
      if (!exists) edits.push({ range: { start: end, end }, newText: `${text.endsWith(eol) ? '' : eol}${eol}[^${label}]: ${plain(formatReference(entry))}${eol}` });
      return edits;
    }
    case 'numeric':
    case 'bare-number': {
      const items = citations.referenceItems;
      const existing = items.find((item) => (entry.doi && item.text.includes(entry.doi)) || (entry.title && normalise(item.text).includes(normalise(entry.title).slice(0, 40))));
      const number = existing?.number ?? Math.max(0, ...items.map((item) => item.number ?? 0)) + 1;
      const marker = citations.style === 'numeric' ? `${space}[${number}]` : `${space}${number}`;
      const edits: TextEdit[] = [{ range: { start: at, end: at }, newText: marker }];
      if (!existing) {
        const last = items.at(-1);
        const line = `${number}. ${plain(formatReference(entry))}`;
        if (last) edits.push({ range: { start: lineEndAt(text, last.range.end), end: lineEndAt(text, last.range.end) }, newText: `${eol}${line}` });
        else edits.push({ range: { start: text.length, end: text.length }, newText: `${text.endsWith(eol) ? '' : eol}${eol}## References${eol}${eol}${line}${eol}` });
      }
      return edits;
    }
    default:
      return [{ range: { start: at, end: at }, newText: `${space}[@${entry.key}]` }];
  }
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset - 1));
  if (newline === -1) return text.length;
  return text[newline - 1] === '\r' ? newline - 1 : newline;
}

function plain(markdown: string): string {
  return markdown.replace(/\*/g, '');
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The index's terms of a text (tokenised and stemmed as the index does), without the words every study shares. */
export function topicTerms(text: string): Set<string> {
  return new Set(
    tokenize(text.replaceAll(OPAQUE, ' '))
      .filter((token) => !RESEARCH_WORDS.has(token) && !/^\d+$/.test(token))
      .map(stem),
  );
}

/** A source to score a claim against: the fields the bibliography index reads. */
export interface TopicSource {
  id: string;
  title: string;
  keywords?: string;
  abstract?: string;
}

// Words every claim and every study title may share without sharing a topic.
const RESEARCH_WORDS = new Set(
  'study studies trial trials review reviews systematic meta analysis analyses evidence effect effects effective effectiveness patients participants people adults results data research association associated risk outcome outcomes clinical randomized randomised controlled cohort among using use used based new versus vs compared comparison'.split(
    ' ',
  ),
);

/**
 * Scores how much a claim sentence shares a topic with each of `sources`, by the same BM25+ index (fields, boosts,
 * fuzzy and prefix matching, stemming) that ranks bibliography entries for "Insert citation", built once over
 * `sources` (a document's cited sources); words any study title shares with any claim ("study", "patients",
 * "effect") are left out of the query. A score of 0 means no shared term at all.
 */
export function topicScorer(sources: readonly TopicSource[]): (sentence: string) => Map<string, number> {
  const index = new MiniSearch<Indexed>({
    fields: ['title', 'keywords', 'abstract', 'notes', 'container'],
    tokenize,
    processTerm: (term) => stem(term),
    searchOptions: { boost: { title: 3, keywords: 3, abstract: 1, notes: 1, container: 0.5 }, fuzzy: 0.15, prefix: (term) => term.length >= 5 },
  });
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.id)) continue;
    seen.add(source.id);
    index.add({ id: source.id, title: source.title, keywords: source.keywords ?? '', abstract: source.abstract ?? '', notes: '', container: '' });
  }
  return (sentence) => {
    const query = tokenize(sentence.replaceAll(OPAQUE, ' '))
      .filter((token) => !RESEARCH_WORDS.has(token) && !/^\d+$/.test(token))
      .join(' ');
    const scores = new Map<string, number>();
    for (const id of seen) scores.set(id, 0);
    if (!query) return scores;
    for (const result of index.search(query, { combineWith: 'OR' })) scores.set(String(result.id), result.score);
    return scores;
  };
}
