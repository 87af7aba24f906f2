/**
 * Derives the per-kind part of server/schema/rule.schema.json from the check kind declarations (the registry in
 * server/src/engine/checks/index.ts): the `check` enum, and the `allOf` entries marked as generated (fields a kind
 * requires or forbids, whether its messages quote `{text}`, and its `options`). The rest of the file is written by
 * hand and kept as it is. The file is what both the loader (ajv) and VS Code (yamlValidation) read. Run with
 * `npm run schemas`; a test fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_KIND_LIST } from '../server/src/engine/checks/index';
import type { CheckKindDeclaration } from '../server/src/engine/checks/kind';

const ROOT = join(__dirname, '..');
export const RULE_SCHEMA = join(ROOT, 'server', 'schema', 'rule.schema.json');

/** The `$comment` that marks what this script writes; entries without it are hand-written. */
export const GENERATED = 'Generated from the check kind declarations (server/src/engine/checks/) by `npm run schemas`; do not edit by hand.';

type Schema = Record<string, unknown>;

/** `rule.schema.json` as it should read: `text` (the current file) with its generated parts derived from `kinds`. */
export function renderRuleSchema(text: string, kinds: readonly CheckKindDeclaration[] = CHECK_KIND_LIST): string {
  const schema = JSON.parse(text) as Schema;
  const properties = schema['properties'] as Record<string, Schema>;
  checkDeclarations(kinds, new Set(Object.keys(properties)));
  properties['check'] = { ...properties['check'], enum: kinds.map((kind) => kind.kind), $comment: GENERATED };
  const handWritten = ((schema['allOf'] as Schema[] | undefined) ?? []).filter((entry) => entry['$comment'] !== GENERATED);
  schema['allOf'] = [...handWritten, ...generatedEntries(kinds)];
  return schemaJson(schema);
}

/**
 * The generated `allOf` entries, in this order:
 * - per kind that requires or forbids fields, those fields. Their `if` matches a rule with no `check` too (as the
 *   hand-written entries it replaced did, so the problems reported for such a file stay the same);
 * - the message must quote `{text}`, unless the kind's span is not words worth quoting (`quotesText: false`);
 * - per kind that takes options, its options; one entry for the kinds that take none. These apply only when the rule
 *   names its `check`: without one, which options are allowed is unknown.
 */
function generatedEntries(kinds: readonly CheckKindDeclaration[]): Schema[] {
  const entries: Schema[] = [];
  for (const kind of kinds) {
    const required = kind.fields?.required ?? [];
    const forbidden = kind.fields?.forbidden ?? [];
    if (required.length === 0 && forbidden.length === 0) continue;
    entries.push({
      $comment: GENERATED,
      if: { properties: { check: { const: kind.kind } } },
      then: {
        ...(required.length > 0 ? { required: [...required] } : {}),
        ...(forbidden.length > 0 ? { not: forbidden.length === 1 ? { required: [...forbidden] } : { anyOf: forbidden.map((field) => ({ required: [field] })) } } : {}),
      },
    });
  }
  const unquoted = kinds.filter((kind) => kind.quotesText === false).map((kind) => kind.kind);
  const quoteText = { properties: { message: { pattern: '\\{text\\}' } } };
  entries.push(unquoted.length > 0 ? { $comment: GENERATED, if: { not: { properties: { check: oneOf(unquoted) } } }, then: quoteText } : { $comment: GENERATED, ...quoteText });
  for (const kind of kinds.filter((candidate) => Object.keys(candidate.options ?? {}).length > 0)) {
    // Keywords in one order whatever the declaration's: description, values, default.
    const options = Object.fromEntries(
      Object.entries(kind.options!).map(([name, { description, type, enum: values, minimum, maximum, default: fallback }]) => [
        name,
        JSON.parse(JSON.stringify({ description, type, enum: values, minimum, maximum, default: fallback })) as Schema,
      ]),
    );
    entries.push({
      $comment: GENERATED,
      if: { required: ['check'], properties: { check: { const: kind.kind } } },
      then: { properties: { options: { description: `Options of \`${kind.kind}\`.`, additionalProperties: false, properties: options } } },
    });
  }
  const withoutOptions = kinds.filter((kind) => Object.keys(kind.options ?? {}).length === 0).map((kind) => kind.kind);
  if (withoutOptions.length > 0)
    entries.push({
      $comment: GENERATED,
      if: { required: ['check'], properties: { check: oneOf(withoutOptions) } },
      then: { properties: { options: { description: 'This check kind takes no options.', additionalProperties: false } } },
    });
  return entries;
}

function oneOf(kinds: readonly string[]): Schema {
  return kinds.length === 1 ? { const: kinds[0] } : { enum: [...kinds] };
}

/** Declarations the schema cannot be derived from are a programming error: say which and why. */
function checkDeclarations(kinds: readonly CheckKindDeclaration[], ruleFields: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const kind of kinds) {
    if (!/^[a-z][a-z0-9-]*$/.test(kind.kind)) throw new Error(`check kind \`${kind.kind}\`: names are lower-case kebab case`);
    if (seen.has(kind.kind)) throw new Error(`check kind \`${kind.kind}\` is registered twice`);
    seen.add(kind.kind);
    const fields = [...(kind.fields?.required ?? []), ...(kind.fields?.optional ?? []), ...(kind.fields?.forbidden ?? [])];
    for (const field of fields) if (!ruleFields.has(field)) throw new Error(`check kind \`${kind.kind}\` names \`${field}\`, which is not a field of rule.schema.json`);
  }
}

/** JSON as the schema files are written: two-space indents, non-ASCII characters escaped, a final newline. */
export function schemaJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

function main(): void {
  const before = readFileSync(RULE_SCHEMA, 'utf8');
  const after = renderRuleSchema(before);
  if (after === before) {
    console.log(`${RULE_SCHEMA} is current`);
    return;
  }
  writeFileSync(RULE_SCHEMA, after);
  console.log(`wrote ${RULE_SCHEMA}`);
}

if (require.main === module) main();
