/**
 * Adds a phrase to a config file's `vocabulary.accept` list, as text in, text out,
 * so the editor can apply it as one versioned edit. YAML keeps its comments and
 * layout (the `yaml` document model); JSON is re-serialised with two-space indent.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import { compilePattern } from '../text/patterns';

/** The text of a new config file holding only the accepted phrase. */
export function newConfigWithAcceptedPhrase(phrase: string): string {
  return `# claimlint project configuration (see the README, "Configuration")\nvocabulary:\n  accept:\n    - ${JSON.stringify(phrase)}\n`;
}

/**
 * The config text with `phrase` added to `vocabulary.accept`; undefined when the
 * file cannot be read as a config (its own diagnostics say why) or already has it.
 */
export function addAcceptedPhrase(configPath: string, text: string, phrase: string): string | undefined {
  try {
    const added = addToConfig(configPath, text, phrase);
    return added === undefined ? undefined : keepLineEndings(text, added);
  } catch {
    // A config the yaml model cannot edit (odd shapes): no fix offered; its own diagnostics explain it.
    return undefined;
  }
}

/** Text in, text out with the writer's line endings: YAML and JSON serialisers write LF only. */
export function keepLineEndings(original: string, output: string): string {
  return original.includes('\r\n') ? output.replace(/\r?\n/g, '\r\n') : output;
}

function addToConfig(configPath: string, text: string, phrase: string): string | undefined {
  if (configPath.endsWith('.json')) {
    try {
      const data = text.trim() === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
      const vocabulary = (data['vocabulary'] ?? {}) as Record<string, unknown>;
      const accept = Array.isArray(vocabulary['accept']) ? (vocabulary['accept'] as unknown[]) : [];
      if (accept.includes(phrase)) return undefined;
      data['vocabulary'] = { ...vocabulary, accept: [...accept, phrase] };
      return `${JSON.stringify(data, null, 2)}\n`;
    } catch {
      return undefined;
    }
  }
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  if (document.contents !== null && !isMap(document.contents)) return undefined;
  const vocabulary = document.get('vocabulary', true);
  if (vocabulary !== undefined && !isMap(vocabulary)) return undefined;
  if (document.contents === null) return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${newConfigWithAcceptedPhrase(phrase).replace(/^#.*\n/, '')}`;
  const existing = document.getIn(['vocabulary', 'accept']);
  if (isSeq(existing) && existing.items.some((item) => String((item as { value?: unknown }).value ?? item) === phrase)) return undefined;
  if (existing !== undefined && !isSeq(existing)) return undefined;
  if (existing === undefined) document.setIn(['vocabulary', 'accept'], document.createNode([phrase]));
  else existing.add(document.createNode(phrase));
  return document.toString({ flowCollectionPadding: false });
}

/**
 * The phrase to accept for a finding's text: its words on one line, when they
 * read back as the same phrase pattern (no pattern syntax in them); otherwise undefined.
 */
export function acceptablePhrase(text: string): string | undefined {
  const phrase = text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
  if (phrase === '' || phrase.length > 80 || /[{}()|#@\[\]]/.test(phrase)) return undefined;
  try {
    compilePattern(phrase);
    return phrase;
  } catch {
    return undefined;
  }
}

/** The smallest single edit that turns `before` into `after`: their common start and end stay untouched. */
export function minimalEdit(before: string, after: string): { start: number; end: number; newText: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

/** Check kinds that flag wording, which accepted vocabulary can silence (the others flag gaps or reading level). */
const WORDING_CHECKS = new Set(['phrase', 'substitution']);

/**
 * Whether "Add … to the accepted vocabulary" makes sense for a rule's finding: the rule flags wording, and is not the
 * vocabulary pack's own list of rejected phrases (accepting what the team rejected would contradict itself).
 */
export function acceptsVocabulary(rules: ReadonlyArray<{ rule: { definition: { id: string; check: string; pack: string } } }>, ruleId: string): boolean {
  const definition = rules.find((active) => active.rule.definition.id === ruleId)?.rule.definition;
  return definition !== undefined && WORDING_CHECKS.has(definition.check) && definition.pack !== 'vocabulary';
}
