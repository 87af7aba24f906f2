/**
 * One squiggle per claim: when two overclaim rules flag the same words ("Reverse Cavities" is both a cure claim and a
 * benefit stated as fact), or one flags words inside another's ("cure" inside "will cure your"), the writer sees one
 * finding on the wider words that carries both notes (message, fixes, `also`), not two stacked diagnostics.
 */
import type { Fix, Severity } from '../types';
import type { FindingDraft } from './draft';

/** Rules whose findings on shared words become one. Other packs' findings are about different things (a long sentence holds a claim). */
const SAME_CLAIM_PACK = 'overclaim/';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** `drafts` with each overclaim draft on words another (wider or earlier) overclaim draft covers folded into that one. */
export function mergedOnSameWords(drafts: readonly FindingDraft[]): FindingDraft[] {
  const claims = drafts.filter((draft) => draft.ruleId.startsWith(SAME_CLAIM_PACK));
  if (claims.length < 2) return [...drafts];
  const ran = new Map(drafts.map((draft, index) => [draft, index]));
  // By start, widest first, then the stricter (on the same words the error names the finding), then in the order the
  // rules ran: a draft can only fold into one sorted before it.
  const order = [...claims].sort(
    (a, b) => a.range.start - b.range.start || b.range.end - a.range.end || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || ran.get(a)! - ran.get(b)!,
  );
  const longest = order.reduce((max, draft) => Math.max(max, draft.range.end - draft.range.start), 0);
  const into = new Map<FindingDraft, FindingDraft>();
  const kept: FindingDraft[] = [];
  for (const draft of order) {
    // Only drafts starting within `longest` before this one can contain it (findings are words or phrases).
    let host: FindingDraft | undefined;
    for (let i = kept.length - 1; i >= 0 && kept[i]!.range.start >= draft.range.start - longest; i--) {
      const wider = kept[i]!;
      if (wider.range.start <= draft.range.start && draft.range.end <= wider.range.end && wider.ruleId !== draft.ruleId) host = wider;
    }
    if (host) into.set(draft, host);
    else kept.push(draft);
  }
  if (into.size === 0) return [...drafts];
  const merged = new Map<FindingDraft, FindingDraft>(kept.map((draft) => [draft, draft]));
  for (const [draft, host] of into) {
    const current = merged.get(host)!;
    merged.set(host, {
      ...current,
      severity: stricter(current.severity, draft.severity),
      message: `${current.message}; ${draft.message}`,
      fixes: uniqueFixes([...current.fixes, ...draft.fixes]),
      also: [...new Set([...(current.also ?? []), draft.ruleId, ...(draft.also ?? [])])],
      ...(draft.citationSlot && !current.citationSlot ? { citationSlot: draft.citationSlot } : {}),
    });
  }
  return drafts.filter((draft) => !into.has(draft)).map((draft) => merged.get(draft) ?? draft);
}

/** Fixes without repeats: two rules on the same words may offer the same rewrite. */
export function uniqueFixes(fixes: readonly Fix[]): Fix[] {
  const seen = new Set<string>();
  return fixes.filter((fix) => {
    const key = `${fix.title}|${JSON.stringify(fix.edits)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function stricter(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(b) < SEVERITY_ORDER.indexOf(a) ? b : a;
}
