/**
 * The generated rule docs in docs/rules/ match the rule files, and the check kinds in rules/README.md match their
 * declarations (run `npm run docs`).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderAllDocs, RULES_README, withCheckKindReference } from '../../scripts/generate-rule-docs';
import { builtinRules, REPO_ROOT } from '../helpers/rules';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(REPO_ROOT, path).split('\\').join('/')];
  });
}

describe('generated rule docs', () => {
  const expected = renderAllDocs(builtinRules().loaded);

  it('exist for every rule and nothing else (run `npm run docs`)', () => {
    assert.deepEqual(listFiles(join(REPO_ROOT, 'docs', 'rules')).sort(), [...expected.keys()].sort());
  });

  it('rules/README.md lists the check kinds as they declare themselves (run `npm run docs`)', () => {
    const readme = readFileSync(RULES_README, 'utf8');
    assert.equal(readme, withCheckKindReference(readme));
  });

  for (const [path, content] of expected) {
    it(`${path} is current (run \`npm run docs\`)`, () => {
      assert.equal(readFileSync(join(REPO_ROOT, path), 'utf8'), content);
    });
  }
});
