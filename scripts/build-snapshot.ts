/**
 * Makes server/src/engine/rules/builtin-snapshot.json (see server/src/engine/rules/snapshot.ts): loads the
 * built-in packs from rules/ with the snapshot turned off, recording every file's validated value and every
 * inflection their patterns asked for. Run with `npm run snapshot` (part of `npm run generate`) after changing a
 * built-in rule, manifest, lexicon list, schema or the inflection code; a test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules } from '../server/src/engine/index';
import { recordDataWith } from '../server/src/engine/rules/snapshot';
import { EFFECT_VERB_LEMMAS } from '../server/src/engine/claims/hedge';
import { conjugation, forgetInflections, inflectionsSoFar } from '../server/src/engine/text/inflect';
import { readPackFilesSync } from './pack-files';

const ROOT = join(__dirname, '..');
export const SNAPSHOT_PATH = join(ROOT, 'server', 'src', 'engine', 'rules', 'builtin-snapshot.json');

/** The snapshot's text, made from the packs under rules/. */
export function renderSnapshot(): string {
  const data: Record<string, unknown> = {};
  forgetInflections();
  recordDataWith((key, value) => {
    data[key] = value;
  });
  try {
    const loaded = loadRules(readPackFilesSync(join(ROOT, 'rules')));
    if (loaded.problems.length > 0) throw new Error(`the built-in packs have problems:\n${loaded.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')}`);
    // The effect verbs the hedge rewrites conjugate.
    for (const lemma of EFFECT_VERB_LEMMAS) conjugation(lemma);
  } finally {
    recordDataWith(undefined);
  }
  const inflections = Object.fromEntries([...inflectionsSoFar()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const sortedData = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ data: sortedData, inflections })}\n`;
}

if (require.main === module) {
  writeFileSync(SNAPSHOT_PATH, renderSnapshot());
  console.log(`wrote ${SNAPSHOT_PATH}`);
}
