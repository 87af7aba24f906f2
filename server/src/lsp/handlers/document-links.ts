/**
 * DOIs written as text become links to doi.org.
 */
import { doiLinks } from '../../engine/index';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { runSafe } from '../safe';

export function registerDocumentLinks(context: ServerContext): void {
  context.connection.onDocumentLinks((params) =>
    runSafe(context.connection, 'document links', params.textDocument.uri, [], () => {
      const document = context.snapshot(params.textDocument.uri);
      if (!document) return [];
      return doiLinks(document.getText()).map((link) => ({ range: toRange(document, link.range), target: link.target, tooltip: `Open ${link.target}` }));
    }),
  );
}
