/**
 * Writes docs/rules/<pack>/<rule>.md and docs/rules/README.md from the rule files, and the check-kind reference in
 * rules/README.md (between its markers) from the check kind declarations.
 * Run with `npm run docs`; a test fails when the committed docs are stale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OWN_FINDINGS, renderOwnFindingDoc, renderRuleDoc, type LoadedRules } from '../server/src/engine/index';
import { CHECK_KIND_LIST } from '../server/src/engine/checks/index';
import type { CheckKindDeclaration, OptionSchema } from '../server/src/engine/checks/kind';
import { loadPackFolderSync as loadPackFolder } from './pack-files';

const ROOT = join(__dirname, '..');
export const RULES_README = join(ROOT, 'rules', 'README.md');
const KINDS_START = '<!-- Generated from the check kind declarations (server/src/engine/checks/) by `npm run docs`. Do not edit by hand. -->';
const KINDS_END = '<!-- End of the generated check kinds. -->';
/** What each check kind's findings offer as quick fixes, by kind. */
const KIND_FIXES = new Map(CHECK_KIND_LIST.filter((kind) => kind.fixes).map((kind) => [kind.kind, kind.fixes!]));

/** Every generated file, path relative to the repo root → content. */
export function renderAllDocs(loaded: LoadedRules): Map<string, string> {
  const files = new Map<string, string>();
  const packs = new Map(loaded.packs.map((pack) => [pack.name, pack]));
  const index = ['<!-- Generated from the rule files by `npm run docs`. Do not edit by hand. -->', '', '# Rule reference', ''];
  for (const pack of [...loaded.packs].sort((a, b) => a.name.localeCompare(b.name))) {
    index.push(`## ${pack.name} ${pack.version}`, '', pack.description, '', '| Rule | Severity | Fix | What it flags |', '| --- | --- | --- | --- |');
    for (const { definition } of loaded.rules.filter((rule) => rule.definition.pack === pack.name)) {
      const name = definition.id.slice(pack.name.length + 1);
      const fixable = definition.check === 'substitution' || definition.rewrite === 'ladder' || KIND_FIXES.has(definition.check);
      index.push(`| [${definition.id}](${pack.name}/${name}.md) | ${definition.severity} | ${fixable ? 'yes' : ''} | ${definition.title ?? definition.rationale} |`);
    }
    index.push('');
  }
  index.push(
    "## claimlint's own findings",
    '',
    'About the run itself, not from a rule file; no directive or config switches them off.',
    '',
    '| Finding | Severity | What it reports |',
    '| --- | --- | --- |',
  );
  for (const finding of OWN_FINDINGS) {
    index.push(`| [${finding.id}](${finding.id}.md) | ${finding.severity} | ${finding.title}: ${finding.rationale} |`);
    files.set(`docs/rules/${finding.id}.md`, renderOwnFindingDoc(finding));
  }
  index.push('');
  files.set('docs/rules/README.md', index.join('\n'));
  for (const { definition } of loaded.rules) files.set(`docs/rules/${definition.id}.md`, renderRuleDoc(definition, packs.get(definition.pack), KIND_FIXES.get(definition.check)));
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
  writeFileSync(RULES_README, withCheckKindReference(readFileSync(RULES_README, 'utf8')));
  console.log(`wrote the check kinds in ${RULES_README}`);
}

/** `readme` (rules/README.md) with the part between its check-kind markers rendered from `kinds`. */
export function withCheckKindReference(readme: string, kinds: readonly CheckKindDeclaration[] = CHECK_KIND_LIST): string {
  const start = readme.indexOf(KINDS_START);
  const end = readme.indexOf(KINDS_END);
  if (start === -1 || end < start) throw new Error('rules/README.md has lost the markers around its generated check kinds');
  return readme.slice(0, start) + renderCheckKindReference(kinds) + readme.slice(end);
}

/** The check-kind reference: what each kind does and reads, its message variants and placeholders, its options. */
export function renderCheckKindReference(kinds: readonly CheckKindDeclaration[]): string {
  const code = (text: string): string => `\`${text}\``;
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [KINDS_START, '', '| Kind | Fields | What it does |', '| --- | --- | --- |'];
  for (const kind of kinds) {
    const fields = [
      ...(kind.fields?.required ?? []).map((field) => `${code(field)} (required)`),
      ...(kind.fields?.optional ?? []).map(code),
      ...(kind.messages ? [code(`messages: { ${Object.keys(kind.messages).join(', ')} }`)] : []),
      ...(kind.options ? [code(`options: { ${Object.keys(kind.options).join(', ')} }`)] : []),
      ...Object.keys(kind.placeholders ?? {}).map((name) => code(`{${name}}`)),
    ];
    const quotes = kind.quotesText === false ? ' Its messages need not quote `{text}`.' : '';
    lines.push(['|', code(kind.kind), '|', cell(fields.join(', ')), '|', cell(kind.description + quotes), '|'].filter(Boolean).join(' '));
  }
  lines.push('');
  const wording = kinds.flatMap((kind) => [
    ...Object.entries(kind.messages ?? {}).map(([variant, when]) => `| ${code(kind.kind)} | ${code(`messages: { ${variant} }`)} | ${cell(when)} |`),
    ...Object.entries(kind.placeholders ?? {}).map(([name, holds]) => `| ${code(kind.kind)} | ${code(`{${name}}`)} | ${cell(holds)} |`),
  ]);
  if (wording.length > 0) {
    lines.push('#### Message variants and placeholders', '', '| Kind | In the rule | Used when, or holds |', '| --- | --- | --- |', ...wording, '');
  }
  const options = kinds.flatMap((kind) =>
    Object.entries(kind.options ?? {}).map(
      ([name, option]) => `| ${code(kind.kind)} | ${code(name)} | ${cell(optionValues(option))} | ${code(String(option.default))} | ${cell(option.description)} |`,
    ),
  );
  if (options.length > 0) {
    lines.push('#### Options', '', 'A rule sets them under `options:`; a project overrides them per rule with `rules: { <id>: { options: { … } } }`.', '');
    lines.push('| Kind | Option | Values | Default | What it sets |', '| --- | --- | --- | --- | --- |', ...options, '');
  }
  return lines.join('\n') + '\n';
}

function optionValues(option: OptionSchema): string {
  if (option.enum) return option.enum.map((value) => `\`${String(value)}\``).join(' | ');
  const bounds = [option.minimum !== undefined ? `at least ${option.minimum}` : '', option.maximum !== undefined ? `at most ${option.maximum}` : ''].filter(Boolean);
  return `${option.type ?? 'any'}${bounds.length > 0 ? ` (${bounds.join(', ')})` : ''}`;
}

if (require.main === module) main();
