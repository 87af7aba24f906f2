/**
 * The evidence report (claims matrix) of analysed documents: one row per claim sentence with its strength, its
 * sources (formatted reference, study design, evidence level), the verdict of `analyze`, the open findings on it and
 * the reviewer decisions that accepted findings there. Plain data: `build.ts` makes it, `render-*.ts` print it.
 *
 * The JSON output of `claimlint report --format json` is exactly `EvidenceReport` (see `render-json.ts`).
 */
import type { ClaimStrength } from '../claims/strength';
import type { Severity } from '../types';

/** The report of one or more documents. */
export interface EvidenceReport {
  /** The shape's version; bumped when a field changes meaning or goes away (new optional fields do not bump it). */
  version: 1;
  documents: DocumentReport[];
}

/** What front matter and headings say about a document. Every field is optional: documents rarely carry them all. */
export interface ReportHeader {
  /** Front matter `title`, else the first level-1 heading. */
  title?: string;
  author?: string;
  credentials?: string;
  /** Front matter `updated` (or `last_updated`, `lastUpdated`), as written (dates as YYYY-MM-DD). */
  updated?: string;
  /** Front matter `review: { status, reviewer, date }`. */
  review?: { status?: string; reviewer?: string; date?: string };
}

/** A source a claim cites: a bibliography entry, a numbered reference item, a footnote or a link. */
export interface ReportSource {
  /** The citation key (Pandoc citations). */
  key?: string;
  /** The reference number (numeric and bare-number citations). */
  number?: number;
  /** Formatted reference: the bibliography entry's, else the reference-list item, footnote or link target as written. */
  reference?: string;
  /** "Gattie et al. 2017" (bibliography entries). */
  label?: string;
  /** Study design: recorded in the entry, else inferred from its title, keywords and abstract; "unknown" when neither. */
  design?: string;
  /** Whether the design is recorded in the bibliography or inferred. */
  designBasis?: 'recorded' | 'inferred';
  /** Evidence level (OCEBM 2011 from the design, or the entry's own `evidencelevel`). */
  evidenceLevel?: string;
  /** A key, number or footnote that resolves to nothing: the reviewer has no source to check. */
  unresolved?: true;
}

/** A citation in a claim sentence, as written, with the sources it names. */
export interface ReportCitation {
  text: string;
  kind: string;
  sources: ReportSource[];
  /**
   * Not in the sentence: the citation nearby that covers it under the citation scope (later in its paragraph or list
   * item, the list its lead-in introduces), which is why `analyze` calls the sentence cited.
   */
  nearby?: true;
}

/** A finding still open on a claim (or on the document). */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based line of the finding's first character. */
  line: number;
}

/** A reviewer's decision on a finding of the sentence: the ledger's, or an inline directive's. */
export interface ReportDecision {
  ruleId: string;
  /** `ledger`: accepted as reviewed in the decision ledger; `directive`: silenced by a comment in the document. */
  kind: 'ledger' | 'directive';
  reviewer?: string;
  date?: string;
  reason?: string;
  /** The supporting reference (citation key) and locator the reviewer gave. */
  reference?: string;
  locator?: string;
}

/** One claim sentence. */
export interface ClaimRow {
  /** 1-based line and column (UTF-16 code units, as SARIF and LSP count) of the sentence's first character. */
  line: number;
  column: number;
  /** The sentence's UTF-16 offsets in the document, for editors to reveal it. */
  range: { start: number; end: number };
  /** The sentence as written, whitespace collapsed. */
  sentence: string;
  strength: ClaimStrength;
  /** Whether claimlint reads it as a claim that needs support (a row may also be here for a finding or a citation). */
  isClaim: boolean;
  citations: ReportCitation[];
  /** From `analyze`: "supported", "cited", "needs citation", "stronger than the evidence (…)", … */
  verdict: string;
  findings: ReportFinding[];
  decisions: ReportDecision[];
}

/** Counts for the header of a document's section. */
export interface ReportSummary {
  rows: number;
  claims: number;
  cited: number;
  needsCitation: number;
  openFindings: number;
  decisions: number;
}

/** The report of one document. */
export interface DocumentReport {
  /** The document as the caller names it (the CLI: the path as typed; the editor: its URI). */
  document: string;
  header: ReportHeader;
  /** The document matched an `ignore` glob of its config: no rows. */
  ignored?: true;
  rows: ClaimRow[];
  /** Findings on no claim sentence (front matter, headings, lists of sources). */
  otherFindings: ReportFinding[];
  summary: ReportSummary;
}
