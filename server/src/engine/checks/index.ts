/**
 * The registry of check kinds, by the name a rule file gives in `check:`.
 */
import { citationPlaceholderCheck } from './citation-placeholder';
import type { CheckKind } from './kind';
import { needsCitationCheck } from './needs-citation';
import { phraseCheck } from './phrase';
import { duplicateReferenceCheck, missingReferenceCheck, unusedReferenceCheck } from './reference-lists';
import { substitutionCheck } from './substitution';
import { unknownCitationKeyCheck } from './unknown-citation-key';

export const CHECK_KINDS: ReadonlyMap<string, CheckKind> = new Map(
  [
    phraseCheck,
    substitutionCheck,
    unknownCitationKeyCheck,
    citationPlaceholderCheck,
    missingReferenceCheck,
    unusedReferenceCheck,
    duplicateReferenceCheck,
    needsCitationCheck,
  ].map((kind) => [kind.kind, kind]),
);
