/** Reads a JSON Lines file (one JSON value per non-blank line), as the labelled data sets in bench/ and shared/ are. */
import { readFileSync } from 'node:fs';

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
