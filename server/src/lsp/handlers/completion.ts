/**
 * Citation-key completion after `@`, from the document's bibliography.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { completeCitationKey } from '../../engine/index';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { runSafe } from '../safe';

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion((params, token) =>
    runSafe(context.connection, 'completion', params.textDocument.uri, [] as CompletionItem[], async () => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return [];
      const { bibliography } = await context.analysisOf(document);
      if (token.isCancellationRequested) return [];
      return completeCitationKey(document.getText(), toOffset(document, params.position), bibliography.context.bibliography).map((item): CompletionItem => ({
        label: item.key,
        kind: CompletionItemKind.Reference,
        detail: item.label,
        documentation: { kind: MarkupKind.Markdown, value: item.documentation },
        filterText: `${item.key} ${item.label}`,
        sortText: item.sortText,
        textEdit: { range: toRange(document, item.range), newText: item.key },
      }));
    }),
  );
}
