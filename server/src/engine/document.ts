/**
 * A document prepared for checks: split into chunks (markdown/chunks.ts), each
 * parsed once, its prose extracted and tokenized, its sentences split lazily.
 * Prepared chunks are memoised by their text, so re-linting an edited document
 * re-parses only the chunks that changed.
 */
import { splitChunks } from './markdown/chunks';
import { maskDeepNesting } from './markdown/nesting';
import { parseMarkdown } from './markdown/parse';
import { extractProse, type ProseBlock } from './markdown/prose';
import { collectStructure, type ChunkStructure } from './markdown/structure';
import { splitSentences } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import type { TextRange } from './types';
import { LruMemo } from './memo';

/** A sentence of a block, as a text span and the token span inside it. */
export interface Sentence {
  range: TextRange;
  tokens: { from: number; to: number };
}

/** One chunk, with every offset relative to the chunk's start. */
export interface PreparedChunk {
  text: string;
  blocks: ProseBlock[];
  /** Tokens per block, parallel to `blocks`. */
  tokens: Token[][];
  /** HTML nodes (directives), footnotes, links and reference lists. */
  structure: ChunkStructure;
  /** Sentences of block `index`, computed on first use. */
  sentences(index: number): Sentence[];
  /** Lines nested deeper than MAX_NESTING, left unparsed and unchecked (markdown/nesting.ts). */
  tooDeep?: TextRange & { lines: number };
}

/** A whole document: its chunks and where each starts. */
export interface PreparedDocument {
  source: string;
  chunks: Array<{ start: number; chunk: PreparedChunk }>;
}

// What a prepared chunk holds per character of its text, with what hangs off it in WeakMaps (its findings, claims and
// citations): measured at about 52 bytes on the bench's 1 MB document (31 prepared, 21 findings). Rounded up.
const BYTES_PER_CHAR = 56;

/**
 * The memo's floor: about 10 MB of memory, which holds a long article's chunks several times over. A document larger than
 * that raises the budget while it is in use (see `prepareDocument`), so each keystroke there re-parses only the
 * chunk it changed too; the budget falls back once no recent lint has seen such a document.
 */
export const DEFAULT_CHUNK_MEMO_BYTES = 8 * 1024 * 1024;

// Shared by every document: bounded by bytes, so typing (a new chunk text per keystroke) cannot grow it.
const chunkMemo = new LruMemo<PreparedChunk>({ budget: DEFAULT_CHUNK_MEMO_BYTES, weigh: (text) => text.length * BYTES_PER_CHAR });
let floor = DEFAULT_CHUNK_MEMO_BYTES;
// The sizes of the last documents prepared: the budget makes room for the largest of them, and a quarter more for the
// versions typing leaves behind.
const recentSizes: number[] = [];
const RECENT = 16;

function fitRecentDocuments(source: string): void {
  recentSizes.push(source.length * BYTES_PER_CHAR);
  if (recentSizes.length > RECENT) recentSizes.shift();
  const wanted = Math.max(floor, Math.ceil(Math.max(...recentSizes) * 1.25));
  if (wanted !== chunkMemo.budget) chunkMemo.resize(wanted);
}

/** Sets the least number of bytes (estimated) of prepared chunks, with the findings memoised with them, the engine keeps. */
export function setChunkMemoBudget(bytes: number): void {
  floor = bytes;
  chunkMemo.resize(bytes);
}

/** Estimated bytes the chunk memo holds now (for the memory benchmark). */
export function chunkMemoBytes(): number {
  return chunkMemo.size;
}

/** Splits, parses and tokenizes `source`. */
export function prepareDocument(source: string): PreparedDocument {
  fitRecentDocuments(source);
  return {
    source,
    chunks: splitChunks(source).map((range) => {
      const text = source.slice(range.start, range.end);
      return { start: range.start, chunk: chunkMemo.get(text, () => prepareChunk(text)) };
    }),
  };
}

function prepareChunk(text: string): PreparedChunk {
  // Lines nested too deep to parse in reasonable time are blanked (same offsets) and reported by lint.
  const { text: parsable, skipped } = maskDeepNesting(text);
  const tree = parseMarkdown(parsable);
  const blocks = extractProse(tree, parsable);
  const tokens = blocks.map((block) => tokenize(block.text));
  const structure = collectStructure(tree, parsable);
  const sentenceCache = new Map<number, Sentence[]>();
  return {
    text,
    blocks,
    tokens,
    structure,
    ...(skipped ? { tooDeep: skipped } : {}),
    sentences(index) {
      let sentences = sentenceCache.get(index);
      if (!sentences) {
        sentences = toSentences(blocks[index]!.text, tokens[index]!);
        sentenceCache.set(index, sentences);
      }
      return sentences;
    },
  };
}

function toSentences(text: string, tokens: Token[]): Sentence[] {
  const ranges = splitSentences(text);
  let cursor = 0;
  return ranges.map((range) => {
    while (cursor < tokens.length && tokens[cursor]!.start < range.start) cursor++;
    const from = cursor;
    while (cursor < tokens.length && tokens[cursor]!.start < range.end) cursor++;
    return { range, tokens: { from, to: cursor } };
  });
}

/** The sentence holding token `tokenIndex` of a block; a whole-block span if none does. */
export function sentenceOfToken(sentences: Sentence[], tokenIndex: number, blockTokens: number, blockLength: number): Sentence {
  for (const sentence of sentences) if (tokenIndex >= sentence.tokens.from && tokenIndex < sentence.tokens.to) return sentence;
  return { range: { start: 0, end: blockLength }, tokens: { from: 0, to: blockTokens } };
}
