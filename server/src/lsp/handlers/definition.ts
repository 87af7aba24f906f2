/**
 * "Go to definition" on a citation key: its entry in the bibliography file.
 */
import { citationDefinition } from '../../engine/index';
import type { ServerContext } from '../context';
import { toLocation, toOffset } from '../convert';
import { runSafe } from '../safe';

export function registerDefinition(context: ServerContext): void {
  context.connection.onDefinition((params, token) =>
    runSafe(context.connection, 'definition', params.textDocument.uri, null, async () => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return null;
      const { bibliography } = await context.analysisOf(document);
      if (token.isCancellationRequested) return null;
      const target = citationDefinition(document.getText(), toOffset(document, params.position), bibliography.context.bibliography);
      if (!target) return null;
      return toLocation(context.session.fileSystem.uriOf(target.path), bibliography.texts.get(target.path) ?? '', target.range);
    }),
  );
}
