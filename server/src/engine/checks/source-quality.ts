/**
 * Source quality, as four document check kinds:
 * `generic-source` (a home page, section index, search page, Wikipedia article or an agency's general page cited for
 * a specific claim), `uncited-source` (items of an unnumbered Sources or Further reading list that nothing cites, one
 * finding on the list), `off-topic-source` (a cited source whose title, abstract and keywords share no term with the
 * claim, its section or the article) and `old-source` (an old source cited for a claim about current practice).
 * Citations are resolved to their sources by citations/source-quality.ts.
 */
import { claimTriggers } from '../citations/claims';
import {
  currentPracticeCue,
  genericUrl,
  identifiersIn,
  itemUrls,
  isVenueName,
  normaliseUrl,
  resolveCitations,
  titleIn,
  yearIn,
  type CitedSource,
  type GenericReason,
  type ResolvedCitation,
} from '../citations/source-quality';
import { hostOf } from '../citations/sources';
import { topicScorer, topicTerms, type TopicSource } from '../citations/suggest';
import type { Citation, DocumentCitations } from '../citations/recognize';
import type { PreparedDocument } from '../document';
import { OPAQUE } from '../markdown/prose';
import { sectionHeadings } from '../markdown/sections';
import type { ReferenceItem } from '../markdown/structure';
import type { CheckKind, DocumentFacts } from './kind';

// Resolved once per lint and shared by the four kinds (the facts object lives for one lint).
const resolvedMemo = new WeakMap<DocumentFacts, ResolvedCitation[]>();

function resolved(document: PreparedDocument, facts: DocumentFacts): ResolvedCitation[] {
  let result = resolvedMemo.get(facts);
  if (!result) {
    result = resolveCitations(document, withCitationLinks(document, facts.citations), facts.context.bibliography);
    resolvedMemo.set(facts, result);
  }
  return result;
}

// Link texts that say the link is a citation: "source", "ref", "[3]", "Wikipedia", "Smith 2020".
const CITATION_LINK_TEXT = /^(?:\d{1,3}|sources?|ref(?:erence)?s?|citation|wikipedia|[^\]]{0,80}\b(?:1[89]|20)\d{2}[a-z]?)$/i;

/**
 * The document's citations plus links to hosts that are not listed sources (Wikipedia, a site's home page) written
 * as citations: in parentheses ("([NHS](https://www.nhs.uk/))") or with a citing text ("[source](…)"). A link in
 * running text ("see our [editorial policy](/policy)") is navigation, not a citation.
 */
function withCitationLinks(document: PreparedDocument, citations: DocumentCitations): DocumentCitations {
  const known = new Set(citations.citations.map((c) => c.range.start));
  const extra: Citation[] = [];
  document.chunks.forEach(({ start, chunk }, chunkIndex) => {
    for (const link of chunk.structure.links) {
      if (known.has(link.range.start + start) || !hostOf(link.url) || !genericUrl(link.url)) continue;
      const blockIndex = chunk.blocks.findIndex((b) => b.range.start <= link.range.start && link.range.end <= b.range.end);
      const block = chunk.blocks[blockIndex];
      if (!block || block.context.heading) continue;
      const source = chunk.text.slice(link.range.start, link.range.end);
      const text = /^\[([^\]]*)\]/.exec(source)?.[1]?.trim() ?? '';
      const before = chunk.text.slice(Math.max(block.range.start, link.range.start - 2), link.range.start);
      if (!source.startsWith('[') || (!/[(;]\s?$/.test(before) && !CITATION_LINK_TEXT.test(text))) continue;
      const proseOffset = Math.max(0, block.offsets.findIndex((o) => o >= link.range.end) - 1);
      extra.push({
        kind: 'link',
        range: { start: link.range.start + start, end: link.range.end + start },
        text: source,
        keys: [],
        numbers: [],
        url: link.url,
        chunk: chunkIndex,
        block: blockIndex,
        proseOffset,
      });
    }
  });
  if (extra.length === 0) return citations;
  return { ...citations, citations: [...citations.citations, ...extra].sort((a, b) => a.range.start - b.range.start) };
}

/** True for a link written as a citation: in parentheses or after a semicolon, or with a citing text. */
function citationLike(document: PreparedDocument, citation: Citation): boolean {
  const before = document.source.slice(Math.max(0, citation.range.start - 2), citation.range.start);
  const text = /^\[([^\]]*)\]/.exec(citation.text)?.[1]?.trim() ?? '';
  return /[(;]\s?$/.test(before) || CITATION_LINK_TEXT.test(text) || !citation.text.startsWith('[');
}

const SPECIFIC_CLAIMS = new Set(['efficacy', 'safety', 'statistic', 'comparison']);
const CLINICAL_CLAIMS = new Set(['efficacy', 'safety', 'statistic', 'comparison', 'epidemiology', 'research']);

export const genericSourceCheck: CheckKind = {
  kind: 'generic-source',
  description:
    "Flags a citation whose source cannot support a specific claim: a home page or section index, a search-results page, a Wikipedia article cited for a clinical claim, or a health agency's general-information page cited for an efficacy, safety or numeric claim. Sources with a DOI or PMID, and links that are not citations, are never flagged.",
  messages: {
    section: "a site's section index (one path segment such as /health or /conditions/)",
    search: 'a search-results page',
    wikipedia: 'a Wikipedia article cited for a clinical claim',
    general: "an agency's general-information page (a condition overview, fact sheet or basics page) cited for an efficacy, safety or numeric claim",
  },
  placeholders: { source: 'the generic URL, or its host' },
  compile() {
    return {
      runDocument(document, facts, report) {
        for (const { citation, claim, sources } of resolved(document, facts)) {
          let found: { reason: GenericReason; url: string } | undefined;
          for (const source of sources) {
            if (source.identified) continue;
            for (const url of source.urls) {
              const reason = genericUrl(url);
              if (reason) found ??= { reason, url };
            }
          }
          if (!found) continue;
          const kinds = new Set(claimTriggers(claim.replaceAll(OPAQUE, ' ')).map((t) => t.kind));
          // A link in running text ("supported by [NIH](https://www.nih.gov/)", "the [NHS website](…) has pages on …")
          // names an organisation; only a link written as a citation cites it.
          if (citation.kind === 'link' && !citationLike(document, citation)) continue;
          if (found.reason === 'wikipedia' && ![...kinds].some((k) => CLINICAL_CLAIMS.has(k))) continue;
          if (found.reason === 'general' && ![...kinds].some((k) => SPECIFIC_CLAIMS.has(k))) continue;
          report({ range: citation.range, ...(found.reason === 'home' ? {} : { variant: found.reason }), values: { source: found.url.replace(/^https?:\/\/(?:www\.)?/i, '') } });
        }
      },
    };
  },
};

export const uncitedSourceCheck: CheckKind = {
  kind: 'uncited-source',
  description:
    'Flags, once per list, the items of an unnumbered reference list ("Sources", "Further reading", "References" cited by link or author and year) that no citation in the text points to, with their count; the items are named in the message. Numbered lists cited by number, and footnotes, are `unused-reference`\'s.',
  placeholders: { count: 'how many items no claim cites', total: 'how many items the list has', items: 'the uncited items, shortened' },
  messages: { one: 'one item no claim cites' },
  options: {
    furtherReading: {
      type: 'boolean',
      default: true,
      description: 'Also report lists headed as reading rather than evidence ("Further reading", "Resources", "Useful links"); `false` leaves them alone.',
    },
  },
  compile() {
    return {
      runDocument(document, facts, report, options) {
        const { citations } = facts;
        if (citations.referenceHeadings.length === 0) return;
        const usesNumbers = citations.citations.some((c) => c.numbers.length > 0);
        const cited = new Set<ReferenceItem>();
        // Citations whose link matches no list item may cite one under another address (a PMC copy of a DOI-listed
        // paper): an item whose title shares most of its words with the sentences such a citation supports counts as cited.
        const orphans: Array<Set<string>> = [];
        for (const r of resolved(document, facts))
          for (const s of r.sources) {
            if (s.item) cited.add(s.item);
            else if (r.citation.kind === 'link') orphans.push(topicTerms(r.supported));
          }
        const citedElsewhere = (item: ReferenceItem): boolean => {
          const title = titleIn(item.text);
          if (!title || orphans.length === 0) return false;
          const terms = [...topicTerms(title)];
          return orphans.some((claim) => {
            const shared = terms.filter((term) => claim.has(term)).length;
            return shared >= 3 && shared * 2 >= terms.length;
          });
        };
        // Every link and identifier the text outside reference lists points to.
        const citedUrls = new Set<string>();
        const inItem = (offset: number): boolean => citations.referenceItems.some((item) => item.range.start <= offset && offset < item.range.end);
        const point = (url: string): void => {
          citedUrls.add(normaliseUrl(url));
          for (const id of identifiersIn(url)) citedUrls.add(id);
        };
        // Titles that links in the text give the paper they point to ([PDF](url "Defining the fascial system")).
        const citedTitles = new Set<string>();
        document.chunks.forEach(({ start, chunk }) => {
          for (const link of chunk.structure.links)
            if (!inItem(link.range.start + start)) {
              point(link.url);
              // Three words at least: "PDF" or "Source" names no paper.
              const title = link.title ? comparableTitle(link.title) : '';
              if (title.split(' ').length >= 3) citedTitles.add(title);
            }
        });
        // A publisher's page addressed by volume, issue and first page ("…/aje/article-abstract/95/1/26/167903") for an
        // item that gives them ("Am J Epidemiol. 1972;95(1):26-37").
        const citedPaths = [...citedUrls].filter((url) => !/^(?:doi|pmid|pmc):/.test(url));
        const byVolume = (item: ReferenceItem): boolean => {
          const volume = /\b(\d{1,4})\s?\((\d{1,4})\):\s?(\d{1,6})\b/.exec(item.text);
          if (!volume) return false;
          const path = `/${volume[1]}/${volume[2]}/${volume[3]}`;
          return citedPaths.some((url) => url.includes(`${path}/`) || url.endsWith(path));
        };
        const titled = (item: ReferenceItem): boolean => {
          if (citedTitles.size === 0) return false;
          const itemText = ` ${comparableTitle(item.text)} `;
          return [...citedTitles].some((title) => itemText.includes(` ${title} `));
        };
        for (const c of citations.citations) if (c.url) point(c.url);
        // Items named in the text by author and year ("Institute of Medicine, 2001", "Smith et al. (2020)"), linked or not.
        let prose = '';
        for (const { chunk } of document.chunks) for (const block of chunk.blocks) prose += `${block.text}\n`;
        const named = (item: ReferenceItem): boolean => {
          const year = yearIn(item.text);
          const plain = item.text.replace(/[*_[\]]/g, '');
          const surname = /^\s*([\p{Lu}][\p{L}'’-]{2,})/u.exec(plain)?.[1];
          // An organisation the title names ("an Endocrine Society clinical practice guideline"), written with the year.
          const organisations = [...(titleIn(item.text) ?? '').matchAll(/\b[\p{Lu}][\p{L}'’-]+(?: (?:of |for |and )?[\p{Lu}][\p{L}'’-]+)+/gu)].map((m) => m[0]);
          const near = (name: string): boolean => {
            const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const around = year === undefined ? '' : `|\\b${year}\\b[^\\n]{0,40}?\\b${escaped}\\b`;
            return new RegExp(`\\b${escaped}\\b(?: et al\\b|[^\\n]{0,80}?\\b${year ?? 'no year'}\\b)${around}`, 'u').test(prose);
          };
          return (surname !== undefined && near(surname)) || organisations.some((name) => name.split(' ').length >= 2 && near(name));
        };
        const headings = [...citations.referenceHeadings].sort((a, b) => a.start - b.start);
        headings.forEach((heading, index) => {
          const next = headings[index + 1]?.start ?? Infinity;
          const headingText = document.source.slice(heading.start, heading.end).replace(/^#+\s*|\s*#*$/g, '');
          if (options['furtherReading'] === false && /\b(?:reading|resources|links)\b/i.test(headingText) && !/\b(?:references?|sources?|bibliography|cited)\b/i.test(headingText)) return;
          const items = citations.referenceItems.filter((item) => item.range.start > heading.end && item.range.start < next);
          // Numbered items in a document that cites by number are unused-reference's.
          const own = items.filter((item) => (item.number === undefined || !usesNumbers) && (itemUrls(item, citations.definitions).length > 0 || yearIn(item.text) !== undefined));
          if (own.length === 0) return;
          const uncited = own.filter(
            (item) =>
              !cited.has(item) &&
              !itemUrls(item, citations.definitions).some((url) => citedUrls.has(normaliseUrl(url)) || identifiersIn(url).some((id) => citedUrls.has(id))) &&
              !identifiersIn(item.text).some((id) => citedUrls.has(id)) &&
              !named(item) &&
              !titled(item) &&
              !byVolume(item) &&
              !citedElsewhere(item),
          );
          if (uncited.length === 0) return;
          const names = uncited.map((item) => shorten(titleIn(item.text) ?? item.text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
          report({
            range: heading,
            ...(uncited.length === 1 ? { variant: 'one' } : {}),
            values: { count: String(uncited.length), total: String(own.length), items: names.length > 3 ? `${names.slice(0, 3).join('; ')}; and ${names.length - 3} more` : names.join('; ') },
          });
        });
      },
    };
  },
};

function shorten(text: string): string {
  const plain = text.replace(/[*_`]/g, '').trim();
  return plain.length > 50 ? `${plain.slice(0, 49)}…` : plain;
}

export const offTopicSourceCheck: CheckKind = {
  kind: 'off-topic-source',
  description:
    'Flags a citation whose source shares no topic with what it supports: no term of its title, keywords or abstract occurs in the claim, in the rest of its section or in the article\'s title (scored by the BM25+ index of "Insert citation"), nor anywhere else in the article. Sources without a title are skipped.',
  placeholders: { title: "the source's title, shortened" },
  compile() {
    return {
      runDocument(document, facts, report) {
        const all = resolved(document, facts);
        const topics = new Map<string, TopicSource>();
        for (const r of all) for (const s of r.sources) if (isTopical(s)) topics.set(s.id, topicOf(s));
        if (topics.size === 0) return;
        // The index is built only when a source shares no word with its claim, section or article title.
        let index: ((sentence: string) => Map<string, number>) | undefined;
        const scorer = (sentence: string): Map<string, number> => (index ??= topicScorer([...topics.values()]))(sentence);
        const context = documentContext(document);
        // The index ORs terms, so a source scores above 0 for claim + section + title exactly when it does for the claim
        // or for its section and title: score each section once, not its text once per citation.
        // A term the claim shares exactly with a source gives it a score above 0: only the rest needs the (fuzzy) index.
        const sourceTerms = new Map([...topics.values()].map((topic) => [topic.id, topicTerms(`${topic.title} ${topic.keywords ?? ''} ${topic.abstract ?? ''}`)]));
        const inArticle = new Map([...topics.values()].map((topic) => [topic.id, [...topicTerms(`${topic.title} ${topic.keywords ?? ''}`)].some((term) => context.terms.has(term))]));
        const sectionScores = new Map<string, Map<string, number>>();
        const termsMemo = new Map<string, Set<string>>();
        const sectionTerms = new Map<string, Set<string>>();
        const scoresMemo = new Map<string, Map<string, number>>();
        const seen = new Set<string>();
        for (const r of all) {
          // A title word the article uses anywhere clears the source (cheap, so first); the index decides the rest.
          const candidates = r.sources.filter((s) => topics.has(s.id) && !inArticle.get(s.id));
          if (candidates.length === 0) continue;
          // A citation group ("([A](…); [B](…))") covers the same sentences: their terms and scores are computed once.
          let claimTerms = termsMemo.get(r.supported);
          if (!claimTerms) termsMemo.set(r.supported, (claimTerms = topicTerms(r.supported)));
          const section = context.section(r.claimRange.start);
          let aroundTerms = sectionTerms.get(section);
          if (!aroundTerms) sectionTerms.set(section, (aroundTerms = topicTerms(`${section} ${context.title}`)));
          const exact = (id: string): boolean => [...sourceTerms.get(id)!].some((term) => claimTerms.has(term) || aroundTerms.has(term));
          const open = candidates.filter((s) => !exact(s.id));
          if (open.length === 0) continue;
          let claimScores = scoresMemo.get(r.supported);
          if (!claimScores) scoresMemo.set(r.supported, (claimScores = scorer(r.supported)));
          let around: Map<string, number> | undefined;
          for (const source of open) {
            if ((claimScores.get(source.id) ?? 0) > 0) continue;
            if (!around) {
              around = sectionScores.get(section);
              if (!around) sectionScores.set(section, (around = scorer(`${section} ${context.title}`)));
            }
            if ((around.get(source.id) ?? 0) > 0) continue;
            const topic = topics.get(source.id)!;
            const key = `${r.citation.range.start}|${source.id}`;
            if (seen.has(key)) continue;
            seen.add(key);
            report({ range: r.citation.range, values: { title: shorten(topic.title) } });
          }
        }
      },
    };
  },
};

/** Sources with enough words to judge their topic: a title of five words or more that is not a journal's or publisher's name. */
export function isTopical(source: CitedSource): boolean {
  return source.title !== undefined && !isVenueName(source.title);
}

function topicOf(source: CitedSource): TopicSource {
  return { id: source.id, title: source.title ?? '', keywords: source.keywords.join(' '), ...(source.abstract ? { abstract: source.abstract } : {}) };
}

/** The article's title, each section's prose, and every term of the article's prose outside reference lists. */
export function documentContext(document: PreparedDocument): { title: string; section: (offset: number) => string; terms: Set<string> } {
  const heading = sectionHeadings(document);
  const sections = new Map<string, string>();
  let title = '';
  let all = '';
  for (const { start, chunk } of document.chunks)
    for (const block of chunk.blocks) {
      const name = block.context.heading ? block.text.trim() : heading(block.range.start + start);
      if (block.context.heading && !title) title = block.text;
      sections.set(name, `${sections.get(name) ?? ''} ${block.text}`);
      all += ` ${block.text}`;
    }
  return { title, section: (offset) => sections.get(heading(offset)) ?? '', terms: topicTerms(all) };
}

export const oldSourceCheck: CheckKind = {
  kind: 'old-source',
  description:
    'Flags a source older than `years` cited for a claim about current practice ("current guidelines recommend", "is now the standard", "the latest evidence"). The year comes from the bibliography entry or the reference text; today\'s date from the lint context (`today`), without which the kind reports nothing.',
  placeholders: { year: "the source's year", age: 'how many years old it is', years: 'the `years` option' },
  options: { years: { type: 'integer', default: 10, minimum: 1, description: 'How many years old a source may be before a claim about current practice needs a newer one.' } },
  compile() {
    return {
      runDocument(document, facts, report, options) {
        const today = facts.context.today ? Number(/^(\d{4})/.exec(facts.context.today)?.[1]) : NaN;
        if (!Number.isFinite(today)) return;
        const limit = typeof options['years'] === 'number' ? options['years'] : 10;
        // Per claim, every citation supporting it: one recent source is enough, and a source without a year may be one.
        const claims = new Map<number, ResolvedCitation[]>();
        for (const r of resolved(document, facts)) claims.set(r.claimRange.start, [...(claims.get(r.claimRange.start) ?? []), r]);
        for (const group of claims.values()) {
          if (!currentPracticeCue(group[0]!.claim.replaceAll(OPAQUE, ' '))) continue;
          const sources = group.flatMap((r) => r.sources);
          if (sources.some((s) => s.year === undefined || today - s.year <= limit)) continue;
          // "A 2011 survey found …": the writer already says when the source is from.
          if (sources.some((s) => new RegExp(`\\b${s.year}\\b`).test(group[0]!.supported))) continue;
          const newest = Math.max(...sources.map((s) => s.year!));
          report({ range: group[0]!.citation.range, values: { year: String(newest), age: String(today - newest), years: String(limit) } });
        }
      },
    };
  },
};

/** A title reduced to its words, for comparing a link's title with a reference's. */
function comparableTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
