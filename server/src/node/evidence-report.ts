/**
 * The evidence report of one analysed document, for every adapter (the CLI's `report`, the editor's report panel):
 * the analysis the session made, with the findings that directives and the decision ledger silenced, turned into the
 * engine's report model. A session that does not keep silenced findings (the editor's) lints once more with them;
 * the chunk memo makes that cheap.
 */
import { buildDocumentReport, lint, type DocumentReport } from '../engine/index';
import { withDecisions } from './decisions';
import type { DocumentAnalysis } from './session';

/** The report of `text`, analysed as `analysis`; `name` is how the report names the document. */
export function documentReport(analysis: DocumentAnalysis, text: string, name: string): DocumentReport {
  const { project, bibliography, ledger } = analysis;
  let result = analysis.result;
  if (!analysis.ignored && result.suppressed === undefined) {
    const linted = lint({ path: name, text }, project.config, bibliography.context, { keepSuppressed: true });
    result = analysis.path && ledger ? withDecisions(linted, text, analysis.path, project, ledger) : linted;
  }
  return buildDocumentReport({
    document: name,
    text,
    bibliography: bibliography.context.bibliography,
    citationScope: bibliography.context.citationScope,
    findings: result.findings,
    suppressed: result.suppressed ?? [],
    ...(analysis.ignored ? { ignored: true } : {}),
  });
}
