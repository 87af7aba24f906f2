/**
 * The text of each report column, shared by every format: a cell is a list of lines (one per source, finding or
 * decision), which Markdown joins with `<br>`, CSV with line breaks and HTML with list items.
 */
import type { ClaimRow, ReportDecision, ReportFinding, ReportHeader, ReportSource } from './model';

/** The columns of the claims matrix, in order (CSV adds `Document` first). */
export const COLUMNS = ['Line', 'Claim', 'Strength', 'Citations', 'Study design', 'Evidence level', 'Verdict', 'Open findings', 'Reviewer decision'] as const;

export type Column = (typeof COLUMNS)[number];

/** Each column's lines for one row. */
export function rowCells(row: ClaimRow): Record<Column, string[]> {
  const sources = row.citations.flatMap((citation) =>
    (citation.sources.length > 0 ? citation.sources : [{ reference: citation.kind === 'placeholder' ? `${citation.text} — a placeholder, not a source` : citation.text } as ReportSource]).map(
      (source) => ({ source, nearby: citation.nearby === true }),
    ),
  );
  return {
    Line: [String(row.line)],
    Claim: [row.sentence],
    Strength: [row.strength],
    // `analyze` calls a claim cited when a citation nearby covers it (the citation scope), though it holds none itself.
    Citations: sources.length === 0 && row.verdict === 'cited' ? ['covered by a nearby citation'] : sources.map(({ source, nearby }) => `${nearby ? 'nearby: ' : ''}${sourceText(source)}`),
    'Study design': sources.map(({ source }) => (source.design ? `${source.design}${source.designBasis === 'inferred' ? ' (inferred)' : ''}` : '—')),
    'Evidence level': sources.map(({ source }) => source.evidenceLevel ?? '—'),
    Verdict: [row.verdict],
    'Open findings': row.findings.map(findingText),
    'Reviewer decision': row.decisions.map(decisionText),
  };
}

/** "gattie2017 — Gattie E, … 2017;47(3):133–149.", "[2] Hall et al. …", "smith2020 — not in the bibliography". */
export function sourceText(source: ReportSource): string {
  const name = source.key ?? (source.number !== undefined ? `[${source.number}]` : undefined);
  const what = source.unresolved ? (source.key ? 'not in the bibliography' : source.number !== undefined ? 'not in the reference list' : 'no such note') : (source.reference ?? '');
  return name ? `${name} — ${what}` : what;
}

export function findingText(finding: ReportFinding): string {
  return `${finding.message} (${finding.ruleId})`;
}

export function decisionText(decision: ReportDecision): string {
  const support = decision.reference ? ` [${decision.reference}${decision.locator ? `, ${decision.locator}` : ''}]` : '';
  if (decision.kind === 'directive') return `Silenced in the document${decision.reason ? `: ${decision.reason}` : ''} (${decision.ruleId})`;
  return `Accepted by ${decision.reviewer ?? 'a reviewer'}${decision.date ? ` on ${decision.date}` : ''}${decision.reason ? `: ${decision.reason}` : ''}${support} (${decision.ruleId})`;
}

/** The header's lines as label and value, in a fixed order; absent fields say so where a reviewer expects them. */
export function headerFields(header: ReportHeader): Array<[string, string]> {
  const review = header.review;
  return [
    ['Review status', review?.status ?? 'not recorded'],
    ['Reviewer', review?.reviewer ?? 'not recorded'],
    ['Review date', review?.date ?? 'not recorded'],
    ['Author', header.author ? `${header.author}${header.credentials ? `, ${header.credentials}` : ''}` : 'not recorded'],
    ['Last updated', header.updated ?? 'not recorded'],
  ];
}

/** The verdict's tone, for colour: fine, to check, or a gap. */
export function verdictTone(verdict: string): 'ok' | 'note' | 'gap' | 'warn' {
  if (verdict === 'supported') return 'ok';
  if (verdict === 'cited' || verdict === 'no claim') return 'note';
  if (verdict === 'needs citation') return 'gap';
  return 'warn';
}
