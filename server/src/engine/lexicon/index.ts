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
  /** Phrases in which an entry is not of the class ("more likely" is a rate, not a hedge). */
  exceptions?: string[];
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
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${forms.map(escape).join('|')})(?![\p{L}\p{N}])`, 'giu');
    patterns.set(name, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const regexes = new Map<string, RegExp>();

/**
 * A word-bounded pattern source for every form of the lists, longest first, as a fresh RegExp with `flags` (cached per
 * lists and flags; a global one is reset before it is returned).
 */
export function lexiconRegex(names: readonly LexiconName[], flags: string): RegExp {
  const key = `${names.join('+')}/${flags}`;
  let regex = regexes.get(key);
  if (!regex) {
    const forms = names.flatMap((name) => [...lexiconForms(name).keys()]).sort((a, b) => b.length - a.length);
    regex = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${forms.map(escape).join('|')})(?![\p{L}\p{N}])`, `${flags}u`);
    regexes.set(key, regex);
  }
  regex.lastIndex = 0;
  return regex;
}

/**
 * One-word forms of a list, its multi-word forms as word arrays, and its exceptions as word arrays, for token-level
 * checks (a form inside an exception is not a match).
 */
export function lexiconWords(name: LexiconName): { words: ReadonlySet<string>; phrases: ReadonlyArray<readonly string[]>; exceptions: ReadonlyArray<readonly string[]> } {
  const forms = [...lexiconForms(name).keys()].map((form) => form.toLowerCase());
  return {
    words: new Set(forms.filter((form) => !form.includes(' '))),
    phrases: forms.filter((form) => form.includes(' ')).map((form) => form.split(/\s+/)),
    exceptions: (LISTS[name].exceptions ?? []).map((phrase) => phrase.split(/\s+/)),
  };
}

const withExceptions = new Map<string, RegExp>();

/**
 * The words of `text` that the lists match, lower-cased and each once, leaving out matches inside a list's exceptions
 * ("likely" in "more likely"). The exceptions are tried first at each position, so they consume their words.
 */
export function lexiconMatches(names: readonly LexiconName[], text: string): string[] {
  const key = names.join('+');
  let regex = withExceptions.get(key);
  if (!regex) {
    const forms = names.flatMap((name) => [...lexiconForms(name).keys()]).sort((a, b) => b.length - a.length);
    const exceptions = names.flatMap((name) => LISTS[name].exceptions ?? []).sort((a, b) => b.length - a.length);
    const bounded = (alternatives: string[]): string => String.raw`(?<![\p{L}\p{N}])(?:${alternatives.map(escape).join('|')})(?![\p{L}\p{N}])`;
    regex = new RegExp(exceptions.length > 0 ? `(${bounded(exceptions)})|${bounded(forms)}` : bounded(forms), 'giu');
    withExceptions.set(key, regex);
  }
  regex.lastIndex = 0;
  const found = new Set<string>();
  for (const match of text.matchAll(regex)) if (match[1] === undefined) found.add(match[0].toLowerCase());
  return [...found];
}

/** The source a list cites, for explanations. */
export function lexiconSource(name: LexiconName): string {
  return LISTS[name].source;
}

function escape(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['’]");
}
