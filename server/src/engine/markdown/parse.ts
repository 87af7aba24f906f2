/**
 * Parses Markdown into an mdast tree with source offsets (remark + GFM, front matter, math).
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';

// Built once: freezing a unified processor is the expensive part, parsing is per call.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath)
  .freeze();

/** Parses `text` into mdast. Never throws on document text: micromark accepts any string. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
