/**
 * Chunked parsing must be invisible: the prose of a document parsed chunk by chunk
 * equals the prose of the document parsed whole, with the same offsets.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { prepareDocument } from '../../server/src/engine/document';
import { splitChunks } from '../../server/src/engine/markdown/chunks';
import { parseMarkdown } from '../../server/src/engine/markdown/parse';
import { extractProse, OPAQUE } from '../../server/src/engine/markdown/prose';
import { generateArticle, seededRandom } from '../../bench/corpus';

interface Prose {
  text: string;
  offsets: number[];
  list: boolean;
}

// A footnote marker whose definition sits in another chunk is masked as literal
// text rather than parsed as a reference: opaque either way, but a different
// number of U+FFFC. Compare prose with opaque runs collapsed.
function normalise(text: string, offsets: ArrayLike<number>, list: boolean): Prose {
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === OPAQUE && text[i - 1] === OPAQUE) continue;
    out += text[i];
    kept.push(text[i] === OPAQUE ? -1 : offsets[i]!);
  }
  return { text: out, offsets: kept, list };
}

function wholeProse(text: string): Prose[] {
  return extractProse(parseMarkdown(text), text).map((b) => normalise(b.text, b.offsets, b.listItem?.first ?? false));
}

function chunkedProse(text: string): Prose[] {
  return prepareDocument(text).chunks.flatMap(({ start, chunk }) =>
    chunk.blocks.map((b) =>
      normalise(
        b.text,
        Array.from(b.offsets, (o) => o + start),
        b.listItem?.first ?? false,
      ),
    ),
  );
}

const BLOCKS = [
  'Para one cures.',
  'Para two\ncontinues here.',
  '# Heading',
  '- item a\n- item b',
  '- loose a\n\n- loose b',
  '1. one\n\n2. two',
  '```\ncode\n\nmore code\n```',
  '~~~~\nx\n\n~~~~',
  '<!--\ncomment\n\nstill comment\n-->',
  '$$\nmath\n\nmore\n$$',
  '> quote\n>\n> more',
  '| a | b |\n| - | - |\n| c | d |',
  '<pre>\nraw\n\nraw\n</pre>',
  '    indented code',
  'Text[^1] here.',
  '[^1]: Footnote text.',
  '- item\n\n  continued paragraph',
  'Setext\n===',
  '***',
  // A thematic break written like a front matter fence: parsed alone at a chunk's start, it would open front matter.
  '---',
  // Longer than a chunk: the next safe point cuts whatever its hash says.
  'Long text about knees. '.repeat(120).trim(),
  '<div>\nhtml\n</div>',
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
      fc.property(fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.nat(999)), { minLength: 1, maxLength: 40 }), fc.boolean(), (blocks, frontMatter) => {
        // Numbering every line varies the text, and so which safe points become chunk boundaries.
        const body = blocks.map(([block, n]) => block.replace(/^([A-Za-z].*)$/gm, `$1 ${n}`)).join('\n\n');
        const text = (frontMatter ? '---\ntitle: x\n\nmore: y\n---\n\n' : '') + body + '\n';
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
