/**
 * claimlint's own findings: not from a rule file, but about the run itself (a rule that failed, lines too deeply
 * nested to check, a review status below the one a build requires). One description each, for the generated page
 * under docs/rules/claimlint/, SARIF's rule list and the editor's link from the diagnostic code.
 */
import type { Severity } from '../types';

export interface OwnFinding {
  id: string;
  title: string;
  severity: Severity;
  /** The message with its variable parts elided. */
  message: string;
  rationale: string;
  /** What the writer does about it. */
  remedy: string;
  /** Where the finding is made, for the reader of the page. */
  origin: string;
}

export const OWN_FINDINGS: readonly OwnFinding[] = [
  {
    id: 'claimlint/check-failed',
    title: 'Rule failed',
    severity: 'error',
    message: 'rule `…` failed on this document and was skipped: …',
    rationale: 'A failing rule is reported instead of silently dropping its findings.',
    remedy:
      'The rule (usually a team pack’s pattern) threw on this document. Fix the rule, or switch it off for the document with `<!-- claimlint-disable-file pack/rule -->`, and report it if the rule is built in.',
    origin: 'Any document; at its first character.',
  },
  {
    id: 'claimlint/not-checked',
    title: 'Not checked',
    severity: 'warning',
    message: 'these … lines are nested more than … lists or block quotes deep, so claimlint did not check them; flatten the nesting',
    rationale: 'Lines claimlint could not check are reported instead of passing silently.',
    remedy: 'Flatten the nesting; the rest of the document is checked as usual.',
    origin: 'The lines nested too deep.',
  },
  {
    id: 'claimlint/require-status',
    title: 'Review status below the required one',
    severity: 'error',
    message: 'Review status is `…`; this build requires `…`',
    rationale: 'Release builds publish only documents that went through the review workflow and whose approval still holds.',
    remedy:
      'Take the document through review (the status bar’s "Advance review status" in VS Code), or renew a lapsed approval: one older than the review cycle, past `next_review`, or with sentences changed since.',
    origin: '`claimlint check --require-status STATUS`, at the front matter’s `review` block or the first line.',
  },
];

const IDS = new Set(OWN_FINDINGS.map((finding) => finding.id));

/** The description of one of claimlint's own findings, by id. */
export function ownFinding(id: string): OwnFinding {
  return OWN_FINDINGS.find((finding) => finding.id === id)!;
}

/** Whether a rule id is one of claimlint's own findings (which have pages beside the rules'). */
export function isOwnFinding(ruleId: string): boolean {
  return IDS.has(ruleId);
}
