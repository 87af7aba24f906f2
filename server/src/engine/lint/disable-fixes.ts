/**
 * Builds the "Disable <rule> for this line" fix: a `claimlint-disable-next-line`
 * comment placed where Markdown stays intact.
 *
 * - On the first line of a paragraph, heading or list item, the comment goes on
 *   its own line above, with the same blockquote prefix and indentation (inside
 *   the previous list item, so an ordered list keeps its numbering).
 * - On a continuation line of a paragraph, a new line would split the paragraph,
 *   so the comment goes at the end of the previous line, as inline HTML.
 * - In a table a comment line would break the table, so the fix disables the
 *   rule around the whole table instead, and says so in its title.
 */
import type { ListItemInfo } from '../markdown/prose';
import { lineEnd, lineOf, type LineInfo } from '../text/lines';
import type { Fix, TextRange } from '../types';

/** Where a finding's block sits in the document (absolute offsets). */
export interface BlockPlacement {
  range: TextRange;
  table?: TextRange;
  listItem?: ListItemInfo;
}

/**
 * The suppression fix for a finding of `ruleIds` at `range` inside `block`: the finding's rule and the rules whose
 * notes it carries on the same words, so the squiggle goes, not only one of its notes.
 */
export function disableFix(source: string, lines: LineInfo, block: BlockPlacement, ruleIds: readonly string[], range: TextRange): Fix {
  const { starts, eol } = lines;
  const ruleId = ruleIds.join(' ');
  const named = namedRules(ruleIds);
  if (block.table) {
    const first = lineOf(starts, block.table.start);
    const last = lineOf(starts, Math.max(block.table.start, block.table.end - 1));
    const prefix = containerPrefix(source.slice(starts[first]!, block.table.start), false);
    return {
      title: `Disable ${named} for this table`,
      edits: [
        { range: at(starts[first]!), newText: `${prefix}<!-- claimlint-disable ${ruleId} -->${eol}` },
        { range: at(lineEnd(source, starts, last)), newText: `${eol}${prefix}<!-- claimlint-enable ${ruleId} -->` },
      ],
    };
  }
  const line = lineOf(starts, range.start);
  const blockLine = lineOf(starts, block.range.start);
  const comment = `<!-- claimlint-disable-next-line ${ruleId} -->`;
  if (line === blockLine || line === 0) {
    const linePrefix = source.slice(starts[line]!, line === blockLine ? block.range.start : starts[line]!);
    const prefix = containerPrefix(linePrefix, block.listItem?.first ?? false);
    return { title: `Disable ${named} for this line`, edits: [{ range: at(starts[line]!), newText: `${prefix}${comment}${eol}` }] };
  }
  // Continuation line: append to the previous line, before a hard break (`\` or two spaces).
  const previousEnd = lineEnd(source, starts, line - 1);
  const previousText = source.slice(starts[line - 1]!, previousEnd);
  const hardBreak = /(\\| {2,})$/.exec(previousText);
  const insertAt = hardBreak ? previousEnd - hardBreak[0].length : previousEnd;
  const spacer = /\s$/.test(source.slice(starts[line - 1]!, insertAt)) ? '' : ' ';
  return { title: `Disable ${named} for this line`, edits: [{ range: at(insertAt), newText: `${spacer}${comment}` }] };
}

function at(offset: number): TextRange {
  return { start: offset, end: offset };
}

/**
 * Turns the text before a block on its line into the prefix for a comment line:
 * blockquote markers stay; a list marker becomes spaces (so the comment sits in
 * the previous item), or is dropped for a list's first item (so the comment sits
 * before the list).
 */
function containerPrefix(linePrefix: string, firstListItem: boolean): string {
  const marker = /([-*+]|\d{1,9}[.)])(\s+)$/.exec(linePrefix);
  // Other openers (`[^1]: ` of a footnote) stay behind: the comment goes before them.
  if (!marker) return /^[>\s]*/.exec(linePrefix)![0];
  const before = linePrefix.slice(0, marker.index);
  return firstListItem ? before : before + ' '.repeat(marker[0].length);
}

/** "Disable <rule> in this file": a `claimlint-disable-file` comment at the top, after any front matter. */
export function disableFileFix(source: string, lines: LineInfo, ruleId: string): Fix {
  const frontMatter = /^(?:---|\+\+\+)\r?\n[\s\S]*?\r?\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(source);
  const at = frontMatter ? frontMatter[0].length : 0;
  const separator = frontMatter && !frontMatter[0].endsWith('\n') ? lines.eol : '';
  return {
    title: `Disable ${ruleId} in this file`,
    edits: [{ range: at === 0 ? { start: 0, end: 0 } : { start: at, end: at }, newText: `${separator}<!-- claimlint-disable-file ${ruleId} -->${lines.eol}${lines.eol}` }],
  };
}

/** "a", "a and b", "a, b and c". */
function namedRules(ruleIds: readonly string[]): string {
  return ruleIds.length < 2 ? (ruleIds[0] ?? '') : `${ruleIds.slice(0, -1).join(', ')} and ${ruleIds[ruleIds.length - 1]}`;
}
