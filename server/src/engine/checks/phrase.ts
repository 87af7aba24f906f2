/**
 * `check: phrase`: reports every occurrence of the rule's phrases (existence),
 * minus exceptions. Offers no content fix; the message points the way.
 */
import type { CheckKind } from './kind';
import { compilePhraseSearch } from './phrase-search';

export const phraseCheck: CheckKind = {
  kind: 'phrase',
  description: 'Flags each occurrence of the listed phrases, unless an exception overlaps it or a context guard applies.',
  compile(rule) {
    return compilePhraseSearch(
      (rule.phrases ?? []).map((pattern) => ({ pattern, replacements: [] })),
      rule.exceptions ?? [],
    );
  },
};
