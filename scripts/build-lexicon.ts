/**
 * Compiles the shared lexicon (rules/lexicon/*.yaml) into server/src/engine/lexicon/lexicon.json, which the pure
 * engine imports: verb lemmas expanded to every inflected form with compromise (through text/inflect.ts), phrases
 * lower-cased. Run with `npm run lexicon`; a test fails when the committed JSON is stale or a list is invalid.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
// Gives the engine its word-form loader (compromise), which verbForms needs.
import '../server/src/node/node-inflector';
import { checkLexiconFile } from '../server/src/engine/rules/load';
import { verbForms } from '../server/src/engine/text/inflect';
import { positionsOf } from '../server/src/cli/positions';
import type { Problem } from '../server/src/engine/types';
import type { LexiconListFile } from '../server/src/engine/rules/generated/lexicon';

const ROOT = join(__dirname, '..');
export const LEXICON_DIR = join(ROOT, 'rules', 'lexicon');
export const LEXICON_JSON = join(ROOT, 'server', 'src', 'engine', 'lexicon', 'lexicon.json');

/** The compiled lexicon (of `dir`, by default the project's) as JSON text, and the problems of any list that does not validate. */
export function compileLexicon(dir = LEXICON_DIR): { json: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const compiled: Record<string, { kind: string; source: string; entries: Record<string, string[]>; exceptions?: string[] }> = {};
  for (const name of readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const found = checkLexiconFile({ path, relativePath: `lexicon/${name}`, text }, name.replace(/\.ya?ml$/, ''));
    problems.push(...found);
    if (found.length > 0) continue;
    const list = parse(text) as LexiconListFile;
    const entries: Record<string, string[]> = {};
    for (const entry of list.entries) entries[entry] = list.kind === 'verb' ? phrasalForms(entry) : [entry.toLowerCase()];
    // An exception that contains none of the list's forms would silently do nothing.
    const forms = Object.values(entries).flat();
    for (const exception of list.exceptions ?? [])
      if (!forms.some((form) => ` ${exception.toLowerCase()} `.includes(` ${form} `)))
        problems.push({ path, severity: 'error', message: `exception \`${exception}\` of lexicon list \`${list.name}\` contains none of its entries; remove it, or add the entry` });
    compiled[list.name] = {
      kind: list.kind,
      source: `${list.source.citation} (${list.source.url})`,
      entries,
      ...(list.exceptions?.length ? { exceptions: list.exceptions.map((phrase) => phrase.toLowerCase()) } : {}),
    };
  }
  return { json: JSON.stringify(compiled, null, 1) + '\n', problems };
}

/** Forms of a verb lemma, keeping a particle: "lead to" → lead to, leads to, led to, leading to. */
function phrasalForms(lemma: string): string[] {
  const [verb, ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return verbForms(verb!)
    .map((form) => form + tail)
    .sort();
}

function main(): void {
  const { json, problems } = compileLexicon();
  for (const problem of problems) {
    const at = problem.range ? positionsOf(readFileSync(problem.path, 'utf8'))(problem.range).start : undefined;
    console.error(`${problem.path}${at ? `:${at.line + 1}:${at.character + 1}` : ''}: ${problem.message}`);
  }
  if (problems.length > 0) {
    process.exitCode = 2;
    return;
  }
  writeFileSync(LEXICON_JSON, json);
  console.log(`wrote ${LEXICON_JSON}`);
}

if (require.main === module) main();
