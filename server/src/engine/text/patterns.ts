/**
 * Compiles rule phrase patterns into token sequences and finds them in token streams.
 *
 * Pattern syntax (documented in rules/README.md):
 *   words            matched case-insensitively, one token each ("100%" is `100` `%`)
 *   (a|b c)          one of the alternatives; `(a|b)?` may also be absent
 *   {cure}           every verb form of the lemma (cure, cures, cured, curing)
 *   {miracle:noun}   singular and plural
 *   {#}              any number, in digits or words
 *   {@effect-verbs}  any form of any entry of a shared lexicon list (rules/lexicon/)
 *   …                up to MAX_GAP words in between, within one clause (no comma, semicolon, colon or dash)
 */
import { lexiconForms, type LexiconName } from '../lexicon/index';
import { isNumberToken, normalizeWord, tokenize, type Token } from './tokens';
import { nounForms, verbForms } from './inflect';

/** One token position: a set of accepted words, any number, or a gap of up to MAX_GAP words in the same clause. */
export type Slot = ReadonlySet<string> | 'number' | 'gap';

/** The most words a `…` gap spans: enough for "reliably and quickly prevents", few enough to stay in one claim. */
export const MAX_GAP = 4;

/** A pattern compiled to every token sequence it can match. */
export type Sequence = readonly Slot[];

/** Raised for a malformed pattern; the rule loader turns it into a problem. */
export class PatternError extends Error {}

const MAX_SEQUENCES = 2000;

/** Compiles one pattern string. Throws PatternError when it is malformed. */
export function compilePattern(pattern: string): Sequence[] {
  let sequences: Slot[][] = [[]];
  for (const element of splitElements(pattern)) {
    const choices = compileElement(element);
    // Checked before building: a pattern that multiplies out to millions of sequences is refused without allocating them.
    if (sequences.length * choices.length > MAX_SEQUENCES) throw new PatternError(`pattern \`${pattern}\` expands to more than ${MAX_SEQUENCES} alternatives`);
    const next: Slot[][] = [];
    for (const prefix of sequences) for (const choice of choices) next.push([...prefix, ...choice]);
    sequences = next;
  }
  const nonEmpty = sequences.filter((sequence) => sequence.length > 0);
  if (nonEmpty.length === 0) throw new PatternError(`pattern \`${pattern}\` matches no words`);
  for (const sequence of nonEmpty) {
    if (sequence[0] === 'gap' || sequence[sequence.length - 1] === 'gap') throw new PatternError(`pattern \`${pattern}\` starts or ends with \`…\`; a gap goes between words`);
    if (sequence.filter((slot) => slot === 'gap').length > 2) throw new PatternError(`pattern \`${pattern}\` has more than two \`…\` gaps`);
  }
  return nonEmpty;
}

/** Splits a pattern at top-level spaces, keeping `( … )` and `{ … }` groups whole. */
function splitElements(pattern: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of pattern) {
    if (char === '(' || char === '{') depth++;
    if (char === ')' || char === '}') depth--;
    if (depth < 0) throw new PatternError(`pattern \`${pattern}\` closes a group it never opened`);
    if (/\s/.test(char) && depth === 0) {
      if (current) elements.push(current);
      current = '';
    } else current += char;
  }
  if (depth !== 0) throw new PatternError(`pattern \`${pattern}\` leaves a group open`);
  if (current) elements.push(current);
  return elements;
}

/** Compiles one element to its alternative slot runs (a run may be empty for `(…)?`). */
function compileElement(element: string): Slot[][] {
  const group = /^\((.*)\)(\?)?$/.exec(element);
  if (group) {
    const alternatives = group[1]!.split('|').map((alternative) => alternative.trim());
    if (alternatives.some((alternative) => alternative === '')) throw new PatternError(`group \`${element}\` has an empty alternative; use \`( … )?\` for an optional group`);
    const expanded: Slot[][] = [];
    for (const alternative of alternatives) {
      expanded.push(...compilePattern(alternative).map((sequence) => [...sequence]));
      if (expanded.length > MAX_SEQUENCES) throw new PatternError(`group \`${element}\` expands to more than ${MAX_SEQUENCES} alternatives`);
    }
    const runs = mergeSingleWords(expanded);
    if (group[2]) runs.push([]);
    return runs;
  }
  if (element === '…' || element === '...') return [['gap']];
  const list = /^\{@([a-z][a-z0-9-]*)\}$/.exec(element);
  if (list) return lexiconRuns(list[1]!, element);
  const lemma = /^\{([^{}:]+)(?::(verb|noun))?\}$/.exec(element);
  if (lemma) {
    const word = lemma[1]!.trim().toLowerCase();
    if (word === '#') return [['number']];
    if (!/^[\p{L}][\p{L}'-]*$/u.test(word)) throw new PatternError(`\`${element}\` must name one word, such as {cure} or {miracle:noun}`);
    const forms = lemma[2] === 'noun' ? nounForms(word) : verbForms(word);
    return [[new Set(forms.map(normalizeWord))]];
  }
  if (/[(){}|]/.test(element)) throw new PatternError(`cannot read \`${element}\`; groups look like (a|b), lemmas like {cure}`);
  const tokens = tokenize(element);
  if (tokens.length === 0) throw new PatternError(`\`${element}\` contains no word`);
  return [tokens.map((token) => new Set([token.norm]))];
}

/** Every form of every entry of a lexicon list: one slot for the one-word forms, a run per multi-word form. */
function lexiconRuns(name: string, element: string): Slot[][] {
  let forms: Map<string, string>;
  try {
    forms = lexiconForms(name as LexiconName);
  } catch {
    throw new PatternError(`\`${element}\` names no list of the shared lexicon (rules/lexicon/)`);
  }
  return mergeSingleWords([...forms.keys()].map((form) => tokenize(form).map((token) => new Set([token.norm]))));
}

/** Folds one-word alternatives into a single slot, so `(a|b|c) (d|e)` stays one sequence, not six. */
function mergeSingleWords(runs: Slot[][]): Slot[][] {
  const words = new Set<string>();
  const rest: Slot[][] = [];
  for (const run of runs) {
    const only = run.length === 1 ? run[0] : undefined;
    if (only && only !== 'number' && only !== 'gap') for (const word of only) words.add(word);
    else rest.push(run);
  }
  return words.size > 0 ? [[words], ...rest] : rest;
}

/** A compiled pattern with the caller's tag (index into the rule's swap table, say). */
export interface IndexedSequence {
  sequence: Sequence;
  tag: number;
  /** True when the sequence has a `…` gap, which needs the slower matcher. */
  gapped: boolean;
}

/** Sequences grouped by their first word, for one Map lookup per token. */
export interface PhraseIndex {
  byFirstWord: Map<string, IndexedSequence[]>;
  numberFirst: IndexedSequence[];
}

/** Builds an index over tagged patterns. */
export function buildIndex(entries: Array<{ sequences: Sequence[]; tag: number }>): PhraseIndex {
  const index: PhraseIndex = { byFirstWord: new Map(), numberFirst: [] };
  for (const { sequences, tag } of entries) {
    for (const sequence of sequences) {
      const first = sequence[0]!;
      const entry = { sequence, tag, gapped: sequence.includes('gap') };
      if (first === 'number') index.numberFirst.push(entry);
      else if (first !== 'gap')
        for (const word of first) {
          const list = index.byFirstWord.get(word) ?? [];
          list.push(entry);
          index.byFirstWord.set(word, list);
        }
    }
  }
  return index;
}

/** A match in token indices: tokens `[from, to)`. */
export interface TokenMatch {
  from: number;
  to: number;
  tag: number;
}

/** Finds non-overlapping matches, leftmost first, longest at each start. */
export function findMatches(tokens: readonly Token[], index: PhraseIndex): TokenMatch[] {
  const matches: TokenMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const best = longestAt(tokens, i, index);
    if (best) {
      matches.push(best);
      i = best.to;
    } else i++;
  }
  return matches;
}

// Hot path: plain loops, no closures (this runs once per token per rule).
function longestAt(tokens: readonly Token[], at: number, index: PhraseIndex): TokenMatch | undefined {
  const norm = tokens[at]!.norm;
  let best: TokenMatch | undefined;
  const byWord = index.byFirstWord.get(norm);
  if (byWord) best = longestOf(byWord, tokens, at, best);
  if (index.numberFirst.length > 0 && isNumberToken(norm)) best = longestOf(index.numberFirst, tokens, at, best);
  return best;
}

function longestOf(candidates: readonly IndexedSequence[], tokens: readonly Token[], at: number, best: TokenMatch | undefined): TokenMatch | undefined {
  for (let c = 0; c < candidates.length; c++) {
    const { sequence, tag, gapped } = candidates[c]!;
    if (gapped) {
      const end = gappedEnd(sequence, 1, tokens, at + 1);
      if (end !== -1 && (!best || end - at > best.to - best.from)) best = { from: at, to: end, tag };
      continue;
    }
    const length = sequence.length;
    if (at + length > tokens.length || (best && length <= best.to - best.from)) continue;
    let matched = true;
    for (let k = 1; k < length; k++) {
      const slot = sequence[k] as ReadonlySet<string> | 'number';
      const norm = tokens[at + k]!.norm;
      if (slot === 'number' ? !isNumberToken(norm) : !slot.has(norm)) {
        matched = false;
        break;
      }
    }
    if (matched) best = { from: at, to: at + length, tag };
  }
  return best;
}

/**
 * Where `sequence` from slot `k` ends when matched from token `pos` (the longest way), or -1. A gap takes 0 to
 * MAX_GAP tokens and never crosses a clause break (a token with `clause` set starts a new clause).
 */
function gappedEnd(sequence: Sequence, k: number, tokens: readonly Token[], pos: number): number {
  if (k === sequence.length) return pos;
  const slot = sequence[k]!;
  if (slot === 'gap') {
    let best = -1;
    for (let skip = 0; skip <= MAX_GAP && pos + skip < tokens.length; skip++) {
      if (tokens[pos + skip]!.clause) break;
      const end = gappedEnd(sequence, k + 1, tokens, pos + skip);
      if (end > best) best = end;
    }
    return best;
  }
  if (pos >= tokens.length) return -1;
  // The word after a gap must be in the gap's clause too.
  if (sequence[k - 1] === 'gap' && tokens[pos]!.clause) return -1;
  const norm = tokens[pos]!.norm;
  if (slot === 'number' ? !isNumberToken(norm) : !slot.has(norm)) return -1;
  return gappedEnd(sequence, k + 1, tokens, pos + 1);
}
