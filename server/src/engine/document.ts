/**
 * A document prepared for checks: split into chunks (markdown/chunks.ts), each
 * parsed once, its prose extracted and tokenized, its sentences split lazily.
 * Prepared chunks are memoised by their text, so re-linting an edited document
 * re-parses only the chunks that changed.
 */
import { splitChunks } from './markdown/chunks';
import { parseMarkdown } from './markdown/parse';
import { extractProse, type ProseBlock } from './markdown/prose';
import { collectStructure, type ChunkStructure } from './markdown/structure';
import { splitSentences } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import type { TextRange } from './types';

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
}

/** A whole document: its chunks and where each starts. */
export interface PreparedDocument {
  source: string;
  chunks: Array<{ start: number; chunk: PreparedChunk }>;
}

/** A small LRU memo keyed by text. Pure: the same text always gives the same value. */
export class TextMemo<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly capacity: number) {}

  get(key: string, compute: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

// About 10 MB of open documents (a chunk averages ~2 KB); bounded so a CLI run over
// thousands of files does not keep them all.
const chunkMemo = new TextMemo<PreparedChunk>(5000);

/** Splits, parses and tokenizes `source`. */
export function prepareDocument(source: string): PreparedDocument {
  return {
    source,
    chunks: splitChunks(source).map((range) => {
      const text = source.slice(range.start, range.end);
      return { start: range.start, chunk: chunkMemo.get(text, () => prepareChunk(text)) };
    }),
  };
}

function prepareChunk(text: string): PreparedChunk {
  const tree = parseMarkdown(text);
  const blocks = extractProse(tree, text);
  const tokens = blocks.map((block) => tokenize(block.text));
  const structure = collectStructure(tree, text);
  const sentenceCache = new Map<number, Sentence[]>();
  return {
    text,
    blocks,
    tokens,
    structure,
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
