/**
 * Keeps absurdly deep nesting away from the parser. mdast-util-from-markdown prepares each list by walking its events,
 * which costs time in proportion to the depth for every item, so a list or block quote nested a thousand deep takes
 * minutes and hundreds of megabytes. Lines nested deeper than MAX_NESTING (lists and block quotes together) are
 * blanked before parsing, keeping every offset, and reported once, so the rest of the document is still checked.
 * A blanked line is an empty HTML comment at the margin where it fits: white space alone would be a blank line inside
 * the deep list, which keeps it open (and the parse slow); a comment closes the containers and holds no prose.
 *
 * The depth is estimated line by line in one pass, as CommonMark decides containers: `>` markers, then a stack of the
 * content columns of the list items the line is indented under.
 */
import type { TextRange } from '../types';

/** Deeper than any real document nests (markdown-it stops at 20 nested blocks in its CommonMark preset). */
export const MAX_NESTING = 32;

/** The text to parse, and the lines that were too deep to, if any. */
export interface NestingMask {
  text: string;
  /** From the first blanked line's start to the last blanked line's end, and how many lines were blanked. */
  skipped?: TextRange & { lines: number };
}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?: {1,4}|\t|$)/;

/** `text` with the lines nested deeper than MAX_NESTING blanked (the same length, no prose); linear in `text`. */
export function maskDeepNesting(text: string): NestingMask {
  // Fast path: a document with fewer possible container markers than the limit cannot nest past it.
  if (!couldNestDeeply(text)) return { text };
  const contentColumns: number[] = [];
  const pieces: string[] = [];
  let skipped: (TextRange & { lines: number }) | undefined;
  let copiedTo = 0;
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const depth = lineDepth(line, contentColumns);
    if (depth > MAX_NESTING) {
      // Keep `\r`, so line endings (and every offset after them) stay as they were.
      const content = line.endsWith('\r') ? line.length - 1 : line.length;
      pieces.push(text.slice(copiedTo, lineStart), blankLine(content));
      copiedTo = lineStart + content;
      skipped = skipped ? { start: skipped.start, end: lineStart + content, lines: skipped.lines + 1 } : { start: lineStart, end: lineStart + content, lines: 1 };
    }
    lineStart = lineEnd + 1;
  }
  if (!skipped) return { text };
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(''), skipped };
}

/** A line of `length` characters with no prose that ends every open container: `<!--   -->`, or spaces if shorter. */
function blankLine(length: number): string {
  return length >= 7 ? `<!--${' '.repeat(length - 7)}-->` : ' '.repeat(length);
}

function couldNestDeeply(text: string): boolean {
  let markers = 0;
  for (let i = text.indexOf('\n'); i !== -1 && markers <= MAX_NESTING; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    // A nested line starts with white space or `>`.
    if (next === 32 || next === 9 || next === 62) markers++;
  }
  return markers > MAX_NESTING || (text.match(/>/g)?.length ?? 0) > MAX_NESTING;
}

/** The container depth of one line; updates the stack of list-item content columns it sits under. */
function lineDepth(line: string, contentColumns: number[]): number {
  let position = 0;
  let quotes = 0;
  // Block quote markers: up to three spaces, `>`, one optional space; repeated.
  for (;;) {
    let spaces = 0;
    while (spaces < 4 && line[position + spaces] === ' ') spaces++;
    if (spaces < 4 && line[position + spaces] === '>') {
      quotes++;
      position += spaces + 1;
      if (line[position] === ' ') position++;
    } else break;
  }
  let column = 0;
  let index = position;
  for (; index < line.length; index++) {
    const char = line[index];
    if (char === ' ') column++;
    else if (char === '\t') column += 4 - (column % 4);
    else break;
  }
  // A blank line neither opens nor closes a list item, and has nothing to hide.
  if (index >= line.length || line[index] === '\r') return 0;
  while (contentColumns.length > 0 && contentColumns[contentColumns.length - 1]! > column) contentColumns.pop();
  const marker = LIST_MARKER.exec(line.slice(index, index + 16));
  if (marker) {
    const width = marker[0].trimEnd().length;
    const gap = marker[0].length - width;
    contentColumns.push(column + width + Math.max(1, gap));
  }
  return quotes + contentColumns.length;
}
