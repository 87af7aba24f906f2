/**
 * `check: substitution`: flags each key of the `swap` table and offers its
 * replacements as quick fixes, the first preferred.
 */
import type { CheckKind } from './kind';
import { compilePhraseSearch } from './phrase-search';

export const substitutionCheck: CheckKind = {
  kind: 'substitution',
  description:
    'Flags each pattern in `swap` and offers its replacements as quick fixes, the first preferred. An empty replacement (`""`) removes the words, with the comma or space that would dangle. The replacement takes the capitalisation of the flagged text.',
  fields: { required: ['swap'], optional: ['exceptions', 'fixKind'], forbidden: ['phrases'] },
  compile(rule) {
    const patterns = Object.entries(rule.swap ?? {}).map(([pattern, replacement]) => ({
      pattern,
      replacements: Array.isArray(replacement) ? replacement : [replacement],
    }));
    return compilePhraseSearch(patterns, rule.exceptions ?? []);
  },
};
