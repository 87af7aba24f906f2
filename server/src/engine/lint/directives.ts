/**
 * Inline directives in HTML comments, the same for every adapter:
 *
 *   <!-- claimlint-disable [ids] -->            off from here (all rules when no id)
 *   <!-- claimlint-enable [ids] -->             on again
 *   <!-- claimlint-disable-next-line [ids] -->  off on the line after the comment
 *   <!-- claimlint-disable-line [ids] -->       off on the comment's own line
 *   <!-- claimlint-disable-file [ids] -->       off in the whole file
 *
 * An id is a rule id (`overclaim/cure-claims`) or a pack name (`overclaim`).
 * Text after ` -- ` is the reason: it changes nothing, and reports that list silenced findings (SARIF) quote it.
 */
import { lineOf } from '../text/lines';
import type { Problem, TextRange } from '../types';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
const KINDS = new Set<string>(['disable', 'enable', 'disable-next-line', 'disable-line', 'disable-file']);

/** A parsed directive. An empty `ids` list means every rule. */
interface Directive {
  kind: DirectiveKind;
  ids: string[];
  range: TextRange;
  /** The text after ` -- `, if any. */
  reason?: string;
}

/** The directive that switched a rule off somewhere: the whole comment, and its reason when it gives one. */
export interface DirectiveHit {
  range: TextRange;
  reason?: string;
}

/** Answers "is this rule switched off at this offset?" for one document. */
export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
  /** The directive that switches `ruleId` off at `offset`, if one does (it counts as used, as with `isSuppressed`). */
  suppressor(ruleId: string, offset: number): DirectiveHit | undefined;
  /** Directives that have not switched off any finding so far (call after linting). */
  unused(): TextRange[];
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^\s*claimlint-([a-z-]+)\b([\s\S]*)$/;
const REASON = /\s--(?:\s|$)/;

/** Reads the directives of a document; unknown ids and kinds become problems. */
export function readDirectives(
  htmlRanges: readonly TextRange[],
  source: string,
  starts: readonly number[],
  known: { ruleIds: ReadonlySet<string>; packs: ReadonlySet<string> },
  path: string,
): { suppressions: Suppressions; problems: Problem[] } {
  const directives: Directive[] = [];
  const problems: Problem[] = [];
  for (const html of htmlRanges) {
    const base = html.start;
    // Read the source, not the node value: in containers the value lacks the `> ` prefixes.
    const raw = source.slice(base, html.end);
    for (const comment of raw.matchAll(COMMENT)) {
      const parsed = DIRECTIVE.exec(comment[1]!);
      if (!parsed) continue;
      const range = { start: base + comment.index, end: base + comment.index + comment[0].length };
      const kind = parsed[1]!;
      if (!KINDS.has(kind)) {
        problems.push({ path, severity: 'warning', range, message: `unknown directive \`claimlint-${kind}\`; expected one of ${[...KINDS].map((k) => `claimlint-${k}`).join(', ')}` });
        continue;
      }
      const rest = parsed[2]!;
      const dashes = REASON.exec(rest);
      const body = dashes ? rest.slice(0, dashes.index) : rest;
      const reason = dashes
        ? rest
            .slice(dashes.index + dashes[0].length)
            .replace(/\s+/g, ' ')
            .trim()
        : '';
      const ids = body.split(/[\s,]+/).filter(Boolean);
      for (const id of ids) {
        if (!known.ruleIds.has(id) && !known.packs.has(id))
          problems.push({ path, severity: 'warning', range, message: `claimlint-${kind} names \`${id}\`, which is neither a loaded rule nor a pack` });
      }
      directives.push({ kind: kind as DirectiveKind, ids, range, ...(reason ? { reason } : {}) });
    }
  }
  return { suppressions: buildSuppressions(directives, starts), problems };
}

function appliesTo(ids: readonly string[], ruleId: string): boolean {
  return ids.length === 0 || ids.includes(ruleId) || ids.includes(ruleId.slice(0, ruleId.indexOf('/')));
}

function buildSuppressions(directives: Directive[], starts: readonly number[]): Suppressions {
  if (directives.length === 0) return { isSuppressed: () => false, suppressor: () => undefined, unused: () => [] };
  const used = new Set<Directive>();
  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const toggles = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.range.start - b.range.start);
  const byLine = new Map<number, Directive[]>();
  for (const directive of directives) {
    const line = directive.kind === 'disable-next-line' ? lineOf(starts, directive.range.end) + 1 : directive.kind === 'disable-line' ? lineOf(starts, directive.range.start) : -1;
    if (line >= 0) byLine.set(line, [...(byLine.get(line) ?? []), directive]);
  }
  const directiveFor = (ruleId: string, offset: number): Directive | undefined => {
    const file = fileWide.find((d) => appliesTo(d.ids, ruleId));
    if (file) {
      used.add(file);
      return file;
    }
    const line = byLine.get(lineOf(starts, offset))?.find((d) => appliesTo(d.ids, ruleId));
    if (line) {
      used.add(line);
      return line;
    }
    let disabledBy: Directive | undefined;
    for (const toggle of toggles) {
      if (toggle.range.start > offset) break;
      if (appliesTo(toggle.ids, ruleId)) disabledBy = toggle.kind === 'disable' ? toggle : undefined;
    }
    if (disabledBy) used.add(disabledBy);
    return disabledBy;
  };
  return {
    isSuppressed: (ruleId, offset) => directiveFor(ruleId, offset) !== undefined,
    suppressor(ruleId, offset) {
      const directive = directiveFor(ruleId, offset);
      return directive && { range: directive.range, ...(directive.reason ? { reason: directive.reason } : {}) };
    },
    unused() {
      return directives.filter((d) => d.kind !== 'enable' && !used.has(d)).map((d) => d.range);
    },
  };
}
