/**
 * The build-time snapshot of the built-in packs (server/src/engine/rules/snapshot.ts) must be current, and must give
 * exactly what parsing the YAML gives; a file whose text differs from the snapshot's is parsed as usual.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadRules } from '../../server/src/engine/index';
import { dataKey, precomputedData, recordDataWith } from '../../server/src/engine/rules/snapshot';
import ruleSchema from '../../server/schema/rule.schema.json';
import { readPackFilesSync } from '../../scripts/pack-files';
import { renderSnapshot, SNAPSHOT_PATH } from '../../scripts/build-snapshot';
import { RULES_ROOT } from '../helpers/rules';

describe('built-in pack snapshot', function () {
  this.timeout(60000);

  it('is current (run `npm run snapshot` after changing a built-in rule, lexicon list, schema or inflection)', () => {
    assert.equal(readFileSync(SNAPSHOT_PATH, 'utf8'), renderSnapshot());
  });

  it('holds every built-in file, and loading from it gives the same rules as parsing the YAML', () => {
    const files = readPackFilesSync(RULES_ROOT);
    const fromSnapshot = loadRules(files);
    // With a recorder set, the snapshot is bypassed: everything is parsed and validated afresh.
    recordDataWith(() => undefined);
    let parsed;
    try {
      parsed = loadRules(files);
    } finally {
      recordDataWith(undefined);
    }
    assert.deepEqual(fromSnapshot.problems, []);
    assert.deepEqual(
      fromSnapshot.rules.map((rule) => rule.definition),
      parsed.rules.map((rule) => rule.definition),
    );
    assert.deepEqual(fromSnapshot.packs, parsed.packs);
    const rule = files.find((file) => file.relativePath.startsWith('overclaim/') && !file.relativePath.endsWith('pack.yaml'))!;
    assert.ok(precomputedData(rule.text, ruleSchema) !== undefined, `${rule.relativePath} is in the snapshot`);
  });

  it('is not used for a file whose text differs: an edited built-in rule is parsed, and its problems reported', () => {
    const files = readPackFilesSync(RULES_ROOT);
    const rule = files.find((file) => file.relativePath.startsWith('overclaim/') && !file.relativePath.endsWith('pack.yaml'))!;
    const edited = { ...rule, text: `${rule.text}\nnot-a-field: true\n` };
    assert.equal(precomputedData(edited.text, ruleSchema), undefined);
    assert.notEqual(dataKey(edited.text, ruleSchema), dataKey(rule.text, ruleSchema));
    const loaded = loadRules(files.map((file) => (file === rule ? edited : file)));
    assert.ok(
      loaded.problems.some((problem) => problem.path === rule.path && /not-a-field/.test(problem.message)),
      loaded.problems.map((problem) => problem.message).join('\n'),
    );
  });

  it('hands out copies: changing a loaded definition does not change the next load', () => {
    const files = readPackFilesSync(RULES_ROOT);
    const phrasesOf = (loaded: ReturnType<typeof loadRules>) => loaded.rules.find((rule) => rule.definition.phrases)!.definition.phrases!;
    phrasesOf(loadRules(files)).push('changed');
    assert.ok(!phrasesOf(loadRules(files)).includes('changed'));
  });
});
