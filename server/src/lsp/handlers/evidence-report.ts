/**
 * The evidence report of an open document (EVIDENCE_REPORT): the same report `claimlint report` writes, rendered by
 * the server so the client only shows it (a webview) or saves it. The document is named by its workspace-relative
 * path when it has one.
 */
import { relative } from 'node:path';
import { renderReport } from '../../engine/index';
import { documentReport } from '../../node/evidence-report';
import { EVIDENCE_REPORT, type EvidenceReportParams, type EvidenceReportResult } from '../../protocol';
import type { ServerContext } from '../context';
import { runSafe } from '../safe';

const FORMATS = new Set(['html', 'csv', 'md', 'json']);

export function registerEvidenceReport(context: ServerContext): void {
  context.connection.onRequest(EVIDENCE_REPORT, (params: EvidenceReportParams) =>
    runSafe(context.connection, 'evidence report', params.textDocument.uri, null, async (): Promise<EvidenceReportResult> => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return null;
      const format = FORMATS.has(params.format) ? params.format : 'html';
      const analysis = await context.analysisOf(document);
      const name = analysis.path ? relative(analysis.root, analysis.path) || analysis.path : document.uri;
      const report = documentReport(analysis, document.getText(), name);
      const content = renderReport({ version: 1, documents: [report] }, format, format === 'html' && typeof params.nonce === 'string' ? { nonce: params.nonce } : {});
      return { content, version: document.version, rows: report.rows.length };
    }),
  );
}
