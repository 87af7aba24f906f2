/**
 * `check: phrase`: reports every occurrence of the rule's phrases (existence),
 * minus exceptions. Its content fixes (with `rewrite: ladder`) are built by the lint step (fixes.ts).
 */
import type { CheckKind } from './kind';
import { compilePhraseSearch } from './phrase-search';

export const phraseCheck: CheckKind = {
  kind: 'phrase',
  description:
    'Flags every occurrence of a phrase, unless an exception overlaps it; the patterns of `swap` are flagged too and offer their replacements first. With `rewrite: ladder`, offers removing an absolute or emphatic in the flagged words ("What Actually Does" → "What Does"), removing a hype or loaded adjective before its noun ("this wonderful therapy" → "this therapy"), removing the grade given to unnamed evidence ("high-quality evidence supports" → "evidence supports"), the GRADE low-certainty wording for the sentence\'s verb, or else for the flagged words\' own verb ("represents" → "may represent", "is what produces" → "may be what produces", "isn\'t harmful" → "is unlikely to be harmful") or effect adjective ("a more effective type" → "a potentially more effective type"), "manage" for a cure promised as a goal ("How to Heal" → "How to Manage"), "treatment" for a cure named as a noun ("natural cures" → "natural treatments"), "a possible cause" for the root or actual cause in a title, and "Remove this claim": the last coordinated clause when the claim is in it, else the sentence, item or paragraph (never in headings or table cells, nor where the next sentence leans on it or an adjective can go alone); where none fits and a citation answers the rule (`unless: cited`), a citation placeholder; with `unless: attributed` (an appeal to unnamed evidence) always the placeholder and never a removal. Otherwise the message points the way.',
  fields: { required: ['phrases'], optional: ['exceptions', 'rewrite', 'swap'] },
  compile(rule) {
    // `swap` entries are phrases too, with the rewrites that fit them ("singing the praises of" → "promoting"); where a
    // replacement does not fit the sentence, the ladder applies as to any phrase.
    const swaps = Object.entries(rule.swap ?? {}).map(([pattern, replacement]) => ({ pattern, replacements: Array.isArray(replacement) ? replacement : [replacement] }));
    return compilePhraseSearch([...(rule.phrases ?? []).map((pattern) => ({ pattern, replacements: [] })), ...swaps], rule.exceptions ?? []);
  },
};
