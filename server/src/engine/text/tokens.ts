/**
 * Splits prose into word tokens with offsets, the unit that phrase patterns match.
 */
import { OPAQUE } from '../markdown/prose';

/** A word, number, `%`/`#` sign or opaque span in a prose string. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased, with typographic apostrophes and hyphens normalised. */
  norm: string;
  /** Set when a clause break (sentence stop, comma, semicolon, colon, bracket or dash) comes before this token. */
  clause?: true;
}

const CLAUSE_BREAK = /[.!?\u2026,;:()\[\]\u2013\u2014]|\s-\s/;

// Words keep internal apostrophes and hyphens ("don't", "risk-free", "COVID-19");
// `%` and `#` are tokens of their own so "100%" is two tokens; runs of U+FFFC
// (code, URLs, citation keys) are one token that no pattern word equals.
const TOKEN = new RegExp(`[\\p{L}\\p{N}]+(?:['’‐-][\\p{L}\\p{N}]+)*|[%#]|${OPAQUE}+`, 'gu');

/** Tokenizes `text`; offsets index `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const token: Token = { start, end: start + match[0].length, norm: normalizeWord(match[0]) };
    if (tokens.length > 0 && CLAUSE_BREAK.test(text.slice(previousEnd, start))) token.clause = true;
    tokens.push(token);
    previousEnd = token.end;
  }
  return tokens;
}

/** The comparison form of a word. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/‐/g, '-');
}

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred few couple'.split(
    ' ',
  ),
);

/** True for digits ("14", "2.5", "1,000") and number words ("seven"). */
export function isNumberToken(norm: string): boolean {
  return /^\d+(?:[.,]\d+)*$/.test(norm) || NUMBER_WORDS.has(norm);
}
