/**
 * Pull diagnostics: findings, unused directives and document problems of one document, plus a summary of config
 * errors. A pull superseded while it waits is cancelled before the lint runs.
 */
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type CancellationToken, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';
import type { Problem } from '../../engine/index';
import type { DocumentAnalysis } from '../../node/session';
import type { ServerContext } from '../context';
import { configProblemsDiagnostic, problemToDiagnostic, toDiagnostic, unusedDirectiveDiagnostic, type OtherFiles } from '../convert';
import { runSafe } from '../safe';
import { yieldToEventLoop } from '../yield';

export function registerDiagnostics(context: ServerContext): void {
  const { connection } = context;
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const uri = params.textDocument.uri;
    const document = context.snapshot(uri);
    if (!document || !(await context.settings.forResource(uri)).enable) return empty;
    // Let a newer pull (the writer kept typing) cancel this one before any work is done.
    await yieldToEventLoop();
    throwIfCancelled(token);
    return runSafe(connection, 'diagnostics', uri, empty, async () => {
      const analysis = await context.analysisOf(document);
      throwIfCancelled(token);
      await publishFileProblems(context);
      const { result, project, bibliography } = analysis;
      const documentPath = analysis.path;
      const items: Diagnostic[] = [
        ...configProblemsDiagnostic(project.problems),
        ...result.findings.map((finding, index) => toDiagnostic(document, finding, index, context.docUrl(finding.ruleId))),
        ...(result.unusedDirectives ?? []).map((range) => unusedDirectiveDiagnostic(document, range)),
        ...[...bibliography.problems, ...result.problems]
          .filter((problem) => problem.path === uri || (documentPath !== undefined && problem.path === documentPath))
          .map((problem) => problemToDiagnostic(document, problem)),
      ];
      // The writer typed while this pull waited: its answer describes a text the editor no longer shows. Ask for a
      // new pull rather than paint an old version's squiggles on the new text.
      if (context.documents.get(uri)?.version !== document.version) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed during the pull', { retriggerRequest: true });
      return { kind: DocumentDiagnosticReportKind.Full, items };
    });
  });
}

/** The LSP answer for a request the client cancelled: asks it to pull again later. */
function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer request', { retriggerRequest: true });
}

/**
 * Files that fixes edit besides the document (bibliography stubs), with the text the engine saw. An open buffer
 * that differs from it gets a version no buffer has, so the client refuses the stale edit instead of misplacing it.
 */
export function otherFiles(context: ServerContext, analysis: DocumentAnalysis): OtherFiles {
  const texts = new Map(analysis.bibliography.texts);
  const fs = context.session.fileSystem;
  return {
    uriOf: (path) => fs.uriOf(path),
    text: (path) => texts.get(path) ?? '',
    version: (path) => {
      const open = context.documents.get(fs.uriOf(path));
      if (!open) return undefined;
      return open.getText() === texts.get(path) ? open.version : -1;
    },
  };
}

/** Publishes problems in config, rule, bibliography and ledger files on those files. */
async function publishFileProblems(context: ServerContext): Promise<void> {
  const items: Array<{ problem: Problem; text: string }> = [];
  for (const project of await context.session.projects()) for (const problem of project.problems) items.push({ problem, text: project.texts.get(problem.path) ?? '' });
  for (const document of context.documents.all()) {
    // Only analyses already made: a pull must not re-lint every open document. One document that cannot be analysed
    // must not blank the others: its own pull reports the failure.
    const analysis = await context.session.keptAnalysis(document.uri, document.version)?.catch(() => undefined);
    if (!analysis) continue;
    const { bibliography, ledger } = analysis;
    for (const problem of bibliography.problems) if (bibliography.texts.has(problem.path)) items.push({ problem, text: bibliography.texts.get(problem.path)! });
    for (const problem of ledger?.problems ?? []) items.push({ problem, text: ledger!.text });
  }
  context.problems.publish(items);
}
