/**
 * Finds every citation in a document, in every style writers use, with exact
 * ranges: Pandoc keys (`[@a; @b, p. 3]`, `[-@a]`, `@a says`, `@{odd key}`),
 * footnotes (`[^1]`), numeric markers (`[1]`, `[1–3]`, `<sup>1</sup>`, `^1^`),
 * bare numbers after a claim ("… stretching alone 1") when the document uses
 * that style (they resolve to a numbered reference list, or there is no list and
 * there are several), author–year citations in
 * parentheses ("(Gattie, Cleland & Snodgrass, 2017)", "(Smith et al. 2020; Jones 2019)")
 * and in the text ("Smith and Jones (2020) reported"), reference-style links
 * (`[PubMed][3]`, `[label][]`, `[label]`) with their definitions (`[3]: https://…`),
 * links to sources listed in `source-hosts.json`, DOIs (`doi:10.…`, `(10.…)`), and
 * placeholders ("(ref)", "[citation needed]", "[@TODO]").
 */
import type { PreparedChunk, PreparedDocument } from '../document';
import { OPAQUE, sourceRange } from '../markdown/prose';
import { normaliseLabel, type DefinitionNode, type ReferenceItem } from '../markdown/structure';
import type { ProseBlock } from '../markdown/prose';
import { isSourceUrl } from './sources';
import { lowerBound } from '../text/sorted';
import type { TextRange } from '../types';

export type CitationKind = 'pandoc' | 'footnote' | 'numeric' | 'bare-number' | 'author-year' | 'link' | 'placeholder';

/** A Pandoc citation key inside a citation, with the range of `@key` (or `@{key}`). */
export interface CitedKey {
  key: string;
  range: TextRange;
}

/** One citation in the document. */
export interface Citation {
  kind: CitationKind;
  range: TextRange;
  text: string;
  /** Pandoc keys, for `pandoc` citations. */
  keys: CitedKey[];
  /** Reference numbers, for `numeric` and `bare-number` citations. */
  numbers: number[];
  /** Footnote label, for `footnote` citations. */
  label?: string;
  /** Link destination, for `link` citations. */
  url?: string;
  /** Where it sits: chunk and block indexes, and the prose offset in the block. */
  chunk: number;
  block: number;
  proseOffset: number;
}

/** Everything citation-related in a document. */
export interface DocumentCitations {
  citations: Citation[];
  footnoteDefinitions: Array<{ label: string; range: TextRange }>;
  referenceItems: ReferenceItem[];
  referenceHeadings: TextRange[];
  /** Link reference definitions (`[1]: https://…`), by normalised label. */
  definitions: Map<string, DefinitionNode>;
  /** The dominant style, used to insert new citations the same way. */
  style: 'pandoc' | 'footnote' | 'numeric' | 'bare-number' | 'author-year' | 'none';
}

// Pandoc's key grammar: internal punctuation only between key characters, so `@smith:2020.` ends before the period.
const KEY = String.raw`(?:\{[^}\n]+\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*)`;
const KEY_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])-?@(${KEY})`, 'gu');
const NUMERIC = /^\[(\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)(?:,\s*(?:p|pp)\.\s*\d+(?:\s*[-–]\s*\d+)?)?\]$/;
const PLACEHOLDER_KEYS = /^(todo|tbd|ref|refs|cite|citation|citation-needed|xxx|fixme|source)$/i;
const PLACEHOLDERS =
  /\((?:ref|refs|cite|citation|source|citation needed|reference needed|todo)\??\)|\[(?:ref|refs|cite|citation|citation needed|reference needed|source needed|todo|\?)\]|\bTODO:? cite\b|\bcite TODO\b|\b[Xx]{2,3} ?%|\bXXX\b/g;
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDERS.source);

/** True when `text` holds a citation placeholder such as "(ref)" or "[citation needed]". */
export function hasCitationPlaceholder(text: string): boolean {
  return ANY_PLACEHOLDER.test(text);
}
// Author–year: "(Kim et al., 2025)", "(Gattie, Cleland & Snodgrass, 2017)", "(Smith et al. 2020; Jones 2019)",
// "(The 2022 Hormone Therapy Position Statement Advisory Panel, 2022)". The word before the year must be a name
// (capitalised, an initial or "et al."), so "(between 2010 and 2020)" is not a citation.
const YEAR = String.raw`(?:(?:1[89]|20)\d{2}[a-z]?|n\.d\.|in press)`;
const LOCATOR = String.raw`(?:,\s*(?:p|pp|para|ch|fig|table)\.?\s*\d+(?:\s*[-–]\s*\d+)?)?`;
const NAME_END = String.raw`(?:[\p{Lu}][\p{L}'’-]*|[\p{Lu}]\.|al\.?|\))`;
const AY_SEGMENT = String.raw`(?:(?:see(?: also)?|e\.g\.|cf\.|also|reviewed in|as in|for example)[,:]?\s+)?(?:[\p{Lu}][^();\[\]\n]{0,150}?\s)?${NAME_END},?\s+${YEAR}(?:\s*,\s*${YEAR})*${LOCATOR}`;
const AUTHOR_YEAR = new RegExp(String.raw`\(${AY_SEGMENT}(?:\s*;\s*${AY_SEGMENT})*\s*\)`, 'gu');
// Narrative author–year: "Smith (2020)", "Smith and Jones (2020)", "Smith, Jones & Lee (2020)", "Smith et al. (2020)".
const SURNAME = String.raw`[\p{Lu}][\p{L}'’-]+`;
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${SURNAME})((?:,\s${SURNAME})*,?\s(?:and|&)\s${SURNAME}|\set al\.?)?\s\(${YEAR}(?:\s*[,;]\s*${YEAR})*${LOCATOR}\)`, 'gu');
// Capitalised words that open a sentence before a year in parentheses without naming anyone.
const NOT_A_NAME =
  /^(?:in|on|at|by|since|until|from|during|between|after|before|the|a|an|this|that|these|those|its|their|our|published|updated|revised|approved|launched|introduced|founded|established|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december|year|today|now|then|here|there|and|or|but|also)$/i;
// A whole reference in parentheses: "(Flato R, Passanante GJ, Skalski MR. The iliotibial tract. Skeletal Radiol. 2017;46(5):605–622.)".
const FULL_REFERENCE = /\((?:[\p{Lu}][\p{L}'’-]+ [\p{Lu}]{1,3}(?: Jr)?[,.;] ?)+[^()]{0,400}?\b(?:1[89]|20)\d{2}\b[^()]*(?:\([^()]*\)[^()]*)*\)/gu;
// DOIs written as text: "doi:10.1136/bmj.m1234", "(10.1001/jama.2020.1234)".
const DOI_TEXT = /\bdoi:\s?10\.\d{4,9}\/[^\s"<>]*[^\s"<>.,;:)\]]|\(\s*10\.\d{4,9}\/[^\s()]+\s*\)/giu;
const SUPERSCRIPT_HTML = /<sup>\s*\[?(\d{1,4}(?:\s*[-–,]\s*\d{1,4})*)\]?\s*<\/sup>/g;
const SUPERSCRIPT_PANDOC = /\^(\d{1,4}(?:[-–,]\d{1,4})*)\^/g;
// A number ending a sentence, line or paragraph right after a word or full stop: "… stretching alone 1", "… syndrome. 1".
const BARE_NUMBER = /(?<=[\p{L})\]%.,;:] )(\d{1,3}(?:, ?\d{1,3})*)(?=[.;]?\s*$)/u;
// Bare trailing numbers with no reference list to resolve against: this many, all small, make a citation style.
const UNLISTED_BARE_MARKERS = 3;
// Words before a number that make it part of a name, not a citation: "Zone 2.", "type 2", "stage 3.", "day 1.".
const NUMBERED_NAME =
  /\b(?:zones?|types?|stages?|days?|weeks?|months?|years?|grades?|phases?|levels?|steps?|class|groups?|parts?|chapters?|sections?|figures?|fig|tables?|versions?|tiers?|rounds?|sets?|reps?|sessions?|visits?|arms?|doses?|cohorts?|waves?|numbers?|no|vitamin|covid|omega|il|tnf|hba1c|page|p|n|lesson|module|item|question|option|point|rule|trimester|cycle|set|mile|km|hour|minute|floor|room|ward|bed|age|aged|over|under|above|below|to|of|and|or|than|about|around|only|just|least|most|score|scored|ratio|at|by|in|on|from|with|every|each|per|for|is|are|was|were|be|x|times|top|rank|ranked|number)\s*$/i;

/** Recognises the citations of a prepared document. */
export function recognizeCitations(document: PreparedDocument): DocumentCitations {
  const citations: Citation[] = [];
  const bareCandidates: Citation[] = [];
  const footnoteDefinitions: DocumentCitations['footnoteDefinitions'] = [];
  const referenceItems: ReferenceItem[] = [];
  const referenceHeadings: TextRange[] = [];
  document.chunks.forEach(({ start, chunk }, chunkIndex) => {
    const shift = (range: TextRange): TextRange => ({ start: range.start + start, end: range.end + start });
    const local = chunkCitations(chunk);
    const place = (citation: Citation): Citation => ({
      ...citation,
      range: shift(citation.range),
      keys: citation.keys.map((key) => ({ key: key.key, range: shift(key.range) })),
      chunk: chunkIndex,
    });
    citations.push(...local.citations.map(place));
    bareCandidates.push(...local.bare.map(place));
    const { structure } = chunk;
    for (const definition of structure.footnoteDefinitions) footnoteDefinitions.push({ label: definition.label, range: shift(definition.range) });
    for (const item of structure.referenceItems) referenceItems.push({ ...item, range: shift(item.range) });
    for (const heading of structure.referenceHeadings) referenceHeadings.push(shift(heading));
  });
  const definitions = new Map<string, DefinitionNode>();
  document.chunks.forEach(({ start, chunk }) => {
    for (const definition of chunk.structure.definitions)
      if (!definitions.has(definition.label)) definitions.set(definition.label, { ...definition, range: { start: definition.range.start + start, end: definition.range.end + start } });
  });
  if (definitions.size > 0) {
    // `[PubMed][3]` and `[3]` with a definition `[3]: https://…` cite that definition, not reference number 3 of a list.
    const links = referenceLinks(document, definitions);
    if (links.length > 0) {
      const covered = (citation: Citation): boolean => links.some((link) => link.range.start <= citation.range.start && citation.range.end <= link.range.end);
      const kept = citations.filter((citation) => !((citation.kind === 'numeric' || citation.kind === 'link') && covered(citation)));
      citations.splice(0, citations.length, ...kept, ...links);
    }
  }
  // Bare numbers count as citations only in documents that demonstrably use them as a style, with no bracketed or
  // keyed markers: several that resolve to a numbered reference list, or, where the document has no numbered list
  // (pasted without it), several small numbers ending claims (missing-reference then says the list is missing).
  const numbered = new Set(referenceItems.flatMap((item) => (item.number !== undefined ? [item.number] : [])));
  const resolving = bareCandidates.filter((candidate) => candidate.numbers.length > 0 && candidate.numbers.every((n) => numbered.has(n)));
  const styled = !citations.some((c) => c.kind === 'numeric' || c.kind === 'pandoc' || c.kind === 'footnote');
  if (styled && resolving.length >= 2) citations.push(...resolving);
  else if (styled && numbered.size === 0 && bareCandidates.length >= UNLISTED_BARE_MARKERS && bareCandidates.every((c) => c.numbers.every((n) => n >= 1 && n <= 99))) citations.push(...bareCandidates);
  citations.sort((a, b) => a.range.start - b.range.start);
  return { citations, footnoteDefinitions, referenceItems, referenceHeadings, definitions, style: dominantStyle(citations) };
}

// Chunks are memoised by text, so their citations can be memoised by chunk.
const chunkMemo = new WeakMap<PreparedChunk, { citations: Citation[]; bare: Citation[] }>();

/** The citations of one chunk, chunk-relative; `bare` holds bare-number candidates. */
function chunkCitations(chunk: PreparedChunk): { citations: Citation[]; bare: Citation[] } {
  const cached = chunkMemo.get(chunk);
  if (cached) return cached;
  const citations: Citation[] = [];
  const bareCandidates: Citation[] = [];
  const source = chunk.text;
  const { structure } = chunk;
  const footnoteStarts = new Map(structure.footnoteReferences.map((ref) => [ref.range.start, ref]));
  chunk.blocks.forEach((block, blockIndex) => {
    const base = { chunk: 0, block: blockIndex };
    // Opaque runs in the prose are citation keys, markers, URLs, footnote references and code.
    for (const run of block.text.matchAll(new RegExp(`${OPAQUE}+`, 'g'))) {
      const range = sourceRange(block, run.index, run.index + run[0].length);
      const footnote = footnoteStarts.get(range.start);
      if (footnote) {
        citations.push({
          kind: 'footnote',
          range: footnote.range,
          text: source.slice(footnote.range.start, footnote.range.end),
          keys: [],
          numbers: [],
          label: footnote.label,
          ...base,
          proseOffset: run.index,
        });
        continue;
      }
      classifyOpaque(source.slice(range.start, range.end), range, { ...base, proseOffset: run.index }, citations);
    }
    // Links with visible text (the text is prose; the destination tells the source).
    for (const link of structure.links) {
      if (link.range.start < block.range.start || link.range.start >= block.range.end || !isSourceUrl(link.url)) continue;
      if (citations.some((c) => c.kind === 'link' && c.range.start === link.range.start)) continue;
      const proseOffset = Math.max(0, block.offsets.findIndex((o) => o >= link.range.end) - 1);
      citations.push({ kind: 'link', range: link.range, text: source.slice(link.range.start, link.range.end), keys: [], numbers: [], url: link.url, ...base, proseOffset });
    }
    const prose = block.text;
    const toCitation = (kind: CitationKind, from: number, to: number, extra: Partial<Citation> = {}): Citation => {
      const range = sourceRange(block, from, to);
      return { kind, range, text: source.slice(range.start, range.end), keys: [], numbers: [], ...base, proseOffset: from, ...extra };
    };
    for (const match of prose.matchAll(PLACEHOLDERS)) citations.push(toCitation('placeholder', match.index, match.index + match[0].length));
    for (const match of prose.matchAll(AUTHOR_YEAR)) citations.push(toCitation('author-year', match.index, match.index + match[0].length));
    for (const match of prose.matchAll(NARRATIVE)) {
      if (NOT_A_NAME.test(match[1]!) && !match[2]) continue;
      if (citations.some((c) => c.kind === 'author-year' && c.chunk === 0 && c.block === blockIndex && c.proseOffset < match.index + match[0].length && match.index < c.proseOffset + c.text.length))
        continue;
      citations.push(toCitation('author-year', match.index, match.index + match[0].length));
    }
    for (const match of prose.matchAll(FULL_REFERENCE)) {
      if (citations.some((c) => c.block === blockIndex && c.chunk === 0 && c.proseOffset >= match.index && c.proseOffset < match.index + match[0].length)) continue;
      citations.push(toCitation('author-year', match.index, match.index + match[0].length));
    }
    for (const match of prose.matchAll(DOI_TEXT)) {
      const doi = match[0].replace(/^doi:\s?|^\(\s*|\s*\)$/gi, '');
      citations.push(toCitation('link', match.index, match.index + match[0].length, { url: `https://doi.org/${doi}` }));
    }
    for (const match of prose.matchAll(SUPERSCRIPT_PANDOC)) citations.push(toCitation('numeric', match.index, match.index + match[0].length, { numbers: expandNumbers(match[1]!) }));
    const blockSource = source.slice(block.range.start, block.range.end);
    for (const match of blockSource.matchAll(SUPERSCRIPT_HTML)) {
      const from = block.range.start + match.index;
      citations.push({
        kind: 'numeric',
        range: { start: from, end: from + match[0].length },
        text: match[0],
        keys: [],
        numbers: expandNumbers(match[1]!),
        ...base,
        proseOffset: Math.max(
          0,
          block.offsets.findIndex((o) => o >= from),
        ),
      });
    }
    if (!block.context.heading) {
      const seen = new Set<number>();
      const consider = (from: number, to: number): void => {
        const bare = BARE_NUMBER.exec(prose.slice(from, to).trimEnd());
        if (!bare || seen.has(from + bare.index) || NUMBERED_NAME.test(prose.slice(Math.max(from, from + bare.index - 24), from + bare.index))) return;
        seen.add(from + bare.index);
        bareCandidates.push(toCitation('bare-number', from + bare.index, from + bare.index + bare[0].length, { numbers: expandNumbers(bare[1]!) }));
      };
      for (const sentence of chunk.sentences(blockIndex)) consider(sentence.range.start, sentence.range.end);
      consider(0, prose.length);
    }
  });
  const result = { citations, bare: bareCandidates };
  chunkMemo.set(chunk, result);
  return result;
}

function classifyOpaque(text: string, range: TextRange, where: Pick<Citation, 'chunk' | 'block' | 'proseOffset'>, out: Citation[]): void {
  // Adjacent markers ("[10][11]") arrive as one run: classify each bracket group.
  const groups = [...text.matchAll(/\[[^\[\]]*\]/g)];
  if (groups.length > 1 && groups.map((g) => g[0]).join('') === text.trim()) {
    for (const group of groups) classifyOpaque(group[0], { start: range.start + group.index, end: range.start + group.index + group[0].length }, where, out);
    return;
  }
  const trimmed = text.trim();
  if (trimmed.startsWith('^[')) {
    out.push({ kind: 'footnote', range, text, keys: [], numbers: [], label: 'inline', ...where });
    return;
  }
  if (trimmed.startsWith('[^')) {
    out.push({ kind: 'footnote', range, text, keys: [], numbers: [], label: trimmed.slice(2, -1), ...where });
    return;
  }
  const numeric = NUMERIC.exec(trimmed);
  if (numeric) {
    out.push({ kind: 'numeric', range, text, keys: [], numbers: expandNumbers(numeric[1]!), ...where });
    return;
  }
  if (/^(https?:\/\/|www\.)/i.test(trimmed)) {
    if (isSourceUrl(trimmed)) out.push({ kind: 'link', range, text, keys: [], numbers: [], url: trimmed, ...where });
    return;
  }
  if (!trimmed.includes('@')) return;
  const keys: CitedKey[] = [];
  for (const match of text.matchAll(KEY_IN_TEXT)) {
    const at = match.index + match[0].indexOf('@');
    const raw = match[1]!;
    keys.push({ key: raw.startsWith('{') ? raw.slice(1, -1) : raw, range: { start: range.start + at, end: range.start + match.index + match[0].length } });
  }
  if (keys.length === 0) return;
  const placeholder = keys.every((key) => PLACEHOLDER_KEYS.test(key.key));
  out.push({ kind: placeholder ? 'placeholder' : 'pandoc', range, text, keys: placeholder ? [] : keys, numbers: [], ...where });
}

// `[text][label]`, `[label][]` and the shortcut `[label]` (not an inline link, image or definition).
const REFERENCE_LINK = /(?<![!\\\]])\[((?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\[([^\[\]\n]*)\]|(?<![!\\\]])\[([^\[\]\n^@]+)\](?![\[(])/g;

/** Reference-style links whose definition is a source: a numbered label (the article's reference list) or a source URL. */
function referenceLinks(document: PreparedDocument, definitions: Map<string, DefinitionNode>): Citation[] {
  const found: Citation[] = [];
  document.chunks.forEach(({ start, chunk }, chunkIndex) => {
    if (!chunk.text.includes('[')) return;
    chunk.blocks.forEach((block, blockIndex) => {
      const text = chunk.text.slice(block.range.start, block.range.end);
      if (!text.includes('[')) return;
      for (const match of text.matchAll(REFERENCE_LINK)) {
        const label = normaliseLabel(match[3] ?? (match[2] ? match[2] : match[1]!));
        const definition = definitions.get(label);
        if (!definition || !(/^\d+$/.test(label) || isSourceUrl(definition.url))) continue;
        const from = block.range.start + match.index;
        found.push({
          kind: 'link',
          range: { start: start + from, end: start + from + match[0].length },
          text: match[0],
          keys: [],
          numbers: [],
          url: definition.url,
          chunk: chunkIndex,
          block: blockIndex,
          proseOffset: proseIndexOf(block, from),
        });
      }
    });
  });
  return found;
}

/** The index in `block.text` of the first prose character at or after source offset `offset`. */
function proseIndexOf(block: ProseBlock, offset: number): number {
  return Math.min(lowerBound(block.offsets, offset), Math.max(0, block.offsets.length - 1));
}

/** "1–3, 5" → [1, 2, 3, 5]. */
export function expandNumbers(text: string): number[] {
  const numbers: number[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.split(/[-–]/).map((n) => Number(n.trim()));
    if (from === undefined || Number.isNaN(from)) continue;
    if (to !== undefined && !Number.isNaN(to) && to >= from && to - from < 100) for (let n = from; n <= to; n++) numbers.push(n);
    else numbers.push(from);
  }
  return numbers;
}

function dominantStyle(citations: Citation[]): DocumentCitations['style'] {
  const counts = new Map<DocumentCitations['style'], number>();
  for (const citation of citations) {
    if (citation.kind === 'placeholder' || citation.kind === 'link') continue;
    counts.set(citation.kind, (counts.get(citation.kind) ?? 0) + 1);
  }
  let best: DocumentCitations['style'] = 'none';
  let most = 0;
  for (const [style, count] of counts) if (count > most) [best, most] = [style, count];
  return best;
}
