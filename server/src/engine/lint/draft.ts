// Findings on their way through the pipeline: the draft type, the one builder, and the public `Finding` made from a draft.
import type { RuleDefinition } from '../rules/model';
import type { LineInfo } from '../text/lines';
import type { Finding, TextRange } from '../types';
import { disableFileFix, disableFix, type BlockPlacement } from './disable-fixes';
import { ownFinding } from './own-findings';

/** The rule id of claimlint's own finding for a rule whose check threw. */
export const CHECK_FAILED = 'claimlint/check-failed';

/** The rule id of claimlint's own finding for lines it did not check (nested too deep to parse). */
export const NOT_CHECKED = 'claimlint/not-checked';

/** claimlint's own findings: no directive switches them off, and no frame or section drops them. */
export function isClaimlintFinding(ruleId: string): boolean {
  return ruleId === CHECK_FAILED || ruleId === NOT_CHECKED;
}

/**
 * A finding before it is public. It has no suppression fixes yet (they depend on the whole document and are
 * built last, for the findings that survive), and carries pipeline data that `toFinding` strips.
 */
export interface FindingDraft extends Omit<Finding, 'suppressions' | 'accepted' | 'sentence'> {
  /** Internal: the sentence holding a chunk rule's match (citation coverage, product mode's "Remove this claim"). */
  sentence?: TextRange;
  /**
   * Internal: where the finding's block sits, for the "disable for this line" fix; `file` for a finding about the
   * whole document (only "disable in this file"); none for a failed check.
   */
  placement?: BlockPlacement | 'file';
}

/** What a rule contributes to every finding of its own. */
type FindingRule = Pick<RuleDefinition, 'id' | 'title' | 'rationale'> & { source: Finding['source'] };

/** What a match contributes: everything else. */
type Match = Omit<FindingDraft, 'ruleId' | 'title' | 'rationale' | 'source'>;

/** The one finding builder: a rule and a match make a draft. */
export function draftFinding(rule: FindingRule, match: Match): FindingDraft {
  return { ruleId: rule.id, ...(rule.title ? { title: rule.title } : {}), ...match, rationale: rule.rationale, source: rule.source };
}

// A failed check is claimlint's finding, not a rule's: described once, in own-findings.ts.
const CHECK_FAILED_RULE: FindingRule = { id: CHECK_FAILED, rationale: ownFinding(CHECK_FAILED).rationale, source: { citation: 'claimlint' } };

/** The finding that reports a rule whose check threw, at the start of the document. */
export function checkFailedDraft(ruleId: string, error: unknown): FindingDraft {
  return draftFinding(CHECK_FAILED_RULE, {
    severity: 'error',
    message: `rule \`${ruleId}\` failed on this document and was skipped: ${describeError(error)}`,
    range: { start: 0, end: 0 },
    text: '',
    fixes: [],
  });
}

const NOT_CHECKED_RULE: FindingRule = { id: NOT_CHECKED, title: ownFinding(NOT_CHECKED).title, rationale: ownFinding(NOT_CHECKED).rationale, source: { citation: 'claimlint' } };

/** The finding that reports lines nested too deep to check (`range` covers them). */
export function notCheckedDraft(range: TextRange, lines: number, limit: number): FindingDraft {
  return draftFinding(NOT_CHECKED_RULE, {
    severity: 'warning',
    message: `${lines === 1 ? 'this line is' : `these ${lines} lines are`} nested more than ${limit} lists or block quotes deep, so claimlint did not check ${lines === 1 ? 'it' : 'them'}; flatten the nesting`,
    range,
    text: '',
    fixes: [],
  });
}

/** The public finding: internal data stripped, suppression fixes added, `sentence` from the match or its citation slot. */
export function toFinding(draft: FindingDraft, source: string, lines: LineInfo): Finding {
  const sentence = draft.sentence ?? draft.citationSlot?.sentence;
  // One squiggle, one switch: disabling it on its line disables the rules whose notes it carries too. In the whole
  // file only its own rule goes: a note that reappears there (a citation gap) is a concern of its own.
  const ruleIds = [draft.ruleId, ...(draft.also ?? [])];
  return {
    ruleId: draft.ruleId,
    ...(draft.title ? { title: draft.title } : {}),
    severity: draft.severity,
    message: draft.message,
    range: draft.range,
    text: draft.text,
    fixes: draft.fixes,
    suppressions:
      draft.placement === 'file'
        ? [disableFileFix(source, lines, draft.ruleId)]
        : draft.placement
          ? [disableFix(source, lines, draft.placement, ruleIds, draft.range), disableFileFix(source, lines, draft.ruleId)]
          : [],
    rationale: draft.rationale,
    source: draft.source,
    ...(draft.also ? { also: draft.also } : {}),
    ...(draft.citationSlot ? { citationSlot: draft.citationSlot } : {}),
    ...(sentence ? { sentence } : {}),
    ...(draft.explanation ? { explanation: draft.explanation } : {}),
  };
}

/** A rule's message with `{text}` (whitespace collapsed) and the candidate's `{name}` values filled in. */
export function fillMessage(template: string, text: string, values: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'text' ? text.replace(/\s+/g, ' ') : (values?.[name] ?? whole)));
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
