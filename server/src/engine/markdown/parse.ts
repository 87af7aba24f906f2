/**
 * Parses Markdown into an mdast tree with source offsets: CommonMark plus the GFM
 * constructs that change what is prose (tables, footnotes, strikethrough, task
 * lists), front matter and math.
 *
 * GFM's autolink-literal extension is left out on purpose: it inspects every
 * character for "www." and "http", doubling parse time, and claimlint only needs
 * bare URLs kept out of prose, which prose.ts does with one regular expression.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/** GFM without autolink literals, registered the way remark-gfm registers all of GFM. */
function remarkGfmSubset(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

// Built once: freezing a unified processor is the expensive part, parsing is per call.
const processor = unified().use(remarkParse).use(remarkGfmSubset).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkMath).freeze();

/** Parses `text` into mdast. Never throws on document text: micromark accepts any string. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
