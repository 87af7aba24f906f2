/**
 * The workspace's Markdown texts for "find all references" of a citation key: walked once, on the first request, and
 * then kept current from watched-file events; open documents take precedence over the files under them.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { DocumentSession } from '../node/session';

// Very large files are left out, as the editor's own search does.
const MAX_FILE_BYTES = 5_000_000;

export interface ReferencesIndex {
  /** Every Markdown text of the workspace by URI (open buffers over files). */
  texts(): Promise<Map<string, string>>;
  /** Files created, changed or deleted on disk. */
  changed(uris: readonly string[]): void;
}

export function createReferencesIndex(session: DocumentSession, documents: TextDocuments<TextDocument>): ReferencesIndex {
  const fs = session.fileSystem;
  let files: Promise<Map<string, string>> | undefined;
  const pending = new Set<string>();

  async function read(path: string): Promise<string | undefined> {
    const found = await fs.stat(path);
    if (found?.type !== 'file' || found.size > MAX_FILE_BYTES) return undefined;
    return fs.readFile(path).catch(() => undefined);
  }

  async function build(): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    for (const path of await session.markdownFiles()) {
      const text = await read(path);
      if (text !== undefined) texts.set(fs.uriOf(path), text);
    }
    return texts;
  }

  return {
    async texts() {
      files ??= build();
      const texts = await files;
      for (const uri of [...pending]) {
        pending.delete(uri);
        const path = fs.pathOf(uri);
        const text = path ? await read(path) : undefined;
        if (text === undefined) texts.delete(uri);
        else texts.set(uri, text);
      }
      const merged = new Map(texts);
      for (const document of documents.all()) if (/\.(md|markdown)$/i.test(document.uri) || document.languageId === 'markdown') merged.set(document.uri, document.getText());
      return merged;
    },
    changed(uris) {
      // Only once built; before that the first request walks the workspace anyway.
      if (files) for (const uri of uris) pending.add(uri);
    },
  };
}
