/**
 * Prose extraction: which Markdown reaches the rules, and exact offsets back into the source.
 */
import assert from 'node:assert/strict';
import { parseMarkdown } from '../../server/src/engine/markdown/parse';
import { extractProse, OPAQUE } from '../../server/src/engine/markdown/prose';

/** The prose of `markdown`, one string per block, with opaque spans shown as `□`. */
function checkProse(markdown: string, expected: string[]): void {
  const blocks = extractProse(parseMarkdown(markdown), markdown);
  assert.deepEqual(
    blocks.map((block) => block.text.replaceAll(OPAQUE, '□').replace(/□+/g, '□')),
    expected,
  );
  for (const block of blocks) {
    assert.equal(block.offsets.length, block.text.length);
    block.text.split('').forEach((char, i) => {
      // A decoded character reference maps to its `&`.
      if (char !== OPAQUE && char !== ' ' && markdown[block.offsets[i]!] !== '&') assert.equal(markdown[block.offsets[i]!], char, `offset of ${JSON.stringify(char)} in ${JSON.stringify(block.text)}`);
    });
  }
}

describe('prose extraction', () => {
  it('keeps paragraphs, headings, list items, table cells, quotes and footnote definitions', () => {
    checkProse('# Title\n\nPara one.\n\n- item\n  - nested\n\n> quoted\n\n| a | b |\n| - | - |\n| c | d |\n\nText[^1].\n\n[^1]: Note text.\n', [
      'Title',
      'Para one.',
      'item',
      'nested',
      'quoted',
      'a',
      'b',
      'c',
      'd',
      'Text□.',
      'Note text.',
    ]);
  });

  it('skips code, HTML, front matter, math and link destinations', () => {
    checkProse(
      '---\ntitle: cures\n---\n\n```\ncures\n```\n\n    indented cures\n\n<div>cures</div>\n\n$$\ncures\n$$\n\nSee `cures` and $x$ and [the cure](https://cures.example) and <!-- cures -->.\n',
      ['See □ and □ and the cure and □.'],
    );
  });

  it('crosses inline markup and soft line breaks with exact offsets', () => {
    checkProse('It **cu**res\nthe *knee*, [see here][ref].\n\n[ref]: https://x.y\n', ['It cures the knee, see here.']);
  });

  it('masks citation keys, footnote markers, numeric markers and bare URLs', () => {
    checkProse('Cures [@smith2020; @doe:2021, p. 3] and @roe2019 say [1, 4] see https://example.com/x and www.example.org.\n', ['Cures □ and □ say □ see □ and □.']);
  });

  it('decodes escapes and character references without losing offsets', () => {
    checkProse('Fish \\*oil\\* &amp; more &#x2014; cures.\n', ['Fish *oil* & more — cures.']);
  });

  it('keeps blockquote and list continuation lines aligned', () => {
    checkProse('> first line\n> second cures\n\n- item one\n  continues here\n', ['first line second cures', 'item one continues here']);
  });

  it('skips the reference list under a References heading, until the next heading', () => {
    checkProse('# Article\n\nText.\n\n## References\n\n1. Smith. Turmeric cures arthritis. 2020.\n\n## Next\n\nMore.\n', ['Article', 'Text.', 'References', 'Next', 'More.']);
  });
});
