/**
 * Splits a Markdown document into independently parsable chunks at blank lines
 * where no block construct continues (outside front matter, fenced code, math,
 * multi-line HTML comments and raw HTML blocks, and never between list items).
 *
 * Why: the language server re-lints on every keystroke. Parsing and checking
 * chunk by chunk lets an edit re-parse only the chunk it touched; every other
 * chunk's results come from a cache keyed by its text. The CLI uses the same
 * split, so the editor and CI see identical findings.
 */
import type { TextRange } from '../types';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const MATH_OPEN = /^ {0,3}\$\$/;
const COMMENT_OPEN = /^ {0,3}<!--/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;
const RAW_HTML_CLOSE = /<\/(pre|script|style|textarea)>/i;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])(\s|$)/;
const FRONT_MATTER_FENCE = /^(?:---|\+\+\+)\s*$/;

// Not every safe point becomes a boundary: parsing has a fixed cost per call, so
// chunks hold several blocks. Which safe points cut is decided by a hash of the
// line that follows, so boundaries depend only on nearby text and an edit leaves
// the other chunks (and their cached results) untouched. A chunk that grows past
// MAX_CHUNK is cut at its next safe point, so one edit never re-parses much text. One in three and 2 KB halve the work
// of a keystroke in a 3,000-word article against one in six and 4 KB, for about the same cold lint (each parse
// call costs a fixed setup, so chunks much smaller than this make a whole-document lint slower).
const CUT_ONE_IN = 3;
const MAX_CHUNK = 2 * 1024;

function cutsHere(line: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < line.length && i < 64; i++) hash = Math.imul(hash ^ line.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % CUT_ONE_IN === 0;
}

/** Chunk ranges covering `text` from start to end, in order. */
export function splitChunks(text: string): TextRange[] {
  const chunks: TextRange[] = [];
  let chunkStart = 0;
  let state: { kind: 'front' | 'fence' | 'math' | 'comment' | 'raw'; marker?: string } | undefined;
  let previousBlank = false;
  let lineStart = 0;
  if (/^(---|\+\+\+)\r?\n/.test(text)) state = { kind: 'front', marker: text.slice(0, 3) };
  let first = true;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const next = lineEnd + 1;
    if (state) {
      if (closes(state, line, first)) state = undefined;
      first = false;
      previousBlank = false;
      lineStart = next;
      continue;
    }
    first = false;
    const blank = line.trim() === '';
    // A chunk never starts with `---` or `+++`: parsed alone, a thematic break there opens front matter that runs to
    // the next one and hides the text between.
    const safe = !blank && previousBlank && lineStart > chunkStart && /^\S/.test(line) && !LIST_ITEM.test(line) && !FRONT_MATTER_FENCE.test(line);
    if (safe && (cutsHere(line) || lineStart - chunkStart > MAX_CHUNK)) {
      chunks.push({ start: chunkStart, end: lineStart });
      chunkStart = lineStart;
    }
    state = opens(line);
    previousBlank = blank;
    lineStart = next;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

function opens(line: string): { kind: 'fence' | 'math' | 'comment' | 'raw'; marker?: string } | undefined {
  const fence = FENCE_OPEN.exec(line);
  if (fence) return { kind: 'fence', marker: fence[1]! };
  const math = MATH_OPEN.exec(line);
  if (math && !line.slice(math[0].length).includes('$$')) return { kind: 'math' };
  if (COMMENT_OPEN.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) return { kind: 'comment' };
  if (RAW_HTML_OPEN.test(line) && !RAW_HTML_CLOSE.test(line)) return { kind: 'raw' };
  return undefined;
}

function closes(state: { kind: string; marker?: string }, line: string, firstLine: boolean): boolean {
  switch (state.kind) {
    case 'front':
      return !firstLine && (line === state.marker || (state.marker === '---' && line === '...'));
    case 'fence': {
      const marker = state.marker!;
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      return closing !== null && closing[1]![0] === marker[0] && closing[1]!.length >= marker.length;
    }
    case 'math':
      return line.includes('$$');
    case 'comment':
      return line.includes('-->');
    default:
      return RAW_HTML_CLOSE.test(line);
  }
}
