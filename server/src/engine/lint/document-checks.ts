// Document rules (citations, reference lists, evidence): their drafts over the whole document, not memoised.
import { sameClause } from '../fixes';
import type { ChunkCheck, DocumentCandidate, DocumentCheck, DocumentFacts } from '../checks/kind';
import type { ResolvedConfig } from '../config/resolve';
import type { PreparedDocument } from '../document';
import type { Severity } from '../types';
import type { DirectiveHit } from './directives';
import { checkFailedDraft, draftFinding, fillMessage, type FindingDraft } from './draft';
import { containingIndex, overlapIndex } from './overlap';
import { placementAt } from './placement';
import { uniqueFixes } from './same-words';

export function isDocumentCheck(check: ChunkCheck | DocumentCheck): check is DocumentCheck {
  return 'runDocument' in check;
}

/**
 * Drafts of the document-level rules; `earlier` (the chunk rules' drafts) may gain notes from them. A candidate a
 * directive switches off is dropped, or handed to `onSuppressed` as the draft it would have been on its own.
 */
export function documentDrafts(
  prepared: PreparedDocument,
  config: ResolvedConfig,
  documentFacts: () => DocumentFacts,
  suppressor: (ruleId: string, offset: number) => DirectiveHit | undefined,
  earlier: readonly FindingDraft[],
  onSuppressed?: (draft: FindingDraft, by: DirectiveHit) => void,
): FindingDraft[] {
  const documentRules = config.rules.filter(({ rule }) => isDocumentCheck(rule.check));
  if (documentRules.length === 0) return [];
  // One squiggle per span: a candidate with alternatives moves off spans other rules already flag.
  const occupied = overlapIndex(earlier.map((draft) => draft.range));
  const containing = containingIndex(earlier);
  const facts = documentFacts();
  const drafts: FindingDraft[] = [];
  // Two evidence rules on the same words (a claim stronger than its source's conclusion, and stronger than its design
  // allows) are one problem seen twice: the first finding carries the other's note.
  const evidenceOn = new Map<string, FindingDraft>();
  for (const { rule, severity, options } of documentRules) {
    const definition = rule.definition;
    try {
      (rule.check as DocumentCheck).runDocument(
        prepared,
        facts,
        (proposed: DocumentCandidate) => {
          const free = proposed.alternatives && occupied(proposed.range) ? proposed.alternatives.find((alternative) => !occupied(alternative.range)) : undefined;
          // Moved to other words, a hedge computed for the first ones must still soften the new words' clause
          // ("can heal … because it stimulates": the hedge of "can heal" does nothing for "stimulates").
          const movedFixes = free && proposed.fixes?.filter((fix) => fix.kind !== 'hedge' || fix.edits.every((edit) => sameClause(prepared.source, edit.range, free.range)));
          const candidate = free ? { ...proposed, range: free.range, ...(free.variant ? { variant: free.variant } : {}), ...(movedFixes ? { fixes: movedFixes } : {}) } : proposed;
          const silencedBy = suppressor(definition.id, candidate.range.start);
          const text = prepared.source.slice(candidate.range.start, candidate.range.end);
          const message = fillMessage((candidate.variant && definition.messages?.[candidate.variant]) || definition.message, text, candidate.values);
          const draft = (): FindingDraft =>
            draftFinding(definition, {
              severity: milder(severity, candidate.severity),
              message,
              range: candidate.range,
              text,
              fixes: candidate.fixes ?? [],
              ...(candidate.citationSlot ? { citationSlot: candidate.citationSlot } : {}),
              ...(candidate.explanation ? { explanation: candidate.explanation } : {}),
              placement: candidate.wholeDocument ? 'file' : placementAt(prepared, candidate.range.start),
            });
          if (silencedBy) {
            onSuppressed?.(draft(), silencedBy);
            return;
          }
          // No free span left: the finding already on these words carries this one too (message, fixes, citation slot),
          // so the writer sees one squiggle with both notes, not two.
          const shared = proposed.alternatives && !free ? containing(candidate.range) : undefined;
          if (shared) {
            Object.assign(shared, {
              message: `${shared.message}; ${message}`,
              fixes: uniqueFixes([...shared.fixes, ...(candidate.fixes ?? [])]),
              ...(candidate.citationSlot && !shared.citationSlot ? { citationSlot: candidate.citationSlot } : {}),
              also: [...(shared.also ?? []), definition.id],
            });
            return;
          }
          const key = `${candidate.range.start}:${candidate.range.end}`;
          const sameWords = definition.id.startsWith('evidence/') ? evidenceOn.get(key) : undefined;
          if (sameWords && sameWords.ruleId !== definition.id) {
            Object.assign(sameWords, {
              message: `${sameWords.message}; ${message}`,
              fixes: uniqueFixes([...sameWords.fixes, ...(candidate.fixes ?? [])]),
              also: [...(sameWords.also ?? []), definition.id],
            });
            return;
          }
          const made = draft();
          if (definition.id.startsWith('evidence/') && !evidenceOn.has(key)) evidenceOn.set(key, made);
          drafts.push(made);
        },
        options,
      );
    } catch (error) {
      drafts.push(checkFailedDraft(definition.id, error));
    }
  }
  return drafts;
}

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'] as const;

/** The milder of a rule's severity and a candidate's own (a candidate can only lower it). */
function milder(rule: Severity, candidate: Severity | undefined): Severity {
  return candidate && SEVERITY_ORDER.indexOf(candidate) > SEVERITY_ORDER.indexOf(rule) ? candidate : rule;
}
