/**
 * Which citation covers a claim. Writers cite the way journals and consumer-health
 * sites do: a citation supports its own sentence and the sentences before it in
 * the same paragraph or list item, back to the previous citation. `citationScope`
 * picks the rule (see `CitationScope`); a list counts as one paragraph (a citation
 * closing the list covers its items), and a list whose lead-in sentence is cited
 * covers its items, unless an item brings a new statistic or study of its own.
 *
 * In an article that cites its sources (at least `CITED_ARTICLE` real citations), a
 * section that cites is taken to support the claims in it: well-cited writers cite
 * the study once where they introduce it and discuss it over several paragraphs, and
 * editors read the section, not the sentence. A section with no citation at all still
 * gets its findings, except the article's opening (before its first subheading), which
 * summarises the cited body. A lead-in ending with a colon is supported by the cited
 * list it introduces. `citationScope: sentence` turns all of this off.
 */
import type { CitationScope } from '../checks/kind';
import type { PreparedDocument } from '../document';
import type { TextRange } from '../types';
import type { Citation, DocumentCitations } from './recognize';
import { lowerBound, upperBound } from '../text/sorted';

/** A prose block in absolute offsets, with the list holding it (if any). */
interface BlockSpan {
  range: TextRange;
  list?: TextRange;
  heading: boolean;
}

// How far before a sentence's first prose character a citation may start and still hold it: `[`, `**[`, `([`.
const LEAD_SLACK = 4;

/** Real citations (not placeholders) that make a document an article that cites its sources. */
export const CITED_ARTICLE = 3;

/** Answers "which citation covers this sentence?" in O(log n). */
export interface Coverage {
  /** The citation that covers `sentence` of `block`, or undefined. `ownOnly`: a cited list lead-in does not count. */
  covering(sentence: TextRange, block: TextRange, ownOnly?: boolean): Citation | undefined;
  /** The lead-in block of the list holding `block` (the block right before the list), if any. */
  leadIn(block: TextRange): TextRange | undefined;
}

// Several rules ask about the same document's citations in one lint: build each index once.
const memo = new WeakMap<readonly Citation[], Map<string, Coverage>>();

export function coverageOf(document: PreparedDocument, citations: readonly Citation[], scope: CitationScope, options: { placeholders?: boolean } = {}): Coverage {
  const key = `${scope}|${options.placeholders !== false}|${document.source.length}`;
  let byKey = memo.get(citations);
  if (!byKey) memo.set(citations, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const built = buildCoverage(document, citations, scope, options);
  byKey.set(key, built);
  return built;
}

function buildCoverage(document: PreparedDocument, citations: readonly Citation[], scope: CitationScope, options: { placeholders?: boolean }): Coverage {
  // A placeholder ("(ref)") marks a missing source: it silences needs-citation (the placeholder rule reports it), but
  // it is not a source that could back a wording rule.
  const usable = options.placeholders === false ? citations.filter((citation) => citation.kind !== 'placeholder') : citations;
  const sorted = [...usable].sort((a, b) => a.range.start - b.range.start);
  const real = citations.filter((citation) => citation.kind !== 'placeholder');
  const starts = sorted.map((citation) => citation.range.start);
  // The first citation in [from, to], if any: starting there, or starting just before `from` and reaching into it
  // (a sentence whose first words are a link's text, "[Smith and Lee](https://…) found …").
  const firstBetween = (from: number, to: number): Citation | undefined => {
    const low = lowerBound(starts, from - LEAD_SLACK);
    // A long citation the sentence splitter cut through ("(Flato R, … Skeletal Radiol. 2017;46(5):605–622.)").
    if (low > 0 && sorted[low - 1]!.range.end > from) return sorted[low - 1];
    for (let i = low; i < starts.length && starts[i]! <= to; i++) if (sorted[i]!.range.end > from) return sorted[i];
    return undefined;
  };
  const layout = layoutOf(document);
  const { blocks, blockEnds, blockStarts, listOf } = layout;
  const own = (sentence: TextRange, block: TextRange): Citation | undefined => {
    // A citation right after the full stop ("… alone. [1]") still belongs to the sentence.
    if (scope === 'sentence') return firstBetween(sentence.start, sentence.end + 2);
    if (scope === 'paragraph') return firstBetween(block.start, block.end);
    // A list is cited like a paragraph: a citation closing the list covers the items before it.
    const list = listOf.get(block.start);
    return firstBetween(sentence.start, list ? Math.max(list.end, block.end) : block.end);
  };
  const leadIn = (list: TextRange): TextRange | undefined => {
    // The last block ending at or before the list's start, with only white space, a colon or a list marker between.
    const lead = blocks[upperBound(blockEnds, list.start) - 1];
    if (!lead) return undefined;
    const between = document.source.slice(lead.range.end, list.start);
    return /^[\s:>]*(?:[-*+]|\d{1,9}[.)])?[\s>]*$/.test(between) ? lead.range : undefined;
  };
  const sectionCoverage = scope !== 'sentence' && real.length >= CITED_ARTICLE;
  const { headingStarts, headingDepths, firstSubheading } = layout;
  const realStarts = real.map((citation) => citation.range.start).sort((a, b) => a - b);
  // A section runs from its heading to the next heading of the same or a higher level, so it holds its subsections:
  // a lead-in under "## Protein in a deficit" is supported by the "###" subsections below it that cite the trials.
  const section = (offset: number): TextRange => {
    const low = upperBound(headingStarts, offset);
    if (low === 0) return { start: 0, end: headingStarts[0] ?? document.source.length };
    const depth = headingDepths[low - 1]!;
    let next = low;
    while (next < headingStarts.length && headingDepths[next]! > depth) next++;
    return { start: headingStarts[low - 1]!, end: next < headingStarts.length ? headingStarts[next]! : document.source.length };
  };
  const introducedList = (block: TextRange): TextRange | undefined => {
    // Ends with a colon (before any closing emphasis or white space): read backwards, not the whole block.
    let last = block.end - 1;
    while (last >= block.start && /[*_\s]/.test(document.source[last]!)) last--;
    if (last < block.start || document.source[last] !== ':') return undefined;
    const next = blocks[upperBound(blockStarts, block.start)];
    return next?.list && /^[\s:>]*$/.test(document.source.slice(block.end, next.list.start)) ? next.list : undefined;
  };
  const realCitationIn = (range: TextRange): Citation | undefined => {
    const low = lowerBound(realStarts, range.start);
    return low < realStarts.length && realStarts[low]! < range.end ? real.find((citation) => citation.range.start === realStarts[low]) : undefined;
  };
  return {
    covering(sentence, block, ownOnly = false) {
      const found = own(sentence, block);
      if (found) return found;
      const list = ownOnly ? undefined : listOf.get(block.start);
      const lead = list ? leadIn(list) : undefined;
      const fromLead = lead ? firstBetween(lead.start, lead.end) : undefined;
      if (fromLead) return fromLead;
      // A lead-in ("The trials below found:") is supported by the cited list it introduces.
      const introduced = introducedList(block);
      const fromList = introduced ? realCitationIn(introduced) : undefined;
      if (fromList) return fromList;
      if (!sectionCoverage) return undefined;
      const inSection = realCitationIn(section(sentence.start));
      if (inSection) return inSection;
      // The opening of a cited article (before its first subheading) summarises the body that cites.
      return sentence.start < firstSubheading ? real[0] : undefined;
    },
    leadIn(block) {
      const list = listOf.get(block.start);
      return list ? leadIn(list) : undefined;
    },
  };
}

/** The level of the heading at `start`: the number of `#` of an ATX heading; 2 for a setext one (`Title\n---`). */
function headingDepth(source: string, start: number): number {
  const hashes = /^#{1,6}(?=\s|$)/.exec(source.slice(start, start + 7));
  return hashes ? hashes[0].length : 2;
}

const findable = new WeakMap<DocumentCitations, readonly Citation[]>();

/**
 * The citations that name a source a reader can find. A number with no reference-list item or link definition behind
 * it ("… alone. 1" in text pasted from a chatbot) marks that a source was meant, so needs-citation stays quiet, but it
 * backs no wording (rules with `unless: cited`). Memoised, so coverage built on it is too.
 */
export function findableCitations(citations: DocumentCitations): readonly Citation[] {
  let found = findable.get(citations);
  if (found) return found;
  const listed = new Set(citations.referenceItems.map((item) => item.number).filter((n): n is number => n !== undefined));
  const resolves = (citation: Citation): boolean =>
    (citation.kind !== 'numeric' && citation.kind !== 'bare-number') || citation.numbers.some((n) => listed.has(n)) || (citation.label !== undefined && citations.definitions.has(citation.label));
  found = citations.citations.every(resolves) ? citations.citations : citations.citations.filter(resolves);
  findable.set(citations, found);
  return found;
}

/** The document's blocks and what coverage looks up in them; the same for every coverage index of one lint. */
interface Layout {
  blocks: BlockSpan[];
  blockStarts: number[];
  blockEnds: number[];
  listOf: Map<number, TextRange | undefined>;
  headingStarts: number[];
  headingDepths: number[];
  /** The first heading after the document's title: what comes before it is the article's opening. */
  firstSubheading: number;
}

// Needs-citation's index, the wording rules' (without placeholders) and the findable citations' all walk the same
// blocks: walk them once per prepared document.
const layouts = new WeakMap<PreparedDocument, Layout>();

function layoutOf(document: PreparedDocument): Layout {
  const hit = layouts.get(document);
  if (hit) return hit;
  const blocks: BlockSpan[] = [];
  for (const { start, chunk } of document.chunks)
    for (const block of chunk.blocks) {
      const list = block.listItem?.list;
      blocks.push({
        range: { start: block.range.start + start, end: block.range.end + start },
        heading: block.context.heading,
        ...(list ? { list: { start: list.start + start, end: list.end + start } } : {}),
      });
    }
  const headingStarts = blocks.filter((block) => block.heading).map((block) => block.range.start);
  const layout: Layout = {
    blocks,
    blockStarts: blocks.map((block) => block.range.start),
    blockEnds: blocks.map((block) => block.range.end),
    listOf: new Map(blocks.map((block) => [block.range.start, block.list])),
    headingStarts,
    headingDepths: headingStarts.map((start) => headingDepth(document.source, start)),
    firstSubheading: headingStarts.find((start) => start > 0 && !/^#\s/.test(document.source.slice(start, start + 2))) ?? document.source.length,
  };
  layouts.set(document, layout);
  return layout;
}
