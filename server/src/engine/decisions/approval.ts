/**
 * The approval fingerprint of a document: the fingerprint of every prose sentence (headings, list items and table
 * cells included; front matter, code and HTML are not prose) as a reviewer approved it. A sentence whose fingerprint
 * is not among them changed since the approval, the same way an accepted finding lapses when its sentence changes.
 */
import { prepareDocument, type PreparedDocument } from '../document';
import { sourceRange } from '../markdown/prose';
import type { TextRange } from '../types';
import { sentenceFingerprint } from './ledger';

/** Every prose sentence of the document, in order, as absolute ranges. */
export function documentSentences(prepared: PreparedDocument): TextRange[] {
  const ranges: TextRange[] = [];
  for (const { start, chunk } of prepared.chunks) {
    chunk.blocks.forEach((block, index) => {
      for (const sentence of chunk.sentences(index)) {
        if (sentence.range.end <= sentence.range.start) continue;
        const inChunk = sourceRange(block, sentence.range.start, sentence.range.end);
        const range = { start: inChunk.start + start, end: inChunk.end + start };
        if (/[\p{L}\p{N}]/u.test(prepared.source.slice(range.start, range.end))) ranges.push(range);
      }
    });
  }
  return ranges;
}

/** The sorted, distinct fingerprints of the document's sentences: what an approval records. */
export function approvalFingerprints(text: string): string[] {
  const prepared = prepareDocument(text);
  return [...new Set(documentSentences(prepared).map((range) => sentenceFingerprint(text.slice(range.start, range.end))))].sort();
}

/** The sentences of the document that are not as approved (new or changed). */
export function changedSinceApproval(prepared: PreparedDocument, fingerprints: readonly string[]): TextRange[] {
  const approved = new Set(fingerprints);
  return documentSentences(prepared).filter((range) => !approved.has(sentenceFingerprint(prepared.source.slice(range.start, range.end))));
}
