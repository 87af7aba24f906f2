/**
 * Publishes problems found in files other than the open Markdown documents
 * (config files, rule packs, bibliographies) as push diagnostics on those files,
 * and clears them once fixed.
 */
import type { Connection } from 'vscode-languageserver';
import type { FileSystem } from '../node/file-system';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Problem } from '../engine/index';
import { problemToDiagnostic } from './convert';

/** Creates the publisher; `publish` takes every current problem with the texts to place them. */
export function createProblemPublisher(connection: Connection, fs: Pick<FileSystem, 'uriOf'>) {
  let published = new Set<string>();
  return {
    publish(problems: Array<{ problem: Problem; text: string }>): void {
      const byUri = new Map<string, Array<{ problem: Problem; text: string }>>();
      for (const item of problems) {
        if (!item.problem.path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(item.problem.path)) continue;
        const uri = fs.uriOf(item.problem.path);
        byUri.set(uri, [...(byUri.get(uri) ?? []), item]);
      }
      for (const uri of published) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      for (const [uri, items] of byUri) {
        const document = TextDocument.create(uri, 'plaintext', 0, items[0]!.text);
        const seen = new Set<string>();
        const diagnostics = items
          .filter(({ problem }) => {
            const key = `${problem.range?.start}|${problem.message}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          })
          .map(({ problem }) => problemToDiagnostic(document, problem));
        void connection.sendDiagnostics({ uri, diagnostics });
      }
      published = new Set(byUri.keys());
    },
  };
}
