/**
 * `lint`: Markdown text and a resolved configuration in, findings and problems out.
 * Synchronous and total: it never throws on document text, and every range it
 * returns lies inside the text.
 */
import type { ResolvedConfig } from './config/resolve';
import { prepareDocument, sentenceOfToken, type PreparedDocument } from './document';
import { readDirectives } from './directives';
import { replacementFixes } from './fixes';
import { DEFAULT_GUARDS, firstApplyingGuard } from './guards';
import { sourceRange, type ProseBlock } from './markdown/prose';
import type { Scope } from './rules/model';
import type { Candidate } from './checks/kind';
import { disableFix } from './suppress';
import { lineStarts } from './text/lines';
import type { Finding, LintResult, Problem, SourceDocument, TextRange } from './types';

const CHECK_FAILED = 'claimlint/check-failed';

/** Lints one document. */
export function lint(document: SourceDocument, config: ResolvedConfig): LintResult {
  try {
    return lintUnsafe(document, config);
  } catch (error) {
    // Defence in depth: a bug must cost the writer one message, not the editor session.
    return {
      findings: [],
      problems: [{ path: document.path, severity: 'error', message: `claimlint failed on this document: ${describeError(error)}` }],
    };
  }
}

function lintUnsafe(document: SourceDocument, config: ResolvedConfig): LintResult {
  const text = document.text;
  const prepared = prepareDocument(text);
  const starts = lineStarts(text);
  const { suppressions, problems } = readDirectives(
    prepared.tree,
    text,
    starts,
    { ruleIds: config.knownRuleIds, packs: config.knownPacks },
    document.path,
  );
  const findings: Finding[] = [];
  for (const { rule, severity } of config.rules) {
    const definition = rule.definition;
    const scopes = definition.scopes;
    const guards = definition.guards ?? DEFAULT_GUARDS;
    try {
      rule.check.run(prepared, (candidate) => {
        const block = prepared.blocks[candidate.block]!;
        if (scopes && !inScope(block, scopes)) return;
        if (guards.length > 0 && guarded(prepared, candidate, guards)) return;
        const prose = proseSpan(prepared, candidate);
        const range = sourceRange(block, prose.start, prose.end);
        if (suppressions.isSuppressed(definition.id, range.start)) return;
        const proseText = block.text.slice(prose.start, prose.end).replace(/\s+/g, ' ');
        findings.push({
          ruleId: definition.id,
          severity,
          message: definition.message.replace(/\{text\}/g, proseText),
          range,
          text: text.slice(range.start, range.end),
          fixes: replacementFixes(text, range, proseText, candidate.replacements),
          suppressions: [disableFix(text, starts, block, definition.id, range)],
          rationale: definition.rationale,
          source: definition.source,
        });
      });
    } catch (error) {
      findings.push(checkFailed(definition.id, error));
    }
  }
  return { findings: keepInBounds(findings, text.length, problems, document.path).sort(compareFindings), problems };
}

function proseSpan(prepared: PreparedDocument, candidate: Candidate): TextRange {
  const tokens = prepared.tokens[candidate.block]!;
  return { start: tokens[candidate.from]!.start, end: tokens[candidate.to - 1]!.end };
}

function guarded(prepared: PreparedDocument, candidate: Candidate, guards: Parameters<typeof firstApplyingGuard>[0]): boolean {
  const block = prepared.blocks[candidate.block]!;
  const tokens = prepared.tokens[candidate.block]!;
  const sentence = sentenceOfToken(prepared.sentences(candidate.block), candidate.from, tokens.length, block.text.length);
  return (
    firstApplyingGuard(guards, {
      text: block.text,
      tokens,
      sentence: sentence.range,
      sentenceTokens: sentence.tokens,
      match: { from: candidate.from, to: candidate.to },
      inBlockquote: block.context.blockquote,
    }) !== undefined
  );
}

/** A rule applies to a block only when every context of the block is among its scopes. */
function inScope(block: ProseBlock, scopes: readonly Scope[]): boolean {
  const { context } = block;
  if (context.heading && !scopes.includes('heading')) return false;
  if (!context.heading && !context.table && !scopes.includes('paragraph')) return false;
  if (context.list && !scopes.includes('list')) return false;
  if (context.table && !scopes.includes('table')) return false;
  if (context.blockquote && !scopes.includes('blockquote')) return false;
  if (context.footnote && !scopes.includes('footnote')) return false;
  return true;
}

function checkFailed(ruleId: string, error: unknown): Finding {
  return {
    ruleId: CHECK_FAILED,
    severity: 'error',
    message: `rule \`${ruleId}\` failed on this document and was skipped: ${describeError(error)}`,
    range: { start: 0, end: 0 },
    text: '',
    fixes: [],
    suppressions: [],
    rationale: 'A failing rule is reported instead of silently dropping its findings.',
    source: { citation: 'claimlint', url: 'https://claimlint.dev/docs/internal' },
  };
}

/** Drops (and reports) any finding or fix whose range falls outside the text. */
function keepInBounds(findings: Finding[], length: number, problems: Problem[], path: string): Finding[] {
  const inBounds = (range: TextRange): boolean => 0 <= range.start && range.start <= range.end && range.end <= length;
  return findings.filter((finding) => {
    const ok =
      inBounds(finding.range) &&
      [...finding.fixes, ...finding.suppressions].every((fix) => fix.edits.every((edit) => inBounds(edit.range)));
    if (!ok) problems.push({ path, severity: 'error', message: `internal: dropped an out-of-range finding of ${finding.ruleId}` });
    return ok;
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
