/**
 * Line arithmetic the engine needs internally (directives are line-based).
 * Adapters never use this: each converts offsets to positions in its own module.
 */

/** Offsets where each line starts; a line ends at LF, CRLF or CR. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Most documents have no CR at all: then indexOf finds each line break far faster than a loop over every character.
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line holding `offset`. */
export function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Offset of the end of line `line`, before its line break. */
export function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1]! : text.length;
  while (end > starts[line]! && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/** The document's dominant line break, so inserted lines match the writer's. */
export function lineBreakOf(text: string): string {
  if (!text.includes('\r\n')) return '\n';
  let crlf = 0;
  let lf = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (text.charCodeAt(at - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Line starts and the line break to use, computed once per document. */
export interface LineInfo {
  starts: number[];
  eol: string;
}

/** Computes the line information of `text`. */
export function lineInfo(text: string): LineInfo {
  return { starts: lineStarts(text), eol: lineBreakOf(text) };
}
