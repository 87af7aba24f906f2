/**
 * Offset and LSP position arithmetic for the fuzz client, written here on purpose instead of borrowed from
 * vscode-languageserver-textdocument (which the server uses): the client keeps its own copy of the text, so a bug in
 * either side's incremental bookkeeping shows up as a difference.
 *
 * Lines end at "\r\n", "\n" or "\r"; characters are UTF-16 code units, as in LSP.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets where each line starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) starts.push(i + 1);
  }
  return starts;
}

/** A text's line table: positions for offsets and back, and the checks the fuzz applies to every range. */
export class Lines {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** The offset where `line`'s content ends (before its line break). */
  contentEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1]!;
    const crlf = this.text.charCodeAt(next - 2) === 13 && this.text.charCodeAt(next - 1) === 10;
    return next - (crlf ? 2 : 1);
  }

  /** The line holding `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /**
   * The position of `offset`, as the LSP libraries give it: an offset inside a line break (between "\r" and "\n")
   * becomes the end of the line's content. Throws outside the text.
   */
  positionAt(offset: number): Position {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.text.length) throw new Error(`offset ${offset} outside 0..${this.text.length}`);
    const line = this.lineOf(offset);
    return { line, character: Math.min(offset, this.contentEnd(line)) - this.starts[line]! };
  }

  /** The position of `offset`, which must be a place a position can name (the client's own edits). */
  exactPositionAt(offset: number): Position {
    const position = this.positionAt(offset);
    if (this.offsetAt(position) !== offset) throw new Error(`offset ${offset} is inside the line break of line ${position.line}`);
    if (splitsSurrogatePair(this.text, offset)) throw new Error(`offset ${offset} splits a surrogate pair`);
    return position;
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  exactRange(start: number, end: number): Range {
    return { start: this.exactPositionAt(start), end: this.exactPositionAt(end) };
  }

  /** Why `position` is not a valid place in the text (outside it, inside a line break, between a surrogate pair), or undefined. */
  invalid(position: Position): string | undefined {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0) return `not a position: ${JSON.stringify(position)}`;
    if (position.line >= this.starts.length) return `line ${position.line} past the last line ${this.starts.length - 1}`;
    const offset = this.starts[position.line]! + position.character;
    if (offset > this.contentEnd(position.line))
      return `character ${position.character} past the end of line ${position.line} (length ${this.contentEnd(position.line) - this.starts[position.line]!})`;
    if (splitsSurrogatePair(this.text, offset)) return `${position.line}:${position.character} splits a surrogate pair`;
    return undefined;
  }

  /** Why `range` is not a valid range of the text, or undefined. */
  invalidRange(range: Range): string | undefined {
    const problem = this.invalid(range.start) ?? this.invalid(range.end);
    if (problem) return problem;
    if (this.offsetAt(range.start) > this.offsetAt(range.end)) return 'start after end';
    return undefined;
  }

  /** The offset of a valid position. */
  offsetAt(position: Position): number {
    return this.starts[position.line]! + position.character;
  }
}

/** Whether offset `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** `offset` moved back to a place an LSP position can name: not inside "\r\n", not inside a surrogate pair. */
export function snapOffset(text: string, offset: number): number {
  let snapped = Math.max(0, Math.min(offset, text.length));
  if (splitsSurrogatePair(text, snapped)) snapped--;
  if (snapped > 0 && text.charCodeAt(snapped - 1) === 13 && text.charCodeAt(snapped) === 10) snapped--;
  return snapped;
}

/** The offset one code point after `offset` (a surrogate pair or "\r\n" counts as one). */
export function nextBoundary(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  const code = text.charCodeAt(offset);
  if (code === 13 && text.charCodeAt(offset + 1) === 10) return offset + 2;
  if (code >= 0xd800 && code <= 0xdbff && offset + 1 < text.length) {
    const low = text.charCodeAt(offset + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return offset + 2;
  }
  return offset + 1;
}

/** The offset one code point before `offset`. */
export function previousBoundary(text: string, offset: number): number {
  if (offset <= 0) return 0;
  return snapOffset(text, offset - 1);
}
