/**
 * Extracts the prose of a Markdown document as blocks of plain text that map every
 * character back to its exact UTF-16 offset in the source.
 *
 * Code, HTML, front matter, math, URLs, link destinations, images, footnote markers,
 * citation keys and reference lists never reach the prose: they become an
 * OBJECT REPLACEMENT CHARACTER (U+FFFC) that phrases cannot match across.
 */
import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { TextRange } from '../types';

/** Stands in for any inline thing that is not prose (code span, URL, citation key). */
export const OPAQUE = '\uFFFC';

/** Where a block of prose sits; a rule's `scopes` are checked against these. */
export interface ProseContext {
  heading: boolean;
  list: boolean;
  table: boolean;
  blockquote: boolean;
  footnote: boolean;
}

/** A list item that contains a block, for placing suppression comments safely. */
export interface ListItemInfo {
  /** True when the item is the first of its list. */
  first: boolean;
  /** Source range of the list that holds the item (its lead-in sentence comes right before it). */
  list?: TextRange;
}

/** One leaf block of prose: a paragraph, a heading or a table cell. */
export interface ProseBlock {
  /** Prose with inline markup removed, soft line breaks as spaces, opaque spans as U+FFFC. */
  text: string;
  /** `offsets[i]` is the source offset of `text[i]` (a typed array: 4 bytes a character, held as long as the chunk memo holds the block). */
  offsets: Int32Array;
  /** Source range of the leaf node (paragraph, heading or cell). */
  range: TextRange;
  context: ProseContext;
  /** Source range of the enclosing table, when the block is a cell. */
  table?: TextRange;
  /** The innermost list item holding the block. */
  listItem?: ListItemInfo;
  /** True for a cell of a table's header row. */
  tableHeader?: boolean;
}

// The parts a reference-list heading is made of: "Sources and further reading", "7. References", "Sources & references:".
const REFERENCE_HEADING_PART =
  /^(?:(?:key|selected|main|cited|other|additional|scientific|useful) )?(?:references?(?: list| cited)?|sources?(?: cited| consulted)?|bibliography|works cited|literature(?: cited)?|further reading|additional reading|reading list|recommended reading|citations?|(?:end|foot)?notes|studies cited|resources|links|further resources|useful links)$/;

/** True for a heading that opens a reference list, in any case, numbered or not, with or without a trailing colon. */
export function isReferenceHeading(text: string): boolean {
  const normalised = text
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\uFE0F*_`]/gu, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)])\s+/, '')
    .replace(/[\s:.]+$/, '')
    .trim();
  if (normalised.length === 0 || normalised.length > 60) return false;
  const parts = normalised.split(/\s*(?:,|&|\band\b|\+|\/)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => REFERENCE_HEADING_PART.test(part));
}

// Pandoc citations in brackets ([@key], [see @a, p. 3; -@b]), bare author-in-text
// keys (@smith2020), footnote markers without a definition in the chunk ([^1]),
// bracketed numeric markers ([1], [1-3], [1, 4], [2, p. 7]), Pandoc inline notes (^[…]), and bare URLs and e-mail
// addresses (www.x.org, https://x.org/a, name@example.org).
const MASKED =
  /\[[^\[\]\n]*-?@[\p{L}\p{N}_{][^\[\]\n]*\]|\[\^[^\]\s]+\]|\b(?:https?:\/\/|www\.)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"’”]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_]|@\{[^}\n]*\}|\[\d+(?:\s*[-–,]\s*\d+)*(?:,\s*(?:p|pp)\.\s*\d+(?:\s*[-–]\s*\d+)?)?\]|\^\[[^\]\n]*\]/gu;

/** Collects prose blocks from a parsed document. */
export function extractProse(tree: Root, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const context: ProseContext = { heading: false, list: false, table: false, blockquote: false, footnote: false };
  walkBlocks(tree, source, blocks, context, undefined, undefined);
  return blocks;
}

function walkBlocks(parent: Parents, source: string, out: ProseBlock[], context: ProseContext, listItem: ListItemInfo | undefined, table: TextRange | undefined): void {
  // Inside a parent, a heading named like "References" switches prose off until
  // the next heading of the same or a higher level: cited titles are not claims.
  let skipBelowDepth = 0;
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'heading') {
      if (skipBelowDepth && child.depth <= skipBelowDepth) skipBelowDepth = 0;
      if (!skipBelowDepth && isReferenceHeading(plainText(child))) {
        skipBelowDepth = child.depth;
        pushLeaf(child, source, out, { ...context, heading: true }, listItem, table);
        continue;
      }
    }
    if (skipBelowDepth) continue;
    switch (child.type) {
      case 'paragraph':
        pushLeaf(child, source, out, context, listItem, table);
        break;
      case 'heading':
        pushLeaf(child, source, out, { ...context, heading: true }, listItem, table);
        break;
      case 'blockquote':
        walkBlocks(child, source, out, { ...context, blockquote: true }, listItem, table);
        break;
      case 'list':
        child.children.forEach((item, index) => walkBlocks(item, source, out, { ...context, list: true }, { first: index === 0, list: rangeOf(child) }, table));
        break;
      case 'footnoteDefinition':
        walkBlocks(child, source, out, { ...context, footnote: true }, listItem, table);
        break;
      case 'table': {
        const tableRange = rangeOf(child);
        child.children.forEach((row, rowIndex) => {
          for (const cell of row.children) {
            const before = out.length;
            pushLeaf(cell, source, out, { ...context, table: true }, listItem, tableRange);
            if (rowIndex === 0 && out.length > before) out[out.length - 1]!.tableHeader = true;
          }
        });
        break;
      }
      default:
        // code, html, yaml, toml, math, definition, thematicBreak: not prose.
        break;
    }
  }
}

function rangeOf(node: Nodes): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function pushLeaf(node: Parents, source: string, out: ProseBlock[], context: ProseContext, listItem: ListItemInfo | undefined, table: TextRange | undefined): void {
  const builder: Builder = { text: [], offsets: [] };
  collectInline(node, source, builder);
  if (builder.text.length === 0) return;
  const text = maskNonProse(builder.text.join(''));
  const block: ProseBlock = { text, offsets: Int32Array.from(builder.offsets), range: rangeOf(node), context };
  if (table) block.table = table;
  if (listItem) block.listItem = listItem;
  out.push(block);
}

interface Builder {
  text: string[];
  offsets: number[];
}

function pushOpaque(builder: Builder, offset: number): void {
  builder.text.push(OPAQUE);
  builder.offsets.push(offset);
}

function collectInline(node: Parents, source: string, builder: Builder): void {
  for (const child of node.children as Nodes[]) {
    const start = child.position?.start.offset ?? 0;
    switch (child.type) {
      case 'text':
        appendText(child.value, source, start, child.position?.end.offset ?? start, builder);
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'linkReference':
        collectInline(child, source, builder);
        break;
      case 'link':
        // A bare URL (autolink) is not prose; link text is.
        if (isBareUrl(child)) pushOpaque(builder, start);
        else collectInline(child, source, builder);
        break;
      case 'break':
        builder.text.push(' ');
        builder.offsets.push(start);
        break;
      default:
        // inlineCode, inlineMath, html, image, imageReference, footnoteReference.
        pushOpaque(builder, start);
        break;
    }
  }
}

function isBareUrl(link: Extract<Nodes, { type: 'link' }>): boolean {
  const text = plainText(link);
  return text === link.url || `mailto:${text}` === link.url || text.replace(/^https?:\/\//, '') === link.url.replace(/^https?:\/\//, '') || /^(https?:\/\/|www\.)/i.test(text);
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/**
 * Appends a text node's value, mapping each character to its source offset.
 * Values differ from the source where escapes (`\*`) or character references
 * (`&amp;`) were decoded, or where continuation-line prefixes (`> `, indentation)
 * were stripped; a forward alignment handles all three.
 */
function appendText(value: string, source: string, start: number, end: number, builder: Builder): void {
  const exact = end - start === value.length && source.startsWith(value, start);
  let cursor = start;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    let offset: number;
    if (exact) offset = start + i;
    else {
      const found = source.indexOf(char, cursor);
      offset = found === -1 || found >= end ? Math.min(cursor, Math.max(start, end - 1)) : found;
      cursor = found === -1 || found >= end ? cursor : found + 1;
    }
    builder.text.push(char === '\n' || char === '\r' || char === '\t' ? ' ' : char);
    builder.offsets.push(offset);
  }
}

function maskNonProse(text: string): string {
  if (!text.includes('@') && !text.includes('[') && !text.includes('www.') && !text.includes('://')) return text;
  return text.replace(MASKED, (match) => OPAQUE.repeat(match.length));
}

/** Maps a prose span of `block` to a source range. */
export function sourceRange(block: ProseBlock, start: number, end: number): TextRange {
  const from = block.offsets[start]!;
  const last = block.offsets[Math.max(start, end - 1)]!;
  return { start: from, end: Math.max(from, last + 1) };
}
