/**
 * `check: unknown-citation-key`: a Pandoc citation key that the document's
 * bibliography does not define. Fixes: the closest keys (edit distance), and a
 * stub entry appended to the bibliography. Without any bibliography, one finding
 * says so instead of flagging every key.
 */
import { distance } from 'fastest-levenshtein';
import type { Fix, TextFile } from '../types';
import type { CheckKind } from './kind';

const MAX_SUGGESTIONS = 3;

export const unknownCitationKeyCheck: CheckKind = {
  kind: 'unknown-citation-key',
  fixes: 'yes: replaces the key with the closest one in the bibliography, or adds a stub entry',
  description: 'Flags Pandoc citation keys (`[@key]`, `@key`) that are not in the bibliography, with the closest keys and a stub bibliography entry as fixes.',
  messages: { 'no-bibliography': 'the document has no bibliography at all: one finding, on its first key, instead of one per key' },
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        const keys = citations.citations.flatMap((citation) => (citation.kind === 'pandoc' ? citation.keys : []));
        if (keys.length === 0) return;
        const { entries, files } = context.bibliography;
        if (files.length === 0) {
          report({ range: keys[0]!.range, variant: 'no-bibliography' });
          return;
        }
        const known = [...entries.keys()];
        for (const cited of keys) {
          if (entries.has(cited.key)) continue;
          const written = document.source.slice(cited.range.start, cited.range.end);
          const braced = written.includes('{');
          const fixes: Fix[] = closestKeys(cited.key, known).map((key, index) => ({
            title: `Replace \`@${cited.key}\` with \`@${key}\``,
            edits: [{ range: cited.range, newText: braced || /[^\p{L}\p{N}_:.#$%&\-+?<>~/]/u.test(key) ? `@{${key}}` : `@${key}` }],
            ...(index === 0 ? { isPreferred: true } : {}),
          }));
          const stub = stubFix(cited.key, files[0]!);
          report({ range: cited.range, fixes: [...fixes, stub] });
        }
      },
    };
  },
};

/** Known keys within a plausible edit distance, closest first. */
export function closestKeys(key: string, known: readonly string[]): string[] {
  const limit = Math.max(2, Math.floor(key.length / 3));
  return known
    .map((candidate) => ({ candidate, cost: distance(key.toLowerCase(), candidate.toLowerCase()) }))
    .filter(({ cost }) => cost <= limit)
    .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ candidate }) => candidate);
}

function stubFix(key: string, file: TextFile): Fix {
  const lower = file.path.toLowerCase();
  const end = file.text.length;
  const lead = file.text.length === 0 || file.text.endsWith('\n') ? '' : '\n';
  let text: string;
  if (lower.endsWith('.json')) {
    // Insert before the closing bracket of the array.
    const close = file.text.lastIndexOf(']');
    const hasItems = /\{[\s\S]*\}/.test(file.text.slice(0, close));
    const item = `${hasItems ? ',' : ''}\n  { "id": ${JSON.stringify(key)}, "type": "article-journal", "title": "TODO" }\n`;
    return { title: `Add a stub entry for \`${key}\` to ${baseName(file.path)}`, edits: [], fileEdits: [{ path: file.path, edits: [{ range: { start: close, end: close }, newText: item }] }] };
  }
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) text = `${lead}- id: ${key}\n  type: article-journal\n  title: TODO\n`;
  else text = `${lead}\n@article{${key},\n  title = {TODO},\n  author = {TODO},\n  year = {TODO},\n}\n`;
  return { title: `Add a stub entry for \`${key}\` to ${baseName(file.path)}`, edits: [], fileEdits: [{ path: file.path, edits: [{ range: { start: end, end }, newText: text }] }] };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
