/**
 * `check: required-statement`: a statement every document of a profile must carry somewhere: a medical disclaimer
 * for patients, a disclosure of commercial interest in product copy (domain reference §16). The statement is found by
 * the rule's `phrases` (data: a project extends the rule with its own wording), anywhere in the prose (a heading
 * counts), or by a front matter key (`key`, e.g. `disclaimer: true` when the site template shows one). The fix
 * inserts the team's own text (`text`) at the end or the start of the document.
 */
import { buildIndex, compilePattern, findMatches } from '../text/patterns';
import { documentAnchor, frontMatterOf, newlineOf } from './document-record';
import type { CheckKind, OptionSchema } from './kind';
import type { FrontMatter } from '../markdown/front-matter';
import type { Fix } from '../types';

const OPTIONS = {
  key: { type: 'string', default: '', description: 'A front matter key (or several, comma-separated) whose presence counts as the statement.' },
  text: { type: 'string', default: '', description: "The statement the fix inserts (the team's own wording; Markdown). No fix when empty." },
  place: { enum: ['end', 'start'], default: 'end', description: 'Where the fix inserts `text`: at the end of the document, or after its front matter and title.' },
} satisfies Record<string, OptionSchema>;

export const requiredStatementCheck: CheckKind = {
  kind: 'required-statement',
  fixes: "yes: adds the team's statement",
  description:
    "Flags a document in which none of the rule's `phrases` occurs (anywhere in its prose, headings included) and no front matter `key` is set: a missing disclaimer or disclosure. The finding sits on the front matter or the first line; the fix inserts the option `text` at the `place` given.",
  fields: { required: ['phrases'], optional: ['exceptions'], forbidden: ['swap'] },
  quotesText: false,
  options: OPTIONS,
  compile(rule) {
    const index = buildIndex((rule.phrases ?? []).map((pattern, tag) => ({ sequences: compilePattern(pattern), tag })));
    return {
      runDocument(prepared, _facts, report, options) {
        const source = prepared.source;
        const frontMatter = frontMatterOf(source);
        const keys = String(options['key'] ?? '')
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean);
        if (keys.some((key) => hasKey(source, frontMatter, key))) return;
        for (const { chunk } of prepared.chunks) {
          for (const tokens of chunk.tokens) if (findMatches(tokens, index).length > 0) return;
        }
        const anchor = documentAnchor(source, frontMatter);
        if (!anchor) return;
        const text = String(options['text'] ?? '').trim();
        const fixes: Fix[] = text ? [{ ...insertStatement(source, frontMatter, text, options['place'] === 'start'), isPreferred: true }] : [];
        report({ range: anchor, fixes, wholeDocument: true });
      },
    };
  },
};

/** Whether the front matter sets `key` (to anything but false or nothing). */
function hasKey(source: string, frontMatter: FrontMatter, key: string): boolean {
  if (key === 'disclaimer') return frontMatter.disclaimer !== undefined && !/^(?:false|no|)$/i.test(frontMatter.disclaimer.value);
  if (!frontMatter.block) return false;
  const yaml = source.slice(0, frontMatter.block.insertAt);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}[ \\t]*:[ \\t]*(?!(?:false|no|''|"")?[ \\t]*(?:#.*)?$)\\S`, 'm').test(yaml);
}

/** Inserts `text` as its own paragraph at the end, or at the start (after the front matter and a first heading). */
function insertStatement(source: string, frontMatter: FrontMatter, text: string, atStart: boolean): Fix {
  const newline = newlineOf(source);
  const paragraph = text.replace(/\r?\n/g, newline);
  if (!atStart) {
    const trimmed = source.replace(/\s+$/, '');
    const at = trimmed.length;
    return { title: 'Add the statement at the end', edits: [{ range: { start: at, end: source.length }, newText: `${at > 0 ? newline + newline : ''}${paragraph}${newline}` }] };
  }
  let at = frontMatter.block?.range.end ?? 0;
  // After blank lines and a first heading (and the blank lines after it): the statement opens the text.
  at += /^(?:[ \t]*\r?\n)*(?:#{1,6}[ \t][^\r\n]*(?:\r?\n|$))?(?:[ \t]*\r?\n)*/.exec(source.slice(at))![0].length;
  const before = at > 0 && !source.slice(0, at).endsWith('\n') ? newline + newline : '';
  return { title: 'Add the statement at the top', edits: [{ range: { start: at, end: at }, newText: `${before}${paragraph}${newline}${at < source.length ? newline : ''}` }] };
}
