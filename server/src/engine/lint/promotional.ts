/**
 * Whether a document reads as promotional copy: the overclaim rules flag it throughout (at least 3 findings per 1,000
 * words). On the 115 well-cited wiki articles the densest has 0.6; 63 of the 66 real hype pages we measured have 3 to
 * 40 (pages the overclaim rules barely flag fall below, and are not read as promotional). In promotional copy the
 * citation rule treats every asserted effect and mechanism as a claim that needs evidence (citations/claims.ts,
 * `claimTriggers(…, true)`).
 */
import type { PreparedChunk, PreparedDocument } from '../document';
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
  if (overclaims === 0) return false;
  const words = typeof document === 'string' ? wordCount(document) : document.chunks.reduce((sum, { chunk }) => sum + chunkWords(chunk), 0);
  if (words < SHORT && overclaims < 2) return false;
  const density = (overclaims * 1000) / Math.max(words, 1);
  return density >= PER_THOUSAND_WORDS || (density >= UNCITED_PER_THOUSAND_WORDS && citesNothing());
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
