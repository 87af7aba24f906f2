/**
 * Whether a document reads as promotional copy, by either of two signs:
 * - the overclaim rules flag it throughout (at least 3 findings per 1,000 words). On the 115 well-cited wiki articles
 *   the densest has 0.6; 63 of the 66 real hype pages we measured have 3 to 40;
 * - it cites nothing and asserts far more than it qualifies (`assertsWithoutQualifying`): calm sales copy ("The warm
 *   pack relieves bloating after meals") that no overclaim phrase marks.
 * In promotional copy the citation rule treats every asserted effect and mechanism as a claim that needs evidence
 * (citations/claims.ts, `claimTriggers(…, true)`).
 */
import { claimTriggers } from '../citations/claims';
import type { PreparedChunk, PreparedDocument } from '../document';
import { lexiconMatches } from '../lexicon/index';
import type { FindingDraft } from './draft';

/** The pack whose findings mark copy as promotional. */
const PROMOTIONAL_PACK = 'overclaim/';
/** Overclaim findings per 1,000 words from which a document is promotional copy. */
const PER_THOUSAND_WORDS = 3;
/** Below this many words one finding is too little to judge a document by. */
const SHORT = 150;

/**
 * Copy that cites nothing a reader can follow reads as promotional from a lower density: each of the 23 wiki articles
 * that cite nothing has at most 0.6 overclaim findings per 1,000 words, while short hype pages with one overclaim and
 * no source sit at 2.7 to 2.9.
 */
const UNCITED_PER_THOUSAND_WORDS = 2.5;

export function isPromotional(drafts: readonly FindingDraft[], document: string | PreparedDocument, citesNothing: () => boolean = () => false): boolean {
  const overclaims = drafts.filter((draft) => draft.ruleId.startsWith(PROMOTIONAL_PACK) && draft.severity !== 'hint').length;
  const words = typeof document === 'string' ? wordCount(document) : document.chunks.reduce((sum, { chunk }) => sum + chunkWords(chunk), 0);
  if (overclaims === 0 || (words < SHORT && overclaims < 2)) return words >= SHORT && typeof document !== 'string' && citesNothing() && assertsWithoutQualifying(document);
  const density = (overclaims * 1000) / Math.max(words, 1);
  if (density >= PER_THOUSAND_WORDS) return true;
  if (!citesNothing()) return false;
  if (typeof document === 'string') return density >= UNCITED_PER_THOUSAND_WORDS;
  const { asserted, qualified } = documentTone(document);
  // The lower density counts only where the page asserts at least as often as it qualifies: one "Studies show" on a
  // patient leaflet that weighs side effects and sends readers to their doctor does not make it sales copy.
  return (density >= UNCITED_PER_THOUSAND_WORDS && asserted >= qualified) || assertsWithoutQualifying(document);
}

/** Fewest asserted effect or mechanism sentences for a document's tone to count. */
const ASSERTED_AT_LEAST = 3;
/** Asserted sentences per qualified one from which a document that cites nothing sells rather than informs. */
const ASSERTED_PER_QUALIFIED = 2;

/**
 * Whether a document states a product's or a treatment's effects and mechanisms as fact far more often than it
 * qualifies what it says: at least 3 such sentences, and at least 2 for every sentence that hedges ("may", "appears
 * to"), names research ("studies", "a review", "evidence"), speaks of side effects and who should avoid it, or sends
 * the reader to a professional. Informational writing hedges its claims (Hyland 2005), weighs benefits against harms
 * and supports the reader's relationship with their doctor (HONcode principles 2 and 5); sales copy asserts.
 * Measured on pages that cite nothing: none of the 19 such wiki articles reaches 1.2 asserted sentences per qualified
 * one; of 16 patient-information pages from the NHS, Mayo Clinic, the CDC, the NIH and health charities, 2 reach 2
 * (Mayo's and the CDC's pages on the benefits of exercise); of 36 hype pages of our dev sets, 16 do, among them 3 of
 * the 6 pages no overclaim rule flags.
 */
function assertsWithoutQualifying(document: PreparedDocument): boolean {
  const { asserted, qualified } = documentTone(document);
  return asserted >= ASSERTED_AT_LEAST && asserted >= ASSERTED_PER_QUALIFIED * qualified;
}

/** Sentences that assert an effect or mechanism, and sentences that qualify, over the whole document. */
function documentTone(document: PreparedDocument): { asserted: number; qualified: number } {
  let asserted = 0;
  let qualified = 0;
  for (const { chunk } of document.chunks) {
    const tone = chunkTone(chunk);
    asserted += tone.asserted;
    qualified += tone.qualified;
  }
  return { asserted, qualified };
}

/** A mention of research or evidence, however it is framed ("studies", "a 2019 trial", "the evidence is weak"). */
const NAMES_EVIDENCE = /\b(?:research|researchers|studies|study|trials?|evidence|reviews?|meta-analys[ie]s)\b/i;
/**
 * Harms weighed, or the reader sent to a professional: the marks of balanced health information. Not "risk" or "harm"
 * alone, which sales copy uses for the problem it sells against ("lowers the risk of", "harmful blue light").
 */
const BALANCE =
  /\b(?:side effects?|side-effects?|adverse|complications?|contraindicat\w*|interactions?|not suitable|unsuitable|should not|shouldn't|avoid|caution|GP|doctors?|pharmacists?|nurses?|healthcare (?:professional|provider|team)s?|health care providers?|specialists?|physicians?|dietitians?|midwi(?:fe|ves))\b/i;
/** Sentences shorter than this (labels, calls to action) say nothing about tone. */
const SENTENCE_WORDS = 5;

// A keystroke re-reads only the chunk it changed: the others' tone hangs off their memoised chunks.
const toneOfChunk = new WeakMap<PreparedChunk, { asserted: number; qualified: number }>();

function chunkTone(chunk: PreparedChunk): { asserted: number; qualified: number } {
  let tone = toneOfChunk.get(chunk);
  if (tone) return tone;
  tone = { asserted: 0, qualified: 0 };
  for (const [index, block] of chunk.blocks.entries()) {
    // Quoted voices and notes are not the writer's tone.
    if (block.context.blockquote || block.context.footnote) continue;
    for (const sentence of chunk.sentences(index)) {
      const text = block.text.slice(sentence.range.start, sentence.range.end);
      if (text.split(/\s+/).length < SENTENCE_WORDS) continue;
      if (lexiconMatches(['hedges'], text).length > 0 || NAMES_EVIDENCE.test(text) || BALANCE.test(text) || claimTriggers(text).some((trigger) => trigger.kind === 'research')) tone.qualified++;
      // A mechanism found only because the copy is already read as promotional cannot make it so.
      else if (claimTriggers(text, true).some((trigger) => (trigger.kind === 'efficacy' || trigger.kind === 'mechanism') && !trigger.plain)) tone.asserted++;
    }
  }
  toneOfChunk.set(chunk, tone);
  return tone;
}

// A keystroke re-counts only the chunk it changed: the others' counts hang off their memoised chunks.
const wordsOfChunk = new WeakMap<PreparedChunk, number>();

function chunkWords(chunk: PreparedChunk): number {
  let words = wordsOfChunk.get(chunk);
  if (words === undefined) wordsOfChunk.set(chunk, (words = wordCount(chunk.text)));
  return words;
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
