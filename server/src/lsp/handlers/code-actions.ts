/**
 * Quick fixes: the rule's own fixes (of the finding `Diagnostic.data` names, in the analysis of the version it was
 * made for; versioned edits), citation suggestions ranked on demand, "Add … to the accepted vocabulary" for wording
 * rules, "Accept as reviewed…", and the suppressions.
 */
import { basename } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { acceptablePhrase, acceptsVocabulary, insertCitationFixes, minimalEdit } from '../../engine/index';
import type { DocumentAnalysis } from '../../node/session';
import type { ServerContext } from '../context';
import { findingOf, toCodeActions, toLspFix, toRangeInText, type DiagnosticData, type LspFix } from '../convert';
import { otherFiles } from './diagnostics';
import { runSafe } from '../safe';
import { acceptAsReviewedAction } from './decisions';
import { reviewStatusActions } from './review-status';

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction((params, token) =>
    runSafe(context.connection, 'code actions', params.textDocument.uri, [] as CodeAction[], async () => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return [];
      const analysis = await context.analysisOf(document);
      if (token.isCancellationRequested) return [];
      const files = otherFiles(context, analysis);
      const noOtherFiles = { uriOf: (path: string) => context.session.fileSystem.uriOf(path), text: () => '', version: () => undefined };
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        const finding = findingOf(document, analysis.result.findings, diagnostic);
        // Citation suggestions are ranked here, on demand, not on every keystroke.
        const suggested = finding?.citationSlot
          ? insertCitationFixes(document.getText(), finding.citationSlot, analysis.bibliography.context.bibliography).map((fix) => toLspFix(document, fix, noOtherFiles))
          : [];
        actions.push(
          ...toCodeActions(document.uri, diagnostic, {
            before: suggested,
            own: (finding?.fixes ?? []).map((fix) => toLspFix(document, fix, files)),
            after: await acceptPhraseFixes(context, document, analysis, diagnostic),
            suppressions: (finding?.suppressions ?? []).map((fix) => toLspFix(document, fix, files)),
          }),
          ...acceptAsReviewedAction(document, analysis, diagnostic),
          ...(diagnostic.source === 'claimlint' ? reviewStatusActions(diagnostic) : []),
        );
      }
      return actions;
    }),
  );
}

/** "Add … to the accepted vocabulary": edits (or creates) the document's config file, as a minimal edit. */
async function acceptPhraseFixes(context: ServerContext, document: TextDocument, analysis: DocumentAnalysis, diagnostic: Diagnostic): Promise<LspFix[]> {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data || document.version !== data.version || !analysis.path) return [];
  if (!acceptsVocabulary(analysis.project.config.rules, String(diagnostic.code ?? ''))) return [];
  const phrase = acceptablePhrase(document.getText(diagnostic.range));
  if (!phrase) return [];
  const uriOf = (path: string): string => context.session.fileSystem.uriOf(path);
  const configPath = analysis.project.configPath;
  const open = configPath ? context.documents.get(uriOf(configPath)) : undefined;
  const edit = await context.session.vocabularyEdit(analysis, phrase, open?.getText());
  if (!edit) return [];
  // Only the changed lines: the writer's layout and comments elsewhere stay as they are.
  const change = minimalEdit(edit.before, edit.after);
  return [
    {
      title: `Add "${phrase}" to the accepted vocabulary (${edit.exists ? 'in' : 'new'} ${basename(edit.configPath)})`,
      edits: [],
      fileEdits: [{ uri: uriOf(edit.configPath), edits: [{ range: toRangeInText(edit.before, change), newText: change.newText }], create: !edit.exists, ...(open ? { version: open.version } : {}) }],
    },
  ];
}
