/**
 * Collects the citation-bearing structure of a parsed chunk: footnote references
 * and definitions, links, HTML nodes (for directives), and the items of reference
 * lists ("References", "Sources", …), each with its source range.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { TextRange } from '../types';
import { isReferenceHeading } from './prose';

/** A footnote reference (`[^1]`) or definition (`[^1]: …`). */
export interface FootnoteNode {
  label: string;
  range: TextRange;
}

/** A link with its destination; `bare` when the text is the URL itself. */
export interface LinkNode {
  url: string;
  /** The link's title (`[text](url "Title")`), which writers often set to the cited paper's title. */
  title?: string;
  range: TextRange;
}

/** A link reference definition (`[1]: https://… "Title"`): the reference list of many wiki and blog articles. */
export interface DefinitionNode {
  /** Normalised label (case-folded, whitespace collapsed), as references match it. */
  label: string;
  url: string;
  title?: string;
  range: TextRange;
}

/** One item of a reference list: its number if the list is numbered or the text starts with one. */
export interface ReferenceItem {
  number?: number;
  text: string;
  range: TextRange;
}

/** What `collectStructure` finds in one chunk (ranges relative to the chunk). */
export interface ChunkStructure {
  html: TextRange[];
  footnoteReferences: FootnoteNode[];
  footnoteDefinitions: FootnoteNode[];
  links: LinkNode[];
  definitions: DefinitionNode[];
  referenceItems: ReferenceItem[];
  /** Range of each reference-list heading (for placing new items). */
  referenceHeadings: TextRange[];
}

/** Walks a parsed chunk once. */
export function collectStructure(tree: Root, source: string): ChunkStructure {
  const structure: ChunkStructure = { html: [], footnoteReferences: [], footnoteDefinitions: [], links: [], definitions: [], referenceItems: [], referenceHeadings: [] };
  walk(tree, source, structure);
  collectReferenceLists(tree.children, source, structure);
  return structure;
}

function rangeOf(node: Nodes): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function walk(node: Nodes, source: string, out: ChunkStructure): void {
  switch (node.type) {
    case 'html':
      out.html.push(rangeOf(node));
      return;
    case 'footnoteReference':
      out.footnoteReferences.push({ label: node.label ?? node.identifier, range: rangeOf(node) });
      return;
    case 'footnoteDefinition':
      out.footnoteDefinitions.push({ label: node.label ?? node.identifier, range: rangeOf(node) });
      break;
    case 'link':
      out.links.push({ url: node.url, ...(node.title ? { title: node.title } : {}), range: rangeOf(node) });
      break;
    case 'definition':
      out.definitions.push({ label: normaliseLabel(node.label ?? node.identifier), url: node.url, ...(node.title ? { title: node.title } : {}), range: rangeOf(node) });
      return;
    default:
      break;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, source, out);
}

/** Items under headings named like "References", until the next heading of the same or a higher level. */
function collectReferenceLists(children: RootContent[], source: string, out: ChunkStructure): void {
  let depth = 0;
  for (const child of children) {
    if (child.type === 'heading') {
      if (depth && child.depth <= depth) depth = 0;
      const text = source
        .slice(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0)
        .replace(/^#+\s*|\s*#*$/g, '')
        .trim();
      if (!depth && isReferenceHeading(text)) {
        depth = child.depth;
        out.referenceHeadings.push(rangeOf(child));
      }
      continue;
    }
    if (!depth) continue;
    if (child.type === 'list') {
      child.children.forEach((item, index) => {
        const range = rangeOf(item);
        const raw = source.slice(range.start, range.end);
        const text = raw.replace(/^\s*([-*+]|\d+[.)])\s*/, '').trim();
        // The number as written: writers number reference lists by hand, and cite those numbers.
        const written = /^\s*(\d{1,4})[.)]/.exec(raw)?.[1];
        const number = written !== undefined ? Number(written) : child.ordered ? (child.start ?? 1) + index : leadingNumber(text);
        out.referenceItems.push({ text, range, ...(number !== undefined ? { number } : {}) });
      });
    } else if (child.type === 'paragraph') {
      // "[1] Smith J. …" lines written as a paragraph, one reference per line.
      const range = rangeOf(child);
      let offset = range.start;
      for (const line of source.slice(range.start, range.end).split(/\r?\n/)) {
        const number = leadingNumber(line.trim());
        if (line.trim()) out.referenceItems.push({ text: line.trim(), range: { start: offset, end: offset + line.length }, ...(number !== undefined ? { number } : {}) });
        offset += line.length + (source[offset + line.length] === '\r' ? 2 : 1);
      }
    }
  }
}

function leadingNumber(text: string): number | undefined {
  const match = /^\[?(\d{1,4})[\].):]\s/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** How Markdown matches a reference to its definition: case-insensitive, runs of white space as one space. */
export function normaliseLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
