/**
 * Parses YAML (or JSON, which is YAML) data files and validates them against a
 * JSON Schema, turning every error into a Problem at the offending node.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Problem, TextFile, TextRange } from '../types';

import { precomputedData, recordData } from './snapshot';

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<object, ValidateFunction>();

/** A parsed data file: its value (undefined when unreadable) and its problems. */
export interface ParsedData {
  value: unknown;
  problems: Problem[];
  document: Document.Parsed;
}

/**
 * Parses `file` as YAML and validates it against `schema`. A built-in rule file comes from the build-time snapshot
 * (snapshot.ts) when its text is unchanged: no YAML parse, no validation; its syntax tree is parsed only if asked for.
 */
export function parseDataFile(file: TextFile, schema: object, what: string, empty?: unknown): ParsedData {
  const known = precomputedData(file.text, schema);
  if (known !== undefined) {
    let document: Document.Parsed | undefined;
    return {
      value: known,
      problems: [],
      get document() {
        return (document ??= parseDocument(file.text, { prettyErrors: false, uniqueKeys: true }));
      },
    };
  }
  const parsed = parseAndValidate(file, schema, what, empty);
  if (parsed.problems.length === 0) recordData(file.text, schema, parsed.value);
  return parsed;
}

function parseAndValidate(file: TextFile, schema: object, what: string, empty?: unknown): ParsedData {
  const document = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = document.errors.map((error) => ({
    path: file.path,
    severity: 'error',
    message: `${what} is not valid YAML: ${firstLine(error.message)}`,
    range: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) },
  }));
  if (problems.length > 0) return { value: undefined, problems, document };
  let value: unknown;
  try {
    // A file with nothing but comments or blank lines is `empty` when the caller gives one (an empty config).
    value = document.contents === null && empty !== undefined ? empty : document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb (aliases of aliases that expand exponentially) stops at the alias limit instead of eating memory.
    return {
      value: undefined,
      problems: [{ path: file.path, severity: 'error', message: `${what} cannot be read: ${firstLine((error as Error).message)}`, range: { start: 0, end: Math.min(1, file.text.length) } }],
      document,
    };
  }
  return { value, problems: validateData(file, document, value, schema, what), document };
}

/**
 * Validates `value` against `schema`; problems point into `document` (the file's
 * parsed YAML), at the offending node when the file holds it (a merged rule's
 * inherited fields fall back to the nearest node that exists).
 */
export function validateData(file: TextFile, document: Document.Parsed, value: unknown, schema: object, what: string): Problem[] {
  const problems: Problem[] = [];
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  if (!validate(value)) {
    for (const error of simplify(validate.errors ?? [])) {
      problems.push({
        path: file.path,
        severity: 'error',
        message: `${what}: ${describe(error)}`,
        range: rangeForError(document, error, file.text.length),
      });
    }
    problems.sort((a, b) => (a.range?.start ?? 0) - (b.range?.start ?? 0));
  }
  return problems;
}

/** The source range of the node at `path` in a parsed YAML document. */
export function nodeRange(document: Document.Parsed, path: Array<string | number>, textLength: number): TextRange {
  const node = document.getIn(path, true) as YamlNode | undefined;
  const range = node && (isScalar(node) || isMap(node) || 'range' in node) ? node.range : undefined;
  if (range) return { start: range[0], end: Math.max(range[1], range[0] + 1) };
  if (path.length > 0) return nodeRange(document, path.slice(0, -1), textLength);
  const contents = document.contents?.range;
  return contents ? { start: contents[0], end: Math.max(contents[0] + 1, Math.min(contents[1], contents[0] + 1)) } : { start: 0, end: Math.min(1, textLength) };
}

/** Decodes a JSON Pointer into YAML path segments (numbers for array indexes). */
function pathSegments(pointer: string): Array<string | number> {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** `examples.flagged[0]`, `rules.overclaim/cure-claims`. */
function readablePath(segments: Array<string | number>): string {
  return segments.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function rangeForError(document: Document.Parsed, error: ErrorObject, textLength: number): TextRange {
  const path = pathSegments(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = keyRange(document, path, String(error.params['additionalProperty']));
    if (key) return key;
  }
  return nodeRange(document, path, textLength);
}

/** The source range of the key `key` in the map at `path` (falling back to the map). */
export function keyRangeOf(document: Document.Parsed, path: Array<string | number>, key: string, textLength: number): TextRange {
  return keyRange(document, path, key) ?? nodeRange(document, path, textLength);
}

function keyRange(document: Document.Parsed, path: Array<string | number>, key: string): TextRange | undefined {
  const parent = path.length ? document.getIn(path, true) : document.contents;
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) return { start: pair.key.range[0], end: pair.key.range[1] };
  }
  return undefined;
}

// Ajv reports every branch of if/then and oneOf; keep the errors a person can act on.
// The failed branches of a oneOf become one error listing what is accepted there.
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath));
  const merged: ErrorObject[] = [...oneOfPaths].map((path) => {
    const branches = errors.filter((error) => error.instancePath === path && error.keyword !== 'oneOf');
    const accepted = [
      ...branches.flatMap((error) => (error.keyword === 'enum' ? (error.params['allowedValues'] as unknown[]).map((value) => `\`${String(value)}\``) : [])),
      ...branches.flatMap((error) => (error.keyword === 'type' ? [`a value of type ${String(error.params['type'])}`] : [])),
    ];
    return { keyword: 'oneOf', instancePath: path, schemaPath: '', params: { accepted }, message: undefined } as unknown as ErrorObject;
  });
  const useful = [...merged, ...errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'oneOf' && error.keyword !== 'allOf' && !oneOfPaths.has(error.instancePath))];
  const seen = new Set<string>();
  return useful.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? `\`${readablePath(pathSegments(error.instancePath))}\`` : 'the file';
  switch (error.keyword) {
    case 'required':
      return `${where} is missing the required field \`${String(error.params['missingProperty'])}\``;
    case 'additionalProperties':
      return `${where} has an unknown field \`${String(error.params['additionalProperty'])}\``;
    case 'enum':
      return `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map((value) => `\`${String(value)}\``).join(', ')}`;
    case 'type':
      return `${where} must be of type ${String(error.params['type'])}`;
    case 'pattern':
      return `${where} does not have the expected form (${error.message ?? 'pattern mismatch'}: ${String(error.params['pattern'])})`;
    case 'not':
      return `${where} has a field its \`check\` kind does not take`;
    case 'oneOf': {
      const accepted = (error.params['accepted'] as string[]) ?? [];
      return accepted.length ? `${where} must be ${accepted.length > 1 ? 'one of ' : ''}${accepted.join(', ').replace(/, ([^,]*)$/, ', or $1')}` : `${where} is not valid`;
    }
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
