/**
 * Chunked parsing must be invisible: the prose of a document parsed chunk by chunk
 * equals the prose of the document parsed whole, with the same offsets.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { prepareDocument } from '../../server/src/engine/document';
import { splitChunks } from '../../server/src/engine/markdown/chunks';
import { parseMarkdown } from '../../server/src/engine/markdown/parse';
import { extractProse } from '../../server/src/engine/markdown/prose';
import { generateArticle, seededRandom } from '../../bench/corpus';

function wholeProse(text: string): Array<{ text: string; offsets: number[]; list: boolean }> {
  return extractProse(parseMarkdown(text), text).map((b) => ({ text: b.text, offsets: b.offsets, list: b.listItem?.first ?? false }));
}

function chunkedProse(text: string): Array<{ text: string; offsets: number[]; list: boolean }> {
  return prepareDocument(text).chunks.flatMap(({ start, chunk }) =>
    chunk.blocks.map((b) => ({ text: b.text, offsets: b.offsets.map((o) => o + start), list: b.listItem?.first ?? false })),
  );
}

const BLOCKS = [
  'Para one cures.', 'Para two\ncontinues here.', '# Heading', '- item a\n- item b', '- loose a\n\n- loose b', '1. one\n\n2. two',
  '```\ncode\n\nmore code\n```', '~~~~\nx\n\n~~~~', '<!--\ncomment\n\nstill comment\n-->', '$$\nmath\n\nmore\n$$', '> quote\n>\n> more',
  '| a | b |\n| - | - |\n| c | d |', '<pre>\nraw\n\nraw\n</pre>', '    indented code', 'Text[^1] here.', '[^1]: Footnote text.',
  '- item\n\n  continued paragraph', 'Setext\n===', '***', '<div>\nhtml\n</div>',
];

describe('chunked parsing', () => {
  it('covers the text exactly, in order', () => {
    const text = generateArticle(seededRandom(3), 3000);
    const chunks = splitChunks(text);
    assert.equal(chunks[0]!.start, 0);
    assert.equal(chunks.at(-1)!.end, text.length);
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i]!.start, chunks[i - 1]!.end);
    assert.ok(chunks.length > 3, 'a long article is split');
  });

  it('never splits fenced code, math, comments, raw HTML, front matter or lists', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 40 }), fc.boolean(), (blocks, frontMatter) => {
        const text = (frontMatter ? '---\ntitle: x\n\nmore: y\n---\n\n' : '') + blocks.join('\n\n') + '\n';
        assert.deepEqual(chunkedProse(text), wholeProse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same prose as a whole parse on generated articles, with LF and CRLF', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateArticle(seededRandom(seed), 4000);
      assert.deepEqual(chunkedProse(text), wholeProse(text));
      const crlf = text.replace(/\n/g, '\r\n');
      assert.deepEqual(chunkedProse(crlf), wholeProse(crlf));
    }
  });
});
