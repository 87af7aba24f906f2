/**
 * Builds the evidence report of one analysed document from what the adapters already have: its text, bibliography
 * and citation scope, and its lint result (open findings, findings accepted as hints, and, with `keepSuppressed`,
 * the findings directives and the ledger silenced). Strength and verdict come from `analyze`, so the report and
 * `claimlint analyze` never disagree. Pure; never throws on document text.
 */
import { analyze, type SentenceReport } from '../analyze';
import { evidenceProfile } from '../bibliography/classify';
import { formatReference, shortLabel } from '../bibliography/format';
import type { Bibliography } from '../bibliography/model';
import type { CitationScope } from '../checks/kind';
import { coverageOf } from '../citations/coverage';
import { recognizeCitations, type Citation, type DocumentCitations } from '../citations/recognize';
import { prepareDocument, type PreparedDocument } from '../document';
import { sourceRange } from '../markdown/prose';
import { lowerBound, upperBound } from '../text/sorted';
import type { Finding, SuppressedFinding } from '../types';
import { readReportHeader } from './header';
import type { ClaimRow, DocumentReport, ReportCitation, ReportDecision, ReportFinding, ReportSource } from './model';

/** What the report of one document is built from. */
export interface ReportInput {
  /** How the report names the document (a path as typed, a URI). */
  document: string;
  text: string;
  bibliography: Bibliography;
  citationScope: CitationScope;
  /** The lint result's findings (accepted ones shown as hints carry `accepted`). */
  findings: readonly Finding[];
  /** The findings directives and the ledger silenced (`LintResult.suppressed`). */
  suppressed?: readonly SuppressedFinding[];
  /** The document matched an `ignore` glob: reported with no rows. */
  ignored?: boolean;
}

// A citation right after a sentence's full stop ("… alone. [1]") belongs to it, as in `analyze`.
const TRAILING_CITATION = 2;

/** The report of one document. */
export function buildDocumentReport(input: ReportInput): DocumentReport {
  const { text } = input;
  const header = readReportHeader(text);
  if (input.ignored) return { document: input.document, header, ignored: true, rows: [], otherFindings: [], summary: summaryOf([]) };
  const lineOf = lineLocator(text);
  const prepared = prepareDocument(text);
  const recognized = recognizeCitations(prepared);
  // A citation the sentence splitter cut off ("… syndrome. 1") is no sentence of its own: it trails the one before.
  const all = [...recognized.citations].sort((a, b) => a.range.start - b.range.start);
  const allStarts = all.map((c) => c.range.start);
  const overlapping = (start: number, end: number): Citation[] => {
    // Citations starting in the sentence, and those before it that reach into it (a link around its words).
    let first = lowerBound(allStarts, start);
    while (first > 0 && all[first - 1]!.range.end > start) first--;
    return all.slice(first, lowerBound(allStarts, end));
  };
  const sentences = analyze(text, input.bibliography, input.citationScope).filter((sentence) => !onlyCitations(text, sentence, overlapping(sentence.range.start, sentence.range.end)));
  const resolver = sourceResolver(text, recognized, input.bibliography);

  // Each finding and decision goes to the sentence holding its first character (or the one it trails).
  const owner = sentenceOwner(sentences);
  const findingsOf = new Map<number, ReportFinding[]>();
  const decisionsOf = new Map<number, ReportDecision[]>();
  const otherFindings: ReportFinding[] = [];
  for (const finding of input.findings) {
    const index = owner(finding.range.start);
    if (finding.accepted) {
      if (index !== undefined) push(decisionsOf, index, { ruleId: finding.ruleId, kind: 'ledger', ...finding.accepted });
      continue;
    }
    const reported: ReportFinding = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, line: lineOf(finding.range.start).line };
    if (index === undefined) otherFindings.push(reported);
    else push(findingsOf, index, reported);
  }
  for (const finding of input.suppressed ?? []) {
    const index = owner(finding.range.start);
    if (index === undefined) continue;
    const by = finding.suppressedBy;
    const decision: ReportDecision =
      by.kind === 'ledger'
        ? {
            ruleId: finding.ruleId,
            kind: 'ledger',
            reviewer: by.reviewer,
            date: by.date,
            reason: by.reason,
            ...(by.reference ? { reference: by.reference } : {}),
            ...(by.locator ? { locator: by.locator } : {}),
          }
        : { ruleId: finding.ruleId, kind: 'directive', ...(by.reason ? { reason: by.reason } : {}) };
    push(decisionsOf, index, decision);
  }

  // For a claim `analyze` calls cited though it holds no citation: the citation nearby that covers it.
  const coveringCitation = coveringLookup(prepared, recognized, input.citationScope);
  const cited = recognized.citations.filter((c) => c.kind !== 'placeholder').sort((a, b) => a.range.start - b.range.start);
  const citedStarts = cited.map((c) => c.range.start);
  const rows: ClaimRow[] = [];
  sentences.forEach((sentence, index) => {
    const citations = cited.slice(lowerBound(citedStarts, sentence.range.start), upperBound(citedStarts, sentence.range.end + TRAILING_CITATION));
    const covering = citations.length === 0 && sentence.verdict === 'cited' ? coveringCitation(sentence.range) : undefined;
    const findings = findingsOf.get(index) ?? [];
    const decisions = decisionsOf.get(index) ?? [];
    if (!sentence.isClaim && citations.length === 0 && findings.length === 0 && decisions.length === 0) return;
    const at = lineOf(sentence.range.start);
    rows.push({
      line: at.line,
      column: at.column,
      range: { start: sentence.range.start, end: sentence.range.end },
      sentence: sentence.text.replace(/\s+/g, ' ').trim(),
      strength: sentence.strength,
      isClaim: sentence.isClaim,
      citations: [
        ...citations.map((citation): ReportCitation => ({ text: collapse(citation.text), kind: citation.kind, sources: resolver(citation) })),
        ...(covering ? [{ text: collapse(covering.text), kind: covering.kind, sources: resolver(covering), nearby: true as const }] : []),
      ],
      verdict: sentence.verdict,
      findings: findings.sort(byLineAndRule),
      decisions: decisions.sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
    });
  });
  return { document: input.document, header, rows, otherFindings: otherFindings.sort(byLineAndRule), summary: summaryOf(rows) };
}

/** Whether nothing but `citations` (those overlapping the sentence, in order) and punctuation makes the sentence. */
function onlyCitations(text: string, sentence: SentenceReport, citations: readonly Citation[]): boolean {
  const { start, end } = sentence.range;
  let rest = '';
  let at = start;
  for (const citation of citations) {
    if (citation.range.end <= start || citation.range.start >= end) continue;
    rest += text.slice(at, Math.max(at, citation.range.start));
    at = Math.max(at, citation.range.end);
  }
  rest += text.slice(at, end);
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** The citation that covers a sentence from elsewhere (later in its paragraph, its list's lead-in, …), as `analyze` decides. */
function coveringLookup(prepared: PreparedDocument, recognized: DocumentCitations, scope: CitationScope): (sentence: { start: number; end: number }) => Citation | undefined {
  const coverage = coverageOf(prepared, recognized.citations, scope);
  const blockOf = new Map<number, { start: number; end: number }>();
  for (const { start, chunk } of prepared.chunks)
    chunk.blocks.forEach((block, index) => {
      const range = { start: block.range.start + start, end: block.range.end + start };
      for (const sentence of chunk.sentences(index)) blockOf.set(sourceRange(block, sentence.range.start, sentence.range.end).start + start, range);
    });
  return (sentence) => {
    const block = blockOf.get(sentence.start);
    return block ? coverage.covering(sentence, block) : undefined;
  };
}

function summaryOf(rows: readonly ClaimRow[]): DocumentReport['summary'] {
  return {
    rows: rows.length,
    claims: rows.filter((row) => row.isClaim).length,
    cited: rows.filter((row) => row.citations.length > 0).length,
    needsCitation: rows.filter((row) => row.verdict === 'needs citation').length,
    openFindings: rows.reduce((sum, row) => sum + row.findings.length, 0),
    decisions: rows.reduce((sum, row) => sum + row.decisions.length, 0),
  };
}

function byLineAndRule(a: ReportFinding, b: ReportFinding): number {
  return a.line - b.line || a.ruleId.localeCompare(b.ruleId);
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index of the sentence holding `offset`, or the one it trails by a citation's gap; undefined outside prose. */
function sentenceOwner(sentences: readonly SentenceReport[]): (offset: number) => number | undefined {
  // Sentences come in document order and do not overlap.
  const starts = sentences.map((sentence) => sentence.range.start);
  return (offset) => {
    const index = upperBound(starts, offset) - 1;
    if (index < 0) return undefined;
    const { end } = sentences[index]!.range;
    return offset < end || offset <= end + TRAILING_CITATION ? index : undefined;
  };
}

/** 1-based line and column (UTF-16 code units) of an offset; `\n` ends a line, so CRLF counts once. */
function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Resolves a citation to its sources: bibliography entries by key, reference-list items by number, footnotes, links. */
function sourceResolver(text: string, recognized: DocumentCitations, bibliography: Bibliography): (citation: Citation) => ReportSource[] {
  const items = new Map<number, string>();
  for (const item of recognized.referenceItems) if (item.number !== undefined && !items.has(item.number)) items.set(item.number, collapse(item.text));
  const footnotes = new Map<string, string>();
  for (const { label, range } of recognized.footnoteDefinitions) if (!footnotes.has(label)) footnotes.set(label, collapse(text.slice(range.start, range.end).replace(/^\[\^[^\]]*\]:\s*/, '')));
  return (citation) => {
    if (citation.keys.length > 0)
      return citation.keys.map(({ key }): ReportSource => {
        const entry = bibliography.entries.get(key);
        if (!entry) return { key, unresolved: true };
        const profile = evidenceProfile(entry);
        return {
          key,
          reference: plain(formatReference(entry)),
          label: shortLabel(entry),
          design: profile.design,
          designBasis: profile.basis,
          ...(profile.level ? { evidenceLevel: profile.level } : {}),
        };
      });
    if (citation.numbers.length > 0) return citation.numbers.map((number): ReportSource => (items.has(number) ? { number, reference: items.get(number)! } : { number, unresolved: true }));
    if (citation.kind === 'footnote' && citation.label !== undefined) {
      const note = footnotes.get(citation.label);
      return [note ? { reference: note } : { unresolved: true }];
    }
    if (citation.url) return [{ reference: citation.url }];
    return [];
  };
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A formatted reference without its Markdown emphasis (`*Journal*`). */
function plain(reference: string): string {
  return reference.replace(/\*([^*]+)\*/g, '$1');
}
