/**
 * `check: phrase`: reports every occurrence of the rule's phrases (existence),
 * minus exceptions. Offers no content fix; the message points the way.
 */
import type { CheckKind } from './kind';
import { compilePhraseSearch } from './phrase-search';

export const phraseCheck: CheckKind = {
  kind: 'phrase',
  description:
    'Flags every occurrence of a phrase, unless an exception overlaps it. With `rewrite: ladder`, offers removing an absolute in the flagged words, the GRADE low-certainty wording for the sentence\'s verb, and "Remove this claim" (never in headings or table cells); otherwise the message points the way.',
  fields: { required: ['phrases'], optional: ['exceptions', 'rewrite'], forbidden: ['swap'] },
  compile(rule) {
    return compilePhraseSearch(
      (rule.phrases ?? []).map((pattern) => ({ pattern, replacements: [] })),
      rule.exceptions ?? [],
    );
  },
};
