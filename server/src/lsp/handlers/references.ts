/**
 * "Find all references" of a citation key, across the workspace's Markdown files.
 */
import type { Location } from 'vscode-languageserver';
import { citationAt, keyOccurrences } from '../../engine/index';
import type { ServerContext } from '../context';
import { toLocation, toOffset } from '../convert';
import { runSafe } from '../safe';

export function registerReferences(context: ServerContext): void {
  context.connection.onReferences((params, token) =>
    runSafe(context.connection, 'references', params.textDocument.uri, [] as Location[], async () => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return [];
      const key = citationAt(document.getText(), toOffset(document, params.position))?.key?.key;
      if (!key) return [];
      const locations: Location[] = [];
      for (const [uri, text] of await context.references.texts()) {
        if (token.isCancellationRequested) return [];
        for (const range of keyOccurrences(text, key)) locations.push(toLocation(uri, text, range));
      }
      return locations;
    }),
  );
}
