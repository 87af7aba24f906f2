/**
 * `check: substitution`: flags each key of the `swap` table and offers its
 * replacements as quick fixes, the first preferred.
 */
import type { CheckKind } from './kind';
import { compilePhraseSearch } from './phrase-search';

export const substitutionCheck: CheckKind = {
  kind: 'substitution',
  description: 'Flags each pattern of the swap table and offers its replacements as fixes (the first is preferred; "" removes the words).',
  compile(rule) {
    const patterns = Object.entries(rule.swap ?? {}).map(([pattern, replacement]) => ({
      pattern,
      replacements: Array.isArray(replacement) ? replacement : [replacement],
    }));
    return compilePhraseSearch(patterns, rule.exceptions ?? []);
  },
};
