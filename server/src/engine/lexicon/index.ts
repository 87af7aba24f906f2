/**
 * The shared lexicon: word classes defined once, as data, in rules/lexicon/*.yaml and compiled by `npm run lexicon`
 * into lexicon.json (verbs with every inflected form). Guards, claim strength, rewrites and checks read the classes
 * from here instead of keeping their own lists.
 */
import compiled from './lexicon.json';

export type LexiconName = keyof typeof compiled;

interface CompiledList {
  kind: string;
  source: string;
  entries: Record<string, string[]>;
}

const LISTS = compiled as Record<LexiconName, CompiledList>;

const lemmaMaps = new Map<LexiconName, Map<string, string>>();
const patterns = new Map<LexiconName, RegExp>();

/** Every form of a list's entries, mapped to its entry (lemma). */
export function lexiconForms(name: LexiconName): Map<string, string> {
  let forms = lemmaMaps.get(name);
  if (!forms) {
    forms = new Map();
    for (const [lemma, inflected] of Object.entries(LISTS[name].entries)) for (const form of inflected) forms.set(form, lemma);
    lemmaMaps.set(name, forms);
  }
  return forms;
}

/** A global, case-insensitive, word-bounded pattern for every form of a list (longest first). */
export function lexiconPattern(name: LexiconName): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    const forms = [...lexiconForms(name).keys()].sort((a, b) => b.length - a.length);
    pattern = new RegExp(String.raw`\b(?:${forms.map(escape).join('|')})\b`, 'gi');
    patterns.set(name, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The source a list cites, for explanations. */
export function lexiconSource(name: LexiconName): string {
  return LISTS[name].source;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
