// Inline directives for one document: which rule is switched off where, including rules that extend another.
import type { ResolvedConfig } from '../config/resolve';
import type { PreparedDocument } from '../document';
import type { LineInfo } from '../text/lines';
import type { Problem, TextRange } from '../types';
import { readDirectives, type DirectiveHit } from './directives';
import { shift } from './placement';

export interface DocumentSuppression {
  isSuppressed(ruleId: string, offset: number): boolean;
  /** The directive that switches `ruleId` (or the rule it extends) off at `offset`, if any. */
  suppressor(ruleId: string, offset: number): DirectiveHit | undefined;
  /** Directives that silenced nothing (call after linting). */
  unused(): TextRange[];
  /** Unknown directive kinds and ids. */
  problems: Problem[];
}

/** Reads the directives in the document's HTML (comments only live there). */
export function documentSuppression(prepared: PreparedDocument, lines: LineInfo, config: ResolvedConfig, path: string): DocumentSuppression {
  const html = prepared.chunks.flatMap(({ start, chunk }) => chunk.structure.html.map((range) => shift(range, start)));
  const { suppressions, problems } = readDirectives(html, prepared.source, lines.starts, { ruleIds: config.knownRuleIds, packs: config.knownPacks }, path);
  // A rule that extends another also answers to the base rule's id, so existing directives keep working.
  const baseOf = extendedRuleIds(config);
  const suppressor = (ruleId: string, offset: number): DirectiveHit | undefined => {
    const own = suppressions.suppressor(ruleId, offset);
    if (own) return own;
    const base = baseOf.get(ruleId);
    return base === undefined ? undefined : suppressions.suppressor(base, offset);
  };
  return {
    isSuppressed: (ruleId, offset) => suppressor(ruleId, offset) !== undefined,
    suppressor,
    unused: () => suppressions.unused(),
    problems,
  };
}

/** Extending rule id → the id of the rule it extends, for the active rules. */
export function extendedRuleIds(config: Pick<ResolvedConfig, 'rules'>): Map<string, string> {
  return new Map(config.rules.flatMap(({ rule }) => (rule.definition.extends ? [[rule.definition.id, rule.definition.extends] as const] : [])));
}
