/**
 * Renders a rule's documentation page from its YAML, the one source of truth.
 */
import type { OwnFinding } from '../lint/own-findings';
import type { PackManifest, RuleDefinition } from './model';

/** The Markdown page for `docs/rules/<pack>/<rule>.md`. */
export function renderRuleDoc(rule: RuleDefinition, pack: PackManifest | undefined, kindFixes?: string): string {
  const lines: string[] = ['<!-- Generated from the rule file by `npm run docs`. Do not edit by hand. -->', '', `# ${rule.id}`, ''];
  if (rule.title) lines.push(`**${rule.title}**`, '');
  lines.push(
    rule.rationale,
    '',
    '| | |',
    '| --- | --- |',
    `| Pack | \`${rule.pack}\`${pack ? ` ${pack.version}` : ''} |`,
    `| Check kind | \`${rule.check}\` |`,
    `| Default severity | ${rule.severity} |`,
    `| Fixable | ${rule.check === 'substitution' ? 'yes (quick fix)' : rule.rewrite === 'ladder' ? "yes: remove an absolute, emphatic or hype adjective, the GRADE low-certainty wording for the sentence's verb, or remove the claim (a citation placeholder where none fits)" : (kindFixes ?? 'no; the message suggests a direction')} |`,
    `| Source | [${rule.source.citation.replace(/\|/g, '\\|')}](${rule.source.url})${rule.source.section ? ` (${rule.source.section})` : ''} |`,
    '',
    '## Message',
    '',
    '```text',
    rule.message,
    '```',
    '',
  );
  if (rule.phrases) lines.push('## Phrases', '', ...rule.phrases.map((phrase) => `- \`${phrase}\``), '');
  if (rule.swap) {
    lines.push('## Replacements', '', '| Flagged | Suggested |', '| --- | --- |');
    for (const [pattern, replacement] of Object.entries(rule.swap)) {
      const list = (Array.isArray(replacement) ? replacement : [replacement]).map((r) => (r === '' ? '*(remove)*' : `\`${r}\``));
      // A pipe inside a table cell ends the cell, even in code: alternatives are escaped.
      lines.push(`| \`${pattern.replace(/\|/g, '\\|')}\` | ${list.join(', ')} |`);
    }
    lines.push('');
  }
  if (rule.exceptions?.length) lines.push('## Exceptions', '', ...rule.exceptions.map((phrase) => `- \`${phrase}\``), '');
  lines.push(
    '## Not reported when',
    '',
    ...(rule.guards ?? ['negated', 'quoted', 'question', 'conditional', 'myth']).map((guard) => `- ${GUARD_TEXT[guard]}`),
    ...(rule.unless === 'cited' ? ['- a citation covers the sentence, in editorial copy (`unless: cited`; product copy is always checked)'] : []),
    ...(rule.unless === 'attributed'
      ? ['- a citation marker covers the sentence, even one whose reference list is missing, in editorial copy (`unless: attributed`; product copy is always checked)']
      : []),
    '',
    '## Examples',
    '',
    'Flagged (the flagged words are in bold):',
    '',
    ...rule.examples.flagged.map((example) => `- ${example.replace(/\{\{(.+?)\}\}/g, '**$1**')}`),
    '',
    'Not flagged:',
    '',
    ...rule.examples.clean.map((example) => `- ${example}`),
    '',
  );
  if (rule.examples.fixed?.length) lines.push('After the preferred quick fix:', '', ...rule.examples.fixed.map((example) => `- ${example}`), '');
  lines.push('## Turning it off', '', '```markdown', `<!-- claimlint-disable-next-line ${rule.id} -- reason -->`, '```', '', `Or in \`.claimlint.yaml\`: \`rules: { ${rule.id}: off }\`.`, '');
  return lines.join('\n');
}

const GUARD_TEXT: Record<string, string> = {
  negated: 'the words are negated ("there is no cure")',
  quoted: 'they are inside a quotation or a block quote',
  question: 'the sentence is a question',
  conditional: 'they are inside an if/whether/unless clause',
  instruction: 'the sentence is a safety or usage instruction ("Never exceed the stated dose")',
  hedged: 'the sentence is already hedged ("may", "probably", "appears to")',
  myth: 'the sentence frames a myth it is correcting ("Myth: …", "It is not true that …")',
  contrasted: 'the sentence sets them against a hedge ("from the few that clearly work to the many that probably don\'t")',
};

/** The Markdown page for one of claimlint's own findings, `docs/rules/claimlint/<name>.md`. */
export function renderOwnFindingDoc(finding: OwnFinding): string {
  return [
    '<!-- Generated from server/src/engine/lint/own-findings.ts by `npm run docs`. Do not edit by hand. -->',
    '',
    `# ${finding.id}`,
    '',
    `**${finding.title}**`,
    '',
    finding.rationale,
    '',
    '| | |',
    '| --- | --- |',
    '| Made by | claimlint itself, not a rule file |',
    `| Severity | ${finding.severity} |`,
    `| Where | ${finding.origin.replace(/\|/g, '\\|')} |`,
    '',
    '## Message',
    '',
    '```text',
    finding.message,
    '```',
    '',
    '## What to do',
    '',
    finding.remedy,
    '',
  ].join('\n');
}
