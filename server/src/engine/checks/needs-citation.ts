/**
 * `check: needs-citation`: a sentence that makes a checkable claim (citations/claims.ts)
 * that no citation covers (citations/coverage.ts: by default a citation covers its
 * sentence and the earlier sentences of its paragraph, back to the previous one).
 * Highlights the sentence's strongest trigger, once per sentence. Never flags what is
 * not the writer's own claim: block quotes, text in quotation marks, myth and
 * reported-claim frames, captions, table headers, headings and footnotes.
 * The fix "Insert citation…" is ranked on demand by the editor (citations/suggest.ts);
 * the finding carries where a citation would go.
 */
import { claimTriggers, strongestFirst, type ClaimKind } from '../citations/claims';
import { coverageOf } from '../citations/coverage';
import { SUMMARY_HEADING } from '../citations/frames';
import { sectionHeadings } from '../markdown/sections';
import { hedgeRewrites } from '../claims/hedge';
import type { PreparedChunk } from '../document';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import type { CheckKind } from './kind';

/** An uncited-claim candidate in one chunk (chunk-relative offsets). */
interface ClaimSentence {
  kind: ClaimKind;
  trigger: TextRange;
  /** The sentence's other triggers, strongest first. */
  others: Array<{ kind: ClaimKind; range: TextRange }>;
  sentence: TextRange;
  block: TextRange;
  insertAt: number;
}

// Frames that report or rebut someone else's claim instead of making one (domain reference §12: myth frames).
const REPORTED_CLAIM =
  /^\W*(?:myths?|claims?|misconceptions?|rumou?rs?|marketing(?: claims?)?|the (?:claim|myth|idea))\s*[:\u2014\u2013-]|\b(?:some|many|other|most) (?:sites|websites|articles|blogs|bloggers|influencers|brands|companies|manufacturers|people|sources|coaches|marketers|ads|adverts|practitioners|proponents)(?: \w+)? (?:say|says|claim|claims|suggest|argue|promise|insist|tell|believe)\b|\b(?:be|stay) (?:wary|sceptical|skeptical|cautious|suspicious) (?:of|about)\b|\bbeware of\b|\b(?:if|when) (?:a|an|the|any) (?:\w+ )?(?:product|supplement|brand|company|website|site|advert|ad|label|seller|influencer|clinic|practitioner|app|device|article|post)s? (?:claims?|promises?|says?|advertises?|states?)\b|\byou (?:may|might|will) (?:have )?(?:heard|read|been told|see claims)\b|\b(?:it is|it's) (?:often|commonly|widely|sometimes|frequently) (?:said|claimed|believed|assumed|suggested)\b|\b(?:is|are|was|were) (?:often |commonly |widely |frequently |heavily )?(?:claimed|marketed|promoted|advertised|touted|sold|billed|pitched) (?:as|to|for)\b|\bso-called\b|\bsupposedly\b|\b(?:proponents|advocates|sellers|marketers) (?:say|claim|argue|suggest)\b|\b(?:claims?|promises?) (?:that|to)\b|\bthe (?:popular |common )?(?:claim|belief|idea|notion|myth) (?:that|is)\b|\bsome (?:\w+ )?(?:claim|argue|say|believe|insist|assert)\b|\bpopular (?:claim|advice|belief|framing|narrative)\b|\bdepending on who you ask\b|\b(?:the )?(?:classic|conventional|traditional|old|original|common) (?:claim|advice|rule|wisdom|thinking|hypothesis|view|theory|idea|belief)\b|\bconventional wisdom\b|^\W*(?:whether|the question (?:is|of) whether)\b|\b(?:it is|it's|is|are|was|were) (?:often |sometimes |also )?proposed (?:as|that|to)\b|\bthe proposed\b|\b(?:was|were) (?:once |long |originally |traditionally |widely )?(?:thought|believed|assumed|proposed|hypothesi[sz]ed) (?:that|to)\b/i;
// Lists of research a writer still needs ("Evidence needed: …") and open questions make no claim.
export const AGENDA = /^\W*(?:(?:evidence|research|data|studies|sources?) (?:needed|wanted|gaps?|to (?:check|find|add))|open questions?|key questions?|questions? to ask|to do|todo)\s*[:\u2014\u2013-]/i;
// Worked examples and hypotheticals: their numbers illustrate, they do not report ("a 90 kg man", "say your ferritin is 11.8").
const EXAMPLE = /(?:^|:\s*)\W*(?:take |consider |picture )?(?:a|an) (?:[\w-]+ ){0,3}(?:man|woman|person|runner|athlete|patient|client|lifter|cyclist|adult|teenager|child|swimmer|player)\b(?! (?:study|trial|survey|review))|^\W*(?:a|an) [\w-]+ (?:level |value |reading |result |score )?of \d[^.]*\b(?:in|for) (?:someone|a person|a patient|an athlete)\b|\b(?:for example|for instance|e\.g\.|imagine|suppose|say (?:you|your|a|an)|let['’]s say|hypothetical(?:ly)?|as an example|as an illustration|in (?:this|that) example|example:|could mean (?:that|either))\b/i;
// Captions and credits: "Figure 2: …", "Table 1. …", "Source: …".
const CAPTION = /^\W*(?:figure|fig\.|table|image|photo|chart|graph|diagram|illustration|video|caption|credit|source|adapted from)\s*\d*[a-z]?\s*[:.\u2014\u2013|-]/i;

// Claim detection depends on the chunk's text only, so it is memoised per (memoised) chunk.
const claimMemo = new WeakMap<PreparedChunk, ClaimSentence[]>();

function claimSentences(chunk: PreparedChunk): ClaimSentence[] {
  let claims = claimMemo.get(chunk);
  if (claims) return claims;
  claims = [];
  chunk.blocks.forEach((block, blockIndex) => {
    if (block.context.heading || block.context.footnote || block.context.blockquote || block.tableHeader || CAPTION.test(block.text)) return;
    const quoted = quotedSpans(block.text);
    // A list item without a full stop is an outline entry (a topic, an option, a position to weigh), not a sentence:
    // only a statistic or a named study in it needs its own source.
    const fragment = block.context.list && !/[.!?…]["”’')\]*_]*\s*$/.test(block.text);
    // A title in a list ("VO2max Predicts Mortality"): most words capitalised, no full stop.
    if (fragment && isTitleCase(block.text)) return;
    // A paragraph that poses a question frames a topic; only a number in it needs its own source.
    const framing = /\?["”’')\]*_]*\s*$/.test(block.text);
    for (const sentence of chunk.sentences(blockIndex)) {
      const text = block.text.slice(sentence.range.start, sentence.range.end);
      if (REPORTED_CLAIM.test(text) || AGENDA.test(text)) continue;
      const example = EXAMPLE.test(text);
      const triggers = strongestFirst(
        claimTriggers(text).filter(
          (trigger) =>
            (!fragment || trigger.kind === 'statistic' || trigger.kind === 'research') &&
            (!framing || trigger.kind === 'statistic') &&
            !(example && (trigger.kind === 'statistic' || trigger.kind === 'efficacy' || trigger.kind === 'epidemiology')) &&
            !quoted.some((span) => span.start <= sentence.range.start + trigger.range.start && sentence.range.start + trigger.range.end <= span.end),
        ),
      );
      if (triggers.length === 0) continue;
      const trigger = triggers[0]!;
      claims!.push({
        kind: trigger.kind,
        trigger: sourceRange(block, sentence.range.start + trigger.range.start, sentence.range.start + trigger.range.end),
        others: triggers.slice(1).map((other) => ({ kind: other.kind, range: sourceRange(block, sentence.range.start + other.range.start, sentence.range.start + other.range.end) })),
        sentence: sourceRange(block, sentence.range.start, sentence.range.end),
        block: block.range,
        insertAt: citationInsertOffset(block.text, sentence.range, (i) => block.offsets[i]!),
      });
    }
  });
  claimMemo.set(chunk, claims);
  return claims;
}

/** True for a title: at least three words, and most of its longer words capitalised. */
function isTitleCase(text: string): boolean {
  const words = text.replace(/[^\p{L}\p{N}\s'’-]/gu, ' ').split(/\s+/).filter((word) => word.length > 3);
  if (words.length < 3) return false;
  return words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length / words.length >= 0.7;
}

/** Spans of a block's prose inside quotation marks (“…”, "…"), which may hold several sentences. */
export function quotedSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  let open = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\u201C') open = open === -1 ? i : open;
    else if (char === '\u201D' && open !== -1) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (char === '"') {
      if (straight === -1) straight = i;
      else {
        spans.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  return spans;
}

export const needsCitationCheck: CheckKind = {
  kind: 'needs-citation',
  description: 'Flags sentences that make a checkable claim (statistics, research findings, efficacy, safety, comparisons, epidemiology) that no citation covers.',
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        const coverage = coverageOf(document, citations.citations, context.citationScope);
        const headingAt = sectionHeadings(document);
        const summarisesCitedBody = citations.citations.filter((citation) => citation.kind !== 'placeholder').length >= 3;
        for (const { start, chunk } of document.chunks) {
          for (const claim of claimSentences(chunk)) {
            const sentenceRange = { start: claim.sentence.start + start, end: claim.sentence.end + start };
            // An item's own statistic or named study needs its own source, even under a cited lead-in.
            const ownOnly = claim.kind === 'statistic' || claim.kind === 'research';
            // A summary restates what the cited body says.
            if (summarisesCitedBody && SUMMARY_HEADING.test(headingAt(sentenceRange.start))) continue;
            if (coverage.covering(sentenceRange, { start: claim.block.start + start, end: claim.block.end + start }, ownOnly)) continue;
            const insertAt = claim.insertAt + start;
            // An uncited efficacy claim gets, at most, the low-certainty wording (domain reference §2.4 item 6).
            const low = claim.kind === 'efficacy' ? hedgeRewrites(document.source.slice(sentenceRange.start, sentenceRange.end)).find((r) => r.level === 'low') : undefined;
            const hedge = low
              ? [{ title: `Rewrite for low certainty: “${low.text}”`, edits: [{ range: { start: sentenceRange.start + low.range.start, end: sentenceRange.start + low.range.end }, newText: low.text }], kind: 'hedge' as const }]
              : [];
            report({
              range: { start: claim.trigger.start + start, end: claim.trigger.end + start },
              alternatives: claim.others.map((other) => ({ range: { start: other.range.start + start, end: other.range.end + start }, variant: other.kind })),
              variant: claim.kind,
              citationSlot: { sentence: sentenceRange, insertAt },
              fixes: [{ title: 'Insert a citation placeholder', edits: [{ range: { start: insertAt, end: insertAt }, newText: ' [citation needed]' }], kind: 'cite' as const }, ...hedge],
            });
          }
        }
      },
    };
  },
};

/** Where a citation goes: before the sentence's final punctuation (and closing quotes), else after its last character. */
export function citationInsertOffset(prose: string, sentence: TextRange, toSource: (proseIndex: number) => number): number {
  let last = sentence.end - 1;
  while (last > sentence.start && /[”"’')\]]/.test(prose[last]!)) last--;
  if (/[.!?;:]/.test(prose[last]!)) {
    while (last > sentence.start && /[.!?;:]/.test(prose[last - 1]!)) last--;
    return toSource(last);
  }
  return toSource(sentence.end - 1) + 1;
}
