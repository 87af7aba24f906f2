/**
 * The build-time snapshot of the built-in rule packs (builtin-snapshot.json, made by `npm run snapshot`):
 * the validated value of every built-in rule, manifest and lexicon file, keyed by a hash of its text and its schema,
 * and the verb and noun forms their patterns expand to. Loading the built-in packs then parses no YAML, compiles no
 * schema validator and runs no inflection: the cold start of the editor and the CLI. A file whose text differs
 * from the snapshot's (a team's pack, an edited rule) is parsed and validated as usual; a test fails when the
 * snapshot is stale.
 */
import snapshot from './builtin-snapshot.json';

interface Snapshot {
  data: Record<string, unknown>;
  inflections: Record<string, string[]>;
}

const stored = snapshot as Snapshot;

/** The key of a text validated against a schema: the schema's `$id` and two 32-bit hashes of the text, and its length. */
export function dataKey(text: string, schema: object): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    djb = (Math.imul(djb, 33) + code) | 0;
  }
  const id = (schema as { $id?: string }).$id ?? '';
  return `${id.replace(/^.*\//, '')}|${text.length}|${(fnv >>> 0).toString(36)}|${(djb >>> 0).toString(36)}`;
}

/** The validated value of `text` under `schema` if the snapshot holds it (a fresh copy: callers may change it). */
export function precomputedData(text: string, schema: object): unknown {
  // Making a new snapshot: everything is parsed afresh.
  if (recorder) return undefined;
  const found = stored.data[dataKey(text, schema)];
  return found === undefined ? undefined : (JSON.parse(JSON.stringify(found)) as unknown);
}

/** Inflections as `v:lemma` / `n:lemma` → forms. */
export function precomputedInflections(): Array<[string, string[]]> {
  return Object.entries(stored.inflections);
}

let recorder: ((key: string, value: unknown) => void) | undefined;

/** While making the snapshot: called with every file that parsed and validated cleanly. */
export function recordDataWith(record: ((key: string, value: unknown) => void) | undefined): void {
  recorder = record;
}

export function recordData(text: string, schema: object, value: unknown): void {
  recorder?.(dataKey(text, schema), value);
}
