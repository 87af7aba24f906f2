/**
 * The registry of check kinds: every kind a rule file may name in `check:`, in the order the rule schema and the docs
 * list them. A kind declares itself in its own file (`CheckKindDeclaration` in kind.ts); adding one is that file plus
 * one line here, then `npm run generate` (schema, types, docs).
 */
import { animalOrLabToHumanCheck } from './animal-or-lab-to-human';
import { approvalChangedCheck } from './approval-changed';
import { attributionCheck } from './attribution';
import { causalFromObservationalCheck } from './causal-from-observational';
import { certaintyMismatchCheck } from './certainty-mismatch';
import { citationPlaceholderCheck } from './citation-placeholder';
import { exaggeratesSourceCheck } from './exaggerates-source';
import type { CheckKind } from './kind';
import { lastUpdatedCheck } from './last-updated';
import { needsCitationCheck } from './needs-citation';
import { noEffectClaimCheck } from './no-effect-claim';
import { numberNotInSourceCheck } from './number-not-in-source';
import { phraseCheck } from './phrase';
import { readingGradeCheck } from './reading-grade';
import { duplicateReferenceCheck, missingReferenceCheck, unusedReferenceCheck } from './reference-lists';
import { requiredLinkCheck } from './required-link';
import { requiredStatementCheck } from './required-statement';
import { reviewRecordCheck } from './review-record';
import { genericSourceCheck, offTopicSourceCheck, oldSourceCheck, uncitedSourceCheck } from './source-quality';
import { substitutionCheck } from './substitution';
import { unknownCitationKeyCheck } from './unknown-citation-key';

export const CHECK_KIND_LIST: readonly CheckKind[] = [
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
  numberNotInSourceCheck,
  exaggeratesSourceCheck,
  readingGradeCheck,
  reviewRecordCheck,
  lastUpdatedCheck,
  attributionCheck,
  requiredStatementCheck,
  requiredLinkCheck,
  approvalChangedCheck,
  genericSourceCheck,
  uncitedSourceCheck,
  offTopicSourceCheck,
  oldSourceCheck,
];

/** The kinds by their `check:` name. */
export const CHECK_KINDS: ReadonlyMap<string, CheckKind> = new Map(CHECK_KIND_LIST.map((kind) => [kind.kind, kind]));
