/**
 * Generates the TypeScript types of the data files claimlint reads (rule files, pack manifests, config files, the
 * decision ledger, lexicon lists) from their JSON Schemas in server/schema/, with json-schema-to-typescript, into
 * server/src/engine/rules/generated/. The engine's own types (RuleDefinition, PackManifest, ConfigData, …) extend or
 * alias these, so a schema change reaches the code without copying it by hand. Run with `npm run types` (after
 * `npm run schemas`, since the rule schema's `check` enum comes from the check kind declarations); a test fails when
 * a generated file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';

const ROOT = join(__dirname, '..');
const SCHEMA_DIR = join(ROOT, 'server', 'schema');
export const TYPES_DIR = join(ROOT, 'server', 'src', 'engine', 'rules', 'generated');

/** Each schema, the module it becomes (under TYPES_DIR) and the name of its root type. */
export const TYPE_TARGETS: ReadonlyArray<{ schema: string; module: string; root: string }> = [
  { schema: 'rule.schema.json', module: 'rule.ts', root: 'RuleFile' },
  { schema: 'pack.schema.json', module: 'pack.ts', root: 'PackManifestFile' },
  { schema: 'config.schema.json', module: 'config.ts', root: 'ConfigFile' },
  { schema: 'decisions.schema.json', module: 'decisions.ts', root: 'DecisionLedgerFile' },
  { schema: 'lexicon.schema.json', module: 'lexicon.ts', root: 'LexiconListFile' },
];

/** Every generated module: absolute path → content. */
export async function renderTypes(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const target of TYPE_TARGETS) {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, target.schema), 'utf8')) as Record<string, unknown>;
    // The root type takes the name given here, not one made from the schema's `$id` or `title`; `allOf` holds only
    // `if`/`then` conditions (per check kind, and what an extending rule may leave out), which types cannot express.
    delete schema['$id'];
    delete schema['title'];
    delete schema['allOf'];
    const source = await compile(schema as Parameters<typeof compile>[0], target.root, {
      bannerComment: [
        '/**',
        ` * Generated from server/schema/${target.schema} by \`npm run types\` (json-schema-to-typescript). Do not edit by`,
        ' * hand: change the schema and run `npm run types`; a test fails when this file is stale.',
        ' */',
      ].join('\n'),
      cwd: SCHEMA_DIR,
      declareExternallyReferenced: true,
      // `minItems` is validated by the schema; tuple types would only get in the way of ordinary array code.
      ignoreMinAndMaxItems: true,
      style: { singleQuote: true, printWidth: 120, bracketSpacing: true, trailingComma: 'all', semi: true, tabWidth: 2, useTabs: false },
    });
    files.set(join(TYPES_DIR, target.module), source);
  }
  return files;
}

async function main(): Promise<void> {
  mkdirSync(TYPES_DIR, { recursive: true });
  const files = await renderTypes();
  for (const [path, content] of files) writeFileSync(path, content);
  console.log(`wrote ${files.size} files under ${TYPES_DIR}`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  });
