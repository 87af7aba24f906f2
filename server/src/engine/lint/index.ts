/**
 * `lint`: Markdown text and a resolved configuration in, findings and problems out.
 * Synchronous and total: it never throws on document text, and every range it
 * returns lies inside the text.
 *
 * Findings are computed per chunk (see markdown/chunks.ts) and memoised by chunk
 * text and configuration; directives and suppression fixes, which depend on the
 * whole document, are applied afterwards. Until the last step every finding is a
 * `FindingDraft` (draft.ts), which becomes a public `Finding` once.
 */
import { EMPTY_BIBLIOGRAPHY } from '../bibliography/model';
import { withoutOrphaningRemoval } from '../ladder-fixes';
import type { DocumentFacts, LintContext } from '../checks/kind';
import { isPromotional } from './promotional';
import { recognizeCitations } from '../citations/recognize';
import type { ResolvedConfig } from '../config/resolve';
import { prepareDocument } from '../document';
import { lineInfo } from '../text/lines';
import type { Finding, LintOptions, LintResult, Problem, SourceDocument, SuppressedFinding, TextRange } from '../types';
import { chunkDrafts } from './chunk-checks';
import type { DirectiveHit } from './directives';
import { documentDrafts } from './document-checks';
import { describeError, isClaimlintFinding, notCheckedDraft, toFinding, type FindingDraft } from './draft';
import { MAX_NESTING } from '../markdown/nesting';
import { withoutCited, withoutOthersClaims } from './not-claims';
import { shiftDraft } from './placement';
import { documentProfile, forProduct, profileConfig } from './profile';
import { mergedOnSameWords } from './same-words';
import { documentSuppression } from './suppression';
import { withoutAccepted } from './vocabulary';

export { extendedRuleIds } from './suppression';

const DEFAULT_CONTEXT: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };

/** Lints one document; `context` carries its bibliography and citation settings. */
export function lint(document: SourceDocument, config: ResolvedConfig, context: LintContext = DEFAULT_CONTEXT, options: LintOptions = {}): LintResult {
  try {
    return lintUnsafe(document, config, context, options);
  } catch (error) {
    // Defence in depth: a bug must cost the writer one message, not the editor session.
    return {
      findings: [],
      problems: [{ path: document.path, severity: 'error', message: `claimlint failed on this document: ${describeError(error)}` }],
      ...(options.keepSuppressed ? { suppressed: [] } : {}),
    };
  }
}

function lintUnsafe(document: SourceDocument, projectConfig: ResolvedConfig, context: LintContext, options: LintOptions): LintResult {
  const text = document.text;
  const profile = documentProfile(text, projectConfig, context.profile);
  // Rules that ask for a profile (`when: { audience: patient }`) run only for it.
  const config = profileConfig(projectConfig, profile);
  const prepared = prepareDocument(text);
  const lines = lineInfo(text);
  const suppression = documentSuppression(prepared, lines, config, document.path);
  // Drafts a directive switched off, kept aside (only when asked for) so they change nothing the others go through.
  const silenced = options.keepSuppressed ? new Map<FindingDraft, DirectiveHit>() : undefined;
  let drafts: FindingDraft[] = [];
  for (const { start, chunk } of prepared.chunks) {
    if (chunk.tooDeep) {
      const { start: from, end, lines: count } = chunk.tooDeep;
      drafts.push(notCheckedDraft({ start: start + from, end: start + end }, count, MAX_NESTING));
    }
    for (const draft of chunkDrafts(chunk, config, projectConfig, profile)) {
      const by = isClaimlintFinding(draft.ruleId) ? undefined : suppression.suppressor(draft.ruleId, draft.range.start + start);
      if (by) silenced?.set(shiftDraft(draft, start), by);
      else drafts.push(shiftDraft(draft, start));
    }
  }
  drafts = drafts.map((draft) => withoutOrphaningRemoval(draft, text));
  // Citations are recognised once, and only when a rule needs them.
  let facts: DocumentFacts | undefined;
  const documentFacts = (): DocumentFacts => (facts ??= { context, citations: recognizeCitations(prepared) });
  // For silenced drafts, the steps below that drop what is not the writer's claim or is accepted vocabulary (each
  // judges one draft at a time), so only findings a directive really hid are listed.
  const notClaims = (list: FindingDraft[]): FindingDraft[] => {
    const cited = profile.mode !== 'product' ? withoutCited(list, config, prepared, documentFacts) : list;
    return withoutAccepted(withoutOthersClaims(cited, prepared, documentFacts), prepared, config);
  };
  const forMode = (draft: FindingDraft): FindingDraft => (profile.mode === 'product' ? forProduct(draft, config, text) : draft);
  // Advertising rules do not bend to a citation (domain reference §7): only editorial copy defers to its sources.
  if (profile.mode !== 'product') drafts = withoutCited(drafts, config, prepared, documentFacts);
  const promotional = isPromotional(drafts, prepared, () => citesNothing(documentFacts().citations));
  const factsWithTone = (): DocumentFacts => Object.assign(documentFacts(), { promotional });
  drafts.push(...documentDrafts(prepared, config, factsWithTone, suppression.suppressor, drafts, silenced && ((draft, by) => silenced.set(draft, by))));
  drafts = withoutOthersClaims(drafts, prepared, documentFacts);
  drafts = mergedOnSameWords(withoutAccepted(drafts, prepared, config));
  const findings = drafts.map((draft) => toFinding(forMode(draft), text, lines));
  const problems = suppression.problems;
  const result: LintResult = { findings: keepInBounds(findings, text.length, problems, document.path).sort(compareFindings), problems, unusedDirectives: suppression.unused() };
  if (silenced) {
    const kept = silenced.size === 0 ? [] : notClaims([...silenced.keys()]);
    result.suppressed = kept
      .map((draft): SuppressedFinding => ({ ...toFinding(forMode(draft), text, lines), suppressedBy: { kind: 'directive', ...silenced.get(draft)! } }))
      .filter((finding) => inBounds(finding, text.length))
      .sort(compareFindings);
  }
  return result;
}

/** No citation, reference list or footnote a reader can follow. */
function citesNothing(citations: DocumentFacts['citations']): boolean {
  return citations.citations.length === 0 && citations.referenceItems.length === 0 && citations.footnoteDefinitions.length === 0;
}

/** Drops (and reports) any finding or fix whose range falls outside the text. */
function keepInBounds(findings: Finding[], length: number, problems: Problem[], path: string): Finding[] {
  return findings.filter((finding) => {
    const ok = inBounds(finding, length);
    if (!ok) problems.push({ path, severity: 'error', message: `internal: dropped an out-of-range finding of ${finding.ruleId}` });
    return ok;
  });
}

/** Whether a finding and all its fixes lie inside a text of `length`. */
function inBounds(finding: Finding, length: number): boolean {
  const inside = (range: TextRange): boolean => 0 <= range.start && range.start <= range.end && range.end <= length;
  return inside(finding.range) && [...finding.fixes, ...finding.suppressions].every((fix) => fix.edits.every((edit) => inside(edit.range)));
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);
}
