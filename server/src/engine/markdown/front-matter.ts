/**
 * Reads the YAML front matter of a document: the per-document settings claimlint
 * honours (`bibliography`, later `audience` and `mode`), with the range of each
 * value so problems can point at it.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { TextRange } from '../types';

/** A string value from the front matter and where it is written. */
export interface FrontMatterValue {
  value: string;
  range: TextRange;
}

/** The front matter settings of a document. */
export interface FrontMatter {
  bibliography: FrontMatterValue[];
  audience?: FrontMatterValue;
  mode?: FrontMatterValue;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Reads the front matter; a document without one (or with broken YAML) has no settings. */
export function readFrontMatter(text: string): FrontMatter {
  const result: FrontMatter = { bibliography: [] };
  const match = FRONT_MATTER.exec(text);
  if (!match) return result;
  const offset = match[0].indexOf(match[1]!);
  const document = parseDocument(match[1]!);
  if (document.errors.length > 0 || !isMap(document.contents)) return result;
  const node = document.contents.get('bibliography', true) as YamlNode | undefined;
  const values = isSeq(node) ? node.items : node ? [node] : [];
  for (const item of values) {
    if (isScalar(item) && typeof item.value === 'string' && item.range) result.bibliography.push({ value: item.value, range: { start: item.range[0] + offset, end: item.range[1] + offset } });
  }
  for (const key of ['audience', 'mode'] as const) {
    const value = document.contents.get(key, true) as YamlNode | undefined;
    if (isScalar(value) && typeof value.value === 'string' && value.range) result[key] = { value: value.value, range: { start: value.range[0] + offset, end: value.range[1] + offset } };
  }
  return result;
}
