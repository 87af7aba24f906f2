/**
 * `check: citation-placeholder`: "(ref)", "[citation needed]", "[@TODO]", "XX%"
 * and the like, left where a source should be.
 */
import type { CheckKind } from './kind';

export const citationPlaceholderCheck: CheckKind = {
  kind: 'citation-placeholder',
  description: 'Flags citation placeholders left where a source should be: (ref), [citation needed], [?], [@TODO], TODO cite, XX%.',
  compile() {
    return {
      runDocument(_document, { citations }, report) {
        for (const citation of citations.citations) if (citation.kind === 'placeholder') report({ range: citation.range });
      },
    };
  },
};
