/**
 * Hover: the cited source under the cursor, the findings there with their rationale and source, or, on a claim with
 * no finding, which citation the linter took as its source.
 */
import { MarkupKind } from 'vscode-languageserver';
import { citationHover, coverageHover, findingsAt, hoverMarkdown } from '../../engine/index';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { runSafe } from '../safe';

export function registerHover(context: ServerContext): void {
  context.connection.onHover((params, token) =>
    runSafe(context.connection, 'hover', params.textDocument.uri, null, async () => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return null;
      const offset = toOffset(document, params.position);
      const analysis = await context.analysisOf(document);
      if (token.isCancellationRequested) return null;
      const parts: string[] = [];
      const citation = citationHover(document.getText(), offset, analysis.bibliography.context.bibliography);
      if (citation) parts.push(citation.markdown);
      const findings = findingsAt(analysis.result, offset);
      if (findings.length > 0) parts.push(hoverMarkdown(findings, context.docUrl));
      const coverage = parts.length === 0 ? coverageHover(document.getText(), offset, analysis.bibliography.context.citationScope) : undefined;
      if (coverage) return { contents: { kind: MarkupKind.Markdown, value: coverage.markdown }, range: toRange(document, coverage.range) };
      if (parts.length === 0) return null;
      return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(citation ? { range: toRange(document, citation.range) } : {}) };
    }),
  );
}
