/**
 * The registry of check kinds, by the name a rule file gives in `check:`.
 */
import { animalOrLabToHumanCheck } from './animal-or-lab-to-human';
import { causalFromObservationalCheck } from './causal-from-observational';
import { certaintyMismatchCheck } from './certainty-mismatch';
import { citationPlaceholderCheck } from './citation-placeholder';
import type { CheckKind } from './kind';
import { needsCitationCheck } from './needs-citation';
import { noEffectClaimCheck } from './no-effect-claim';
import { phraseCheck } from './phrase';
import { readingGradeCheck } from './reading-grade';
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
    causalFromObservationalCheck,
    animalOrLabToHumanCheck,
    certaintyMismatchCheck,
    noEffectClaimCheck,
    readingGradeCheck,
  ].map((kind) => [kind.kind, kind]),
);
