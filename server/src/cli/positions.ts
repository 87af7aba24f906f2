/**
 * The CLI's one place for offset → position conversion (0-based UTF-16, as in LSP;
 * the stylish formatter adds 1 for display).
 */
import { location } from 'vfile-location';
import type { TextRange } from '../engine/index';

/** A 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

/** A range as printed in JSON output. */
export interface PositionRange {
  start: Position;
  end: Position;
}

/** Returns a converter from offsets in `text` to 0-based positions. */
export function positionsOf(text: string): (range: TextRange) => PositionRange {
  const place = location(text);
  const toPosition = (offset: number): Position => {
    const point = place.toPoint(Math.min(Math.max(0, offset), text.length));
    return point ? { line: point.line - 1, character: point.column - 1 } : { line: 0, character: 0 };
  };
  return (range) => ({ start: toPosition(range.start), end: toPosition(range.end) });
}
