/**
 * A document prepared for checks: parsed once, prose extracted, tokenized, with
 * sentences split lazily (most blocks never need them).
 */
import type { Root } from 'mdast';
import { parseMarkdown } from './markdown/parse';
import { extractProse, type ProseBlock } from './markdown/prose';
import { splitSentences } from './text/sentences';
import { tokenize, type Token } from './text/tokens';
import type { TextRange } from './types';

/** A sentence of a block, as a text span and the token span inside it. */
export interface Sentence {
  range: TextRange;
  tokens: { from: number; to: number };
}

/** Everything checks read about a document. */
export interface PreparedDocument {
  source: string;
  tree: Root;
  blocks: ProseBlock[];
  /** Tokens per block, parallel to `blocks`. */
  tokens: Token[][];
  /** Sentences of block `index`, computed on first use. */
  sentences(index: number): Sentence[];
}

/** Parses and tokenizes `source`. */
export function prepareDocument(source: string): PreparedDocument {
  const tree = parseMarkdown(source);
  const blocks = extractProse(tree, source);
  const tokens = blocks.map((block) => tokenize(block.text));
  const sentenceCache = new Map<number, Sentence[]>();
  return {
    source,
    tree,
    blocks,
    tokens,
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
