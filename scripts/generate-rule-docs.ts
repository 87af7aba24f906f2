/**
 * Writes docs/rules/<pack>/<rule>.md and docs/rules/README.md from the rule files.
 * Run with `npm run docs`; a test fails when the committed docs are stale.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderRuleDoc, type LoadedRules } from '../server/src/engine/index';
import { loadPackFolderSync as loadPackFolder } from './pack-files';

const ROOT = join(__dirname, '..');

/** Every generated file, path relative to the repo root → content. */
export function renderAllDocs(loaded: LoadedRules): Map<string, string> {
  const files = new Map<string, string>();
  const packs = new Map(loaded.packs.map((pack) => [pack.name, pack]));
  const index = ['<!-- Generated from the rule files by `npm run docs`. Do not edit by hand. -->', '', '# Rule reference', ''];
  for (const pack of [...loaded.packs].sort((a, b) => a.name.localeCompare(b.name))) {
    index.push(`## ${pack.name} ${pack.version}`, '', pack.description, '', '| Rule | Severity | Fix | What it flags |', '| --- | --- | --- | --- |');
    for (const { definition } of loaded.rules.filter((rule) => rule.definition.pack === pack.name)) {
      const name = definition.id.slice(pack.name.length + 1);
      index.push(`| [${definition.id}](${pack.name}/${name}.md) | ${definition.severity} | ${definition.check === 'substitution' ? 'yes' : ''} | ${definition.title ?? definition.rationale} |`);
    }
    index.push('');
  }
  files.set('docs/rules/README.md', index.join('\n'));
  for (const { definition } of loaded.rules) files.set(`docs/rules/${definition.id}.md`, renderRuleDoc(definition, packs.get(definition.pack)));
  return files;
}

function main(): void {
  const loaded = loadPackFolder(join(ROOT, 'rules'));
  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) console.error(`${problem.path}: ${problem.message}`);
    process.exitCode = 2;
    return;
  }
  rmSync(join(ROOT, 'docs', 'rules'), { recursive: true, force: true });
  const files = renderAllDocs(loaded);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), content);
  }
  console.log(`wrote ${files.size} files under docs/rules/`);
}

if (require.main === module) main();

