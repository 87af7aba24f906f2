/**
 * Reads CSL-JSON (the Zotero / Better BibTeX export) and CSL-YAML (Pandoc's
 * `references:` format) into the common entry model, with each entry's range.
 */
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem, TextFile, TextRange } from '../types';
import type { BibEntry, Person } from './model';

type CslItem = Record<string, unknown>;

/** Parses a CSL-JSON file: an array of items (or `{ "items": [...] }`). */
export function parseCslJson(file: TextFile): { entries: BibEntry[]; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const offset = position ? Number(position[1]) : 0;
    return {
      entries: [],
      problems: [{ path: file.path, severity: 'error', message: `bibliography is not valid JSON: ${withoutQuotedText((error as Error).message)}`, range: { start: offset, end: offset + 1 } }],
    };
  }
  const items = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['items']) ? (data['items'] as unknown[]) : undefined;
  if (!items) return { entries: [], problems: [{ path: file.path, severity: 'error', message: 'a CSL-JSON bibliography must be an array of items', range: { start: 0, end: 1 } }] };
  const problems: Problem[] = [];
  const entries: BibEntry[] = [];
  let searchFrom = 0;
  items.forEach((item, index) => {
    const id = isObject(item) ? (item['id'] ?? item['citation-key']) : undefined;
    // JSON.parse keeps no positions: find the item's id in the text, in order.
    const at = typeof id === 'string' || typeof id === 'number' ? file.text.indexOf(JSON.stringify(String(id)), searchFrom) : -1;
    const range = at >= 0 ? { start: at, end: at + JSON.stringify(String(id)).length } : { start: 0, end: 1 };
    if (at >= 0) searchFrom = range.end;
    if (!isObject(item) || (typeof id !== 'string' && typeof id !== 'number')) {
      problems.push({ path: file.path, severity: 'error', message: `bibliography item ${index + 1} has no "id"`, range });
      return;
    }
    entries.push(fromCsl(item, String(id), file.path, range));
  });
  return { entries, problems };
}

/** Parses CSL-YAML: a list of items, or a mapping with `references:`. */
export function parseCslYaml(file: TextFile): { entries: BibEntry[]; problems: Problem[] } {
  const document = parseDocument(file.text);
  if (document.errors.length > 0)
    return {
      entries: [],
      problems: document.errors.map((error) => ({
        path: file.path,
        severity: 'error' as const,
        message: `bibliography is not valid YAML: ${error.message.split('\n')[0]}`,
        range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) },
      })),
    };
  const root = document.contents;
  const list = isSeq(root) ? root : isMap(root) ? root.get('references', true) : undefined;
  if (!isSeq(list))
    return { entries: [], problems: [{ path: file.path, severity: 'error', message: 'a CSL-YAML bibliography must be a list of items or have a `references:` list', range: { start: 0, end: 1 } }] };
  const entries: BibEntry[] = [];
  const problems: Problem[] = [];
  list.items.forEach((node, index) => {
    const range = rangeOf(node as YamlNode);
    const item = (node as YamlNode).toJSON() as unknown;
    const id = isObject(item) ? (item['id'] ?? item['citation-key']) : undefined;
    if (!isObject(item) || (typeof id !== 'string' && typeof id !== 'number')) {
      problems.push({ path: file.path, severity: 'error', message: `bibliography item ${index + 1} has no \`id\``, range });
      return;
    }
    entries.push(fromCsl(item, String(id), file.path, range));
  });
  return { entries, problems };
}

function rangeOf(node: YamlNode): TextRange {
  return node.range ? { start: node.range[0], end: Math.max(node.range[0] + 1, node.range[1]) } : { start: 0, end: 1 };
}

function fromCsl(item: CslItem, key: string, path: string, range: TextRange): BibEntry {
  const entry: BibEntry = {
    key,
    type: String(item['type'] ?? 'article'),
    authors: (Array.isArray(item['author']) ? item['author'] : []).filter(isObject).map(toPerson),
    keywords: String(item['keyword'] ?? item['keywords'] ?? '')
      .split(/[,;]/)
      .map((word) => word.trim())
      .filter(Boolean),
    path,
    range,
  };
  const set = (field: keyof BibEntry, value: unknown): void => {
    if (value !== undefined && value !== null && String(value).trim() !== '') (entry as unknown as Record<string, unknown>)[field] = String(value).trim();
  };
  set('title', item['title']);
  set('container', item['container-title']);
  set('year', yearOf(item['issued']));
  set('volume', item['volume']);
  set('issue', item['issue']);
  set('pages', item['page']);
  set('doi', item['DOI'] ?? item['doi']);
  set('pmid', item['PMID'] ?? item['pmid']);
  set('pmcid', item['PMCID'] ?? item['pmcid']);
  set('url', item['URL'] ?? item['url']);
  set('abstract', item['abstract']);
  set('studyDesign', item['study-design'] ?? item['studydesign'] ?? item['genre']);
  set('evidenceLevel', item['evidence-level'] ?? item['evidencelevel']);
  set('notes', item['annote'] ?? item['note']);
  return entry;
}

function toPerson(author: CslItem): Person {
  if (typeof author['family'] === 'string') return { family: author['family'], ...(typeof author['given'] === 'string' ? { given: author['given'] } : {}) };
  return { family: String(author['literal'] ?? '') };
}

function yearOf(issued: unknown): string | undefined {
  if (!isObject(issued)) return typeof issued === 'string' ? issued.slice(0, 4) : undefined;
  const parts = issued['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]) && parts[0][0] !== undefined) return String(parts[0][0]);
  return typeof issued['literal'] === 'string' ? issued['literal'] : typeof issued['raw'] === 'string' ? issued['raw'].slice(0, 4) : undefined;
}

function isObject(value: unknown): value is CslItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON.parse quotes the start of the text it could not read ("root:x:0:0"...); a message shows where, never what, so
 * a file that is not a bibliography (a symlink to a system file) leaks nothing through it.
 */
function withoutQuotedText(message: string): string {
  return message.replace(/^Unexpected token .*? is not valid JSON$/s, 'unexpected character').replace(/ "[^"]*"(\.\.\.)?/g, '');
}
