/**
 * The registry of check kinds, by the name a rule file gives in `check:`.
 */
import type { CheckKind } from './kind';
import { phraseCheck } from './phrase';
import { substitutionCheck } from './substitution';

export const CHECK_KINDS: ReadonlyMap<string, CheckKind> = new Map(
  [phraseCheck, substitutionCheck].map((kind) => [kind.kind, kind]),
);
