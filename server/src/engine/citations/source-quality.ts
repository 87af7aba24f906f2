/**
 * What the source-quality checks read: each citation of a document resolved to the
 * sources it names (a bibliography entry, a reference-list item, a link definition,
 * a footnote, a bare link), with the claim it supports, each source's URLs, title,
 * year and whether it carries a DOI or PMID; and URL classification (a home page or
 * section index, a search-results page, Wikipedia, an agency's general-information
 * page), from the data in `source-quality.json`.
 */
import type { BibEntry, Bibliography } from '../bibliography/model';
import type { PreparedDocument } from '../document';
import { OPAQUE } from '../markdown/prose';
import type { ProseBlock } from '../markdown/prose';
import type { DefinitionNode, ReferenceItem } from '../markdown/structure';
import { lowerBound } from '../text/sorted';
import type { TextRange } from '../types';
import type { Citation, DocumentCitations } from './recognize';
import data from './source-quality.json';
import { hostOf } from './sources';

const SECTION_NAMES = new Set(data.sectionNames);
const SEARCH_SEGMENTS = new Set(data.searchSegments);
const SEARCH_PARAMETERS = new Set(data.searchParameters);
const GENERAL_PAGES = data.generalPages.map((page) => ({ host: page.host, path: new RegExp(page.path, 'i') }));
const CURRENT_PRACTICE = data.currentPractice.map((pattern) => new RegExp(pattern, 'i'));

/** Why a URL cannot support a specific claim. */
export type GenericReason = 'home' | 'section' | 'search' | 'wikipedia' | 'general';

function onHost(host: string, list: readonly string[]): boolean {
  return list.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/** True for a DOI, or a URL that names one record (a PubMed or PMC id, a DOI resolver, a trial registration). */
export function hasIdentifier(url: string): boolean {
  if (/^doi:|(?:^|\/)10\.\d{4,9}\//i.test(url)) return true;
  const host = hostOf(url);
  return host !== undefined && onHost(host, data.identifierHosts) && /\d{4,}/.test(url);
}

/**
 * Why `url` cannot support a specific claim, or undefined when it names a specific page. `general` is returned only for
 * agency general-information pages; the caller decides whether the claim is specific enough for that to matter.
 */
export function genericUrl(url: string): GenericReason | undefined {
  const host = hostOf(url);
  if (!host || hasIdentifier(url)) return undefined;
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  if (onHost(host, data.wikipediaHosts)) return parsed.pathname.length > 1 ? 'wikipedia' : 'home';
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => safeDecode(segment).toLowerCase());
  const params = parsed.params;
  // A search: a search segment in the path, or a search parameter on a page that is otherwise an index.
  if (segments.some((segment) => SEARCH_SEGMENTS.has(segment.replace(/\.(?:html?|aspx?|php|cfm)$/, '')))) return 'search';
  if (params.some(([key, value]) => SEARCH_PARAMETERS.has(key.toLowerCase()) && value.trim()) && segments.length <= 1) return 'search';
  // A single-page app's route ("fdc-app.html#/food-details/169414") or a query naming a record is a specific page.
  if (/^#!?\/./.test(parsed.hash) || params.some(([, value]) => /\d{3,}/.test(value))) return undefined;
  const pages = segments.filter((segment) => !/^(?:index|default|home)\.(?:html?|aspx?|php)$/.test(segment));
  if (pages.length === 0) return 'home';
  if (pages.length === 1) {
    const page = pages[0]!.replace(/\.(?:html?|aspx?|php)$/, '');
    if (SECTION_NAMES.has(page)) return 'section';
  }
  const path = parsed.pathname;
  if (GENERAL_PAGES.some((page) => (host === page.host || host.endsWith(`.${page.host}`)) && page.path.test(path))) return 'general';
  return undefined;
}

/** The path, query parameters and fragment of an http(s) URL (the engine has no `URL`: it runs without DOM or Node types). */
function parseUrl(url: string): { pathname: string; params: Array<[string, string]>; hash: string } | undefined {
  const match = /^(?:https?:\/\/)?[^/?#\s]+(\/[^?#\s]*)?(\?[^#\s]*)?(#\S*)?$/i.exec(url.trim());
  if (!match) return undefined;
  const params = (match[2] ?? '')
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair): [string, string] => {
      const at = pair.indexOf('=');
      return at === -1 ? [safeDecode(pair), ''] : [safeDecode(pair.slice(0, at)), safeDecode(pair.slice(at + 1).replace(/\+/g, ' '))];
    });
  return { pathname: match[1] ?? '/', params, hash: match[3] ?? '' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** True when the sentence is about current practice ("current guidelines recommend", "is now the standard"). */
export function currentPracticeCue(sentence: string): { start: number; end: number } | undefined {
  for (const pattern of CURRENT_PRACTICE) {
    const match = pattern.exec(sentence);
    if (match) return { start: match.index, end: match.index + match[0].length };
  }
  return undefined;
}

/** One source a citation names. */
export interface CitedSource {
  /** A stable id within the document (entry key, item or URL). */
  id: string;
  /** How the source is named in messages: a key, "reference 3", or the host. */
  label: string;
  urls: string[];
  /** The title (an entry's, a reference item's linked or longest part, a link definition's), for topic scoring. */
  title?: string;
  abstract?: string;
  keywords: string[];
  year?: number;
  /** True when the source carries a DOI, PMID or PMCID. */
  identified: boolean;
  entry?: BibEntry;
  item?: ReferenceItem;
}

/** A citation with the sentence it supports and the sources it names. */
export interface ResolvedCitation {
  citation: Citation;
  /** Source range of the supported sentence (the citation's own, or the one before when it stands alone). */
  claimRange: TextRange;
  /** The supported sentence's prose, with citations and link texts blanked. */
  claim: string;
  /** The prose of every sentence the citation covers (back to the previous citation in the block), blanked the same way. */
  supported: string;
  sources: CitedSource[];
}

const YEAR = /\b(1[89]\d{2}|20\d{2})[a-z]?\b/;
const URL_IN_TEXT = /\]\(<?(https?:\/\/[^)\s>]+)>?(?:\s+["'(][^)]*)?\)|<(https?:\/\/[^>\s]+)>|(?<![(<])\b(https?:\/\/[^\s<>()\]]+[^\s<>()\].,;:])/g;
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s"<>)\]]+[^\s"<>)\].,;:]/;

/** The URLs written in a reference's text (Markdown links, autolinks, bare URLs). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

/** The URLs of a reference item: those written in it, and those its reference links (`[PMC][2]`) point to. */
export function itemUrls(item: ReferenceItem, definitions: ReadonlyMap<string, DefinitionNode>): string[] {
  const urls = urlsIn(item.text);
  for (const match of item.text.matchAll(/\]\[([^\]\n]+)\]/g)) {
    const definition = definitions.get(match[1]!.replace(/\s+/g, ' ').trim().toLowerCase());
    if (definition) urls.push(definition.url);
  }
  return urls;
}

/** The identifiers a text or URL carries: `doi:10.…` (lower case), `pmid:123`, `pmc:PMC123`. */
export function identifiersIn(text: string): string[] {
  const decoded = safeDecode(text);
  const ids = new Set<string>();
  for (const match of decoded.matchAll(/\b10\.\d{4,9}\/[^\s"<>)\]]+[^\s"<>)\].,;:]/g))
    // A publisher's page for a DOI ("…/doi/10.1002/14651858.CD011472.pub2/full") names the same DOI.
    ids.add(`doi:${match[0].toLowerCase().replace(/\/(?:full|abstract|pdf|epdf|fulltext|full-text|html|references|summary)$/, '')}`);
  for (const match of decoded.matchAll(/\bPMID:?\s*(\d{5,9})\b|pubmed\.ncbi\.nlm\.nih\.gov\/(\d{5,9})\b|ncbi\.nlm\.nih\.gov\/pubmed\/(\d{5,9})\b/gi))
    ids.add(`pmid:${match[1] ?? match[2] ?? match[3]}`);
  for (const match of decoded.matchAll(/\bPMC(\d{4,9})\b/g)) ids.add(`pmc:${match[1]}`);
  return [...ids];
}

/** The year of a reference's text: the first plausible year after the authors. */
export function yearIn(text: string): number | undefined {
  const withoutUrls = text.replace(/\]\([^)]*\)|https?:\/\/\S+|\b10\.\d{4,9}\/\S+/g, ' ');
  const match = YEAR.exec(withoutUrls);
  return match ? Number(match[1]) : undefined;
}

/** The title of a reference's text: its linked text when that reads as a title, else its longest sentence-like part. */
export function titleIn(text: string): string | undefined {
  for (const match of text.matchAll(/(?<!!)\[([^\]\n]{15,})\]\(/g)) {
    const linked = match[1]!.replace(/[*_`]/g, '').trim();
    if (!/^(?:https?:|www\.|doi|10\.)/i.test(linked) && !isAuthorYearLabel(linked) && !isVenueName(linked)) return linked;
  }
  const plain = text
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+|\bdoi:\s*\S+|\b10\.\d{4,9}\/\S+/gi, ' ')
    .replace(/[[\]*_`]/g, '');
  const parts = plain
    .split(/(?<=[.?!])\s+(?=[\p{Lu}\d"“])/u)
    .map((part) => part.trim())
    .filter((part) => part.length >= 15 && !isVenueName(part) && !/\bet al\b/.test(part) && !/^(?:[\p{Lu}][\p{L}'’-]+ [\p{Lu}]{1,3}[,.]\s*)+/u.test(part));
  return parts.sort((a, b) => b.length - a.length)[0];
}

/** "Wiley Online Library", "German Journal of Sports Medicine", "Eur J Clin Nutr.", "PubMed": a venue, not a title. */
export function isVenueName(text: string): boolean {
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  return (
    words.length < 5 ||
    /^(?:the )?(?:[\p{L}.&'-]+ ){0,5}(?:journal|library|press|publishing|publishers|online|review|reviews|proceedings|university|institute|society|association|foundation|college|centre|center|medicine|nutrients|sensors)\.?$/iu.test(
      text,
    ) ||
    /^(?:[\p{L}.&'-]+ )*journal of\b/iu.test(text)
  );
}

/** "Smith et al., 2020", "Yang & Schank, 2006", "Strassmann, 1999; Yang & Schank, 2006": a label, not a title. */
function isAuthorYearLabel(text: string): boolean {
  if (/\bet al\b|^[\p{Lu}][\p{L}'’-]+,? [\p{Lu}]{1,3}\b/u.test(text)) return true;
  const years = text.match(/\b(?:1[89]|20)\d{2}[a-z]?\b/g) ?? [];
  return (
    years.length > 0 &&
    text
      .replace(/\b(?:1[89]|20)\d{2}[a-z]?\b/g, '')
      .split(/[;&,]|\band\b/)
      .every((part) => part.trim().split(/\s+/).length <= 4)
  );
}

/** A URL without scheme, `www.`, query, fragment and trailing slashes, lower-cased, for comparing. */
export function normaliseUrl(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/[#?].*$/, '')
    .replace(/\/+$/, '');
}

/** Per document: the reference items with their URLs and DOIs, for matching citations to them. */
interface ItemIndex {
  byUrl: Map<string, ReferenceItem>;
  /** By DOI, PMID or PMCID (`identifiersIn`). */
  byDoi: Map<string, ReferenceItem>;
  byNumber: Map<number, ReferenceItem>;
}

function indexItems(items: readonly ReferenceItem[], definitions: ReadonlyMap<string, DefinitionNode>): ItemIndex {
  const index: ItemIndex = { byUrl: new Map(), byDoi: new Map(), byNumber: new Map() };
  for (const item of items) {
    for (const url of itemUrls(item, definitions)) if (!index.byUrl.has(normaliseUrl(url))) index.byUrl.set(normaliseUrl(url), item);
    for (const id of identifiersIn(item.text)) if (!index.byDoi.has(id)) index.byDoi.set(id, item);
    if (item.number !== undefined && !index.byNumber.has(item.number)) index.byNumber.set(item.number, item);
  }
  return index;
}

/** The reference item a URL points to, by URL or by DOI. */
function itemForUrl(index: ItemIndex, url: string): ReferenceItem | undefined {
  const byUrl = index.byUrl.get(normaliseUrl(url));
  if (byUrl) return byUrl;
  for (const id of identifiersIn(url)) {
    const item = index.byDoi.get(id);
    if (item) return item;
  }
  return undefined;
}

function fromItem(item: ReferenceItem): CitedSource {
  const urls = urlsIn(item.text);
  const title = titleIn(item.text);
  const year = yearIn(item.text);
  return {
    id: `item:${item.range.start}`,
    label: item.number !== undefined ? `reference ${item.number}` : (title ?? item.text).slice(0, 60),
    urls,
    ...(title ? { title } : {}),
    keywords: [],
    ...(year ? { year } : {}),
    identified: DOI_IN_TEXT.test(item.text) || /\bPMID\b|\bPMC\d+/i.test(item.text) || urls.some(hasIdentifier),
    item,
  };
}

function fromEntry(entry: BibEntry): CitedSource {
  const year = entry.year ? Number(/\d{4}/.exec(entry.year)?.[0]) : undefined;
  return {
    id: `entry:${entry.key}`,
    label: entry.key,
    urls: entry.url ? [entry.url] : [],
    ...(entry.title ? { title: entry.title } : {}),
    ...(entry.abstract ? { abstract: entry.abstract } : {}),
    keywords: entry.keywords,
    ...(year ? { year } : {}),
    identified: Boolean(entry.doi || entry.pmid || entry.pmcid),
    entry,
  };
}

function fromUrl(url: string, title: string | undefined): CitedSource {
  return { id: `url:${normaliseUrl(url)}`, label: hostOf(url) ?? url, urls: [url], ...(title ? { title } : {}), keywords: [], identified: hasIdentifier(url) };
}

/** The sources one citation names. */
function sourcesOf(citation: Citation, document: PreparedDocument, citations: DocumentCitations, bibliography: Bibliography, items: ItemIndex): CitedSource[] {
  switch (citation.kind) {
    case 'pandoc':
      return citation.keys.flatMap((key) => {
        const entry = bibliography.entries.get(key.key);
        return entry ? [fromEntry(entry)] : [];
      });
    case 'numeric':
    case 'bare-number':
      return citation.numbers.flatMap((number) => {
        const item = items.byNumber.get(number);
        if (item) return [fromItem(item)];
        const definition = citations.definitions.get(String(number));
        const title = definition?.title && !/^(?:https?:|www\.)/i.test(definition.title) ? definition.title : undefined;
        return definition ? [fromUrl(definition.url, title)] : [];
      });
    case 'link': {
      if (!citation.url) return [];
      const item = itemForUrl(items, citation.url);
      if (item) return [fromItem(item)];
      // A reference link's definition may carry a title: `[3]: https://… "Title"`.
      const label = /\]\[([^\]]*)\]$/.exec(citation.text)?.[1];
      const definition = label ? citations.definitions.get(label.replace(/\s+/g, ' ').trim().toLowerCase()) : undefined;
      const title = definition?.title && !/^(?:https?:|www\.)/i.test(definition.title) ? definition.title.replace(/\s+[-|–]\s+(?:PubMed|PMC|NCBI|Wikipedia)$/i, '') : undefined;
      return [fromUrl(citation.url, title)];
    }
    case 'footnote': {
      const definition = citations.footnoteDefinitions.find((d) => d.label.toLowerCase() === (citation.label ?? '').toLowerCase());
      if (!definition) return [];
      const text = document.source.slice(definition.range.start, definition.range.end).replace(/^\[\^[^\]]*\]:\s*/, '');
      return [fromItem({ text, range: definition.range })];
    }
    case 'author-year': {
      const surname = /[\p{Lu}][\p{L}'’-]+/u.exec(citation.text)?.[0];
      const year = YEAR.exec(citation.text)?.[1];
      if (!surname || !year) return [];
      for (const item of citations.referenceItems) if (item.text.startsWith(surname) && item.text.includes(year)) return [fromItem(item)];
      // A whole reference in parentheses is its own source: "(Flato R, … The iliotibial tract: imaging, … 2017;46(5).)".
      const inner = citation.text.replace(/^\(|\)$/g, '');
      return inner.length > 60 && titleIn(inner) ? [{ ...fromItem({ text: inner, range: citation.range }), label: inner.slice(0, 40) }] : [];
    }
    default:
      return [];
  }
}

/** Every citation with the sentence it supports and the sources it names. */
export function resolveCitations(document: PreparedDocument, citations: DocumentCitations, bibliography: Bibliography): ResolvedCitation[] {
  const items = indexItems(citations.referenceItems, citations.definitions);
  const blocks: BlockMemo = new Map();
  for (const citation of citations.citations) {
    const key = `${citation.chunk}:${citation.block}`;
    const memo = blocks.get(key);
    if (memo) memo.citations.push(citation);
    else blocks.set(key, { citations: [citation] });
  }
  const resolved: ResolvedCitation[] = [];
  for (const citation of citations.citations) {
    if (citation.kind === 'placeholder') continue;
    const sources = sourcesOf(citation, document, citations, bibliography, items);
    if (sources.length === 0) continue;
    const claim = claimOf(document, blocks, citation);
    if (!claim) continue;
    resolved.push({ citation, ...claim, sources });
  }
  return resolved;
}

/** Per block (`chunk:block`): its citations, and its prose with them blanked (computed once). */
type BlockMemo = Map<string, { citations: Citation[]; blanked?: string }>;

/**
 * The sentence a citation supports (its own, or the sentence before when its own holds nothing but citations), and
 * the run of sentences it covers: back to the sentence after the previous citation in the block, since a citation
 * supports the sentences back to the previous one.
 */
function claimOf(document: PreparedDocument, blocks: BlockMemo, citation: Citation): Omit<ResolvedCitation, 'citation' | 'sources'> | undefined {
  const placed = document.chunks[citation.chunk];
  const block = placed?.chunk.blocks[citation.block];
  if (!placed || !block) return undefined;
  const shift = placed.start;
  const memo = blocks.get(`${citation.chunk}:${citation.block}`)!;
  const inBlock = memo.citations;
  const blanked = (memo.blanked ??= blankCitations(block, shift, inBlock));
  const sentences = placed.chunk.sentences(citation.block);
  const sentenceAt = (offset: number): number => {
    const found = sentences.findIndex((s) => s.range.start <= offset && offset < s.range.end);
    return found === -1 ? sentences.length - 1 : found;
  };
  let at = sentenceAt(citation.proseOffset);
  if (at === -1) return undefined;
  const wordsIn = (index: number): number => (blanked.slice(sentences[index]!.range.start, sentences[index]!.range.end).match(/\p{L}{2,}/gu) ?? []).length;
  if (wordsIn(at) < 3 && at > 0) at -= 1;
  let first = 0;
  for (const other of inBlock) {
    const index = sentenceAt(other.proseOffset);
    if (index < at && index + 1 > first && wordsIn(index) >= 3) first = index + 1;
  }
  const sentence = sentences[at]!;
  const from = block.offsets[sentence.range.start];
  const last = block.offsets[Math.max(sentence.range.start, sentence.range.end - 1)];
  if (from === undefined || last === undefined) return undefined;
  return {
    claimRange: { start: from + shift, end: last + 1 + shift },
    claim: blanked.slice(sentence.range.start, sentence.range.end),
    supported: blanked.slice(sentences[Math.min(first, at)]!.range.start, sentence.range.end),
  };
}

/** The block's prose with every citation (a link's text included) replaced by U+FFFC. */
function blankCitations(block: ProseBlock, shift: number, all: readonly Citation[]): string {
  const chars = block.text.split(''); // UTF-16 code units, as the offsets count
  const start = block.range.start + shift;
  const end = block.range.end + shift;
  for (const citation of all) {
    const range = citation.range;
    if (range.end <= start || range.start >= end) continue;
    const from = lowerBound(block.offsets, range.start - shift);
    const to = lowerBound(block.offsets, range.end - shift);
    for (let k = from; k < to && k < chars.length; k++) chars[k] = OPAQUE;
  }
  return chars.join('');
}
