/** The evidence report (claims matrix): its model, builder and renderers. */
export { buildDocumentReport, type ReportInput } from './build';
export { readReportHeader } from './header';
export { escapeHtml, renderCsv, renderHtml, renderJson, renderMarkdown, renderReport, REPORT_FORMATS, type HtmlOptions, type ReportFormat } from './render';
export type { ClaimRow, DocumentReport, EvidenceReport, ReportCitation, ReportDecision, ReportFinding, ReportHeader, ReportSource, ReportSummary } from './model';
