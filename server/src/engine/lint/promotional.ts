/**
 * Whether a document reads as promotional copy: the overclaim rules flag it throughout (at least 3 findings per 1,000
 * words). On the 115 well-cited wiki articles the densest has 0.6; the hype articles of ../shared/corpus/ and the
 * real hype pages we measured have 3 to 36. In promotional copy the citation rule treats every asserted effect and
 * mechanism as a claim that needs evidence (citations/claims.ts, `claimTriggers(…, true)`).
 */
import type { FindingDraft } from './draft';

/** The pack whose findings mark copy as promotional. */
const PROMOTIONAL_PACK = 'overclaim/';
/** Overclaim findings per 1,000 words from which a document is promotional copy. */
const PER_THOUSAND_WORDS = 3;
/** Below this many words one finding is too little to judge a document by. */
const SHORT = 150;

export function isPromotional(drafts: readonly FindingDraft[], text: string): boolean {
  const overclaims = drafts.filter((draft) => draft.ruleId.startsWith(PROMOTIONAL_PACK) && draft.severity !== 'hint').length;
  if (overclaims === 0) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < SHORT && overclaims < 2) return false;
  return (overclaims * 1000) / Math.max(words, 1) >= PER_THOUSAND_WORDS;
}
