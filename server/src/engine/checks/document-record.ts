/**
 * Shared by the document-record kinds (`review-record`, `last-updated`, `attribution`, `required-statement`,
 * `required-link`): the front matter of the document, where a finding about the whole document sits, visible
 * "Last updated: …" and "Reviewed by …" lines, and the fix that adds keys to the front matter (creating it if absent,
 * in the document's line breaks).
 */
import type { PreparedChunk, PreparedDocument } from '../document';
import { parseDate, readFrontMatter, type FrontMatter } from '../markdown/front-matter';
import { sourceRange, type ProseBlock } from '../markdown/prose';
import type { Fix, TextRange } from '../types';

let lastSource: string | undefined;
let lastFrontMatter: FrontMatter | undefined;

/** The document's front matter, read once per text (several rules ask for it). */
export function frontMatterOf(source: string): FrontMatter {
  if (source !== lastSource || !lastFrontMatter) {
    lastFrontMatter = readFrontMatter(source);
    lastSource = source;
  }
  return lastFrontMatter;
}

/** The line break the document is written with. */
export function newlineOf(source: string): '\n' | '\r\n' {
  const crlf = source.split('\r\n').length - 1;
  return crlf > 0 && crlf * 2 >= source.split('\n').length - 1 ? '\r\n' : '\n';
}

/**
 * Where a finding about the whole document sits when no front matter key holds it: the opening `---` of the front
 * matter, else the document's first non-blank line (without its trailing spaces). None for a blank document.
 */
export function documentAnchor(source: string, frontMatter: FrontMatter): TextRange | undefined {
  if (frontMatter.block) return frontMatter.block.opening;
  const match = /\S[^\r\n]*/.exec(source);
  if (!match) return undefined;
  const text = match[0].replace(/\s+$/, '');
  return { start: match.index, end: match.index + text.length };
}

/** An empty value or a template's placeholder (`<name>`, `TODO`, `TBC`) counts as missing. */
export function isMissing(value: { value: string } | undefined): boolean {
  return !value || /^\s*(?:<[^>]*>|todo|tbc|tbd|n\/a|xx+)?\s*$/i.test(value.value);
}

/**
 * A fix that adds top-level `lines` (each `key: value`, nested lines indented) to the front matter: at the end of the
 * existing block, else in a new block at the top of the document.
 */
export function addFrontMatterFix(source: string, frontMatter: FrontMatter, title: string, lines: readonly string[]): Fix {
  const newline = frontMatter.block?.newline ?? newlineOf(source);
  if (frontMatter.block) {
    const at = frontMatter.block.insertAt;
    return { title, edits: [{ range: { start: at, end: at }, newText: lines.map((line) => `${newline}${line}`).join('') }] };
  }
  const body = lines.join(newline);
  const gap = source.length === 0 ? '' : /^\r?\n/.test(source) ? '' : newline;
  return { title, edits: [{ range: { start: 0, end: 0 }, newText: `---${newline}${body}${newline}---${newline}${gap}` }] };
}

/**
 * A fix that adds keys to the `review:` block (block style only; a flow-style `{ … }` block gets none): after the
 * block's last line, indented like its entries.
 */
export function addReviewKeysFix(source: string, frontMatter: FrontMatter, title: string, lines: readonly string[]): Fix | undefined {
  const review = frontMatter.review;
  const block = frontMatter.block;
  if (!review || !block) return undefined;
  const entries = [review.status, review.reviewer, review.date].filter((entry) => entry?.entry);
  if (entries.length === 0) return undefined;
  const last = entries.reduce((a, b) => (b!.entry!.end > a!.entry!.end ? b : a))!.entry!;
  const first = entries.reduce((a, b) => (b!.entry!.start < a!.entry!.start ? b : a))!.entry!;
  const lineStart = source.lastIndexOf('\n', first.start - 1) + 1;
  const indent = source.slice(lineStart, first.start);
  // Flow style (`review: { status: … }`): the entries share the `review` line.
  if (!/^[ \t]+$/.test(indent)) return undefined;
  const lineEnd = source.slice(last.end).search(/\r?\n/);
  const at = lineEnd < 0 ? source.length : last.end + lineEnd;
  return { title, edits: [{ range: { start: at, end: at }, newText: lines.map((line) => `${block.newline}${indent}${line}`).join('') }] };
}

/** Every prose block of the document with its chunk's start, headings and paragraphs alike. */
export function* proseBlocks(prepared: PreparedDocument): Generator<{ block: ProseBlock; start: number }> {
  for (const { start, chunk } of prepared.chunks) for (const block of chunk.blocks) yield { block, start };
}

const DATE = String.raw`(\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|[A-Za-z]+\.?,?\s+\d{4})`;
// "Last updated: 12 March 2023", "Page last reviewed: 5 May 2022", "Updated on March 1, 2024", "Next review due: …",
// "Medically reviewed by Dr A. Name on 2 May 2024",
// at the start of a block or after another such date (two lines joined by a soft break).
const DATE_LINE = new RegExp(
  String.raw`(?:^|(?<=\d[\s.|•·]*)|(?<=[.|•·]\s*))\s*((?:page\s+|content\s+|article\s+)?(?:(last\s+(?:updated|reviewed|revised|checked|modified)|updated|reviewed|revised|medically\s+reviewed)|(next\s+review(?:\s+due)?|review\s+due))(?:\s+by\s+[^\s:;][^:;\n]{0,80}?)?(?:\s+on)?\s*:?\s*${DATE})`,
  'gi',
);

/** A date written on the page, with the range of its label and date. */
export interface VisibleDate {
  kind: 'updated' | 'next-review';
  date: string;
  range: TextRange;
}

/** "Last updated: …", "Page last reviewed: …" and "Next review due: …" lines of the page, with dates claimlint can read. */
export function visibleDates(prepared: PreparedDocument): VisibleDate[] {
  const found: VisibleDate[] = [];
  for (const { start, chunk } of prepared.chunks) for (const date of chunkDates(chunk)) found.push({ ...date, range: { start: date.range.start + start, end: date.range.end + start } });
  return found;
}

// A chunk's dates depend on its text only: memoised with the (memoised) chunk, so a keystroke scans one chunk.
const datesOfChunk = new WeakMap<PreparedChunk, VisibleDate[]>();

/** The visible dates of one chunk, at chunk-relative offsets. */
function chunkDates(chunk: PreparedChunk): VisibleDate[] {
  const hit = datesOfChunk.get(chunk);
  if (hit) return hit;
  const found: VisibleDate[] = [];
  for (const block of chunk.blocks) {
    if (!/updated|reviewed|revised|checked|modified|review/i.test(block.text)) continue;
    for (const match of block.text.matchAll(DATE_LINE)) {
      const date = parseDate(match[4]!);
      if (!date) continue;
      const from = match.index + match[0].indexOf(match[1]!);
      found.push({ kind: match[3] ? 'next-review' : 'updated', date, range: sourceRange(block, from, from + match[1]!.length) });
    }
  }
  datesOfChunk.set(chunk, found);
  return found;
}

/** What a short block names: an author ("By Dr A. Name, MD", "Written by …", "Author: …"), a reviewer ("Medically reviewed by …"). */
export function bylines(text: string): { author: boolean; reviewer: boolean } {
  const line = text.trim();
  return {
    author: /^(?:(?:written|created|prepared|compiled)\s+by\b|by\s+\p{Lu}|authors?\s*:)/iu.test(line),
    reviewer: /\breviewed\s+by\b|^(?:medical\s+|clinical\s+)?reviewers?\s*:/i.test(line),
  };
}

/** Health professional qualifications, as written after a name ("Dr A. Name, MD"; "Sam Writer RN"). */
export const CREDENTIALS =
  /\b(?:MD|DO|PhD|DPhil|MBBS|MB\s?ChB|MBBCh|BM\s?BCh|MRCGP|MRCP|FRCP|FRCS|FRCGP|RN|RGN|RM|NP|PA-C|PharmD|MPharm|RPh|RD|DPT|PT|MPH|DrPH|MSc|BSc|MCSP|FACP|FAAFP|DNP|CNM|IBCLC|Dr\.?|Prof\.?)(?![\w])/;
