/**
 * Expands a lemma into its inflected forms with compromise, so rules can say
 * `{cure}` instead of listing cure, cures, cured, curing.
 *
 * compromise is loaded only when a word is not in the build-time snapshot (a team's own pack): loading it costs a
 * third of a cold start. The engine cannot load modules itself (it is pure and runs in a web worker too), so each
 * host hands it a loader with `useInflector` (server/src/node/node-inflector.ts, server/src/browser/main.ts).
 */
import type compromise from 'compromise';
import { precomputedInflections } from '../rules/snapshot';

type Nlp = typeof compromise;

let loader: (() => Nlp) | undefined;
let loaded: Nlp | undefined;

/** Gives the engine compromise, loaded on first use. */
export function useInflector(load: () => Nlp): void {
  loader = load;
}

function nlp(text: string): ReturnType<Nlp> {
  if (!loaded) {
    if (!loader) throw new Error(`cannot inflect \`${text}\`: no inflector; the host must call useInflector() (see text/inflect.ts)`);
    loaded = loader();
  }
  return loaded(text);
}

// Seeded with the forms the built-in rules and lexicon use, computed at build time (rules/snapshot.ts): compromise
// conjugates only the words a team's own pack adds.
const cache = new Map<string, string[]>(precomputedInflections());

/** Every inflection computed so far (`npm run snapshot` stores them). */
export function inflectionsSoFar(): ReadonlyMap<string, string[]> {
  return cache;
}

/** Forgets every inflection, the snapshot's too (`npm run snapshot` starts from nothing). */
export function forgetInflections(): void {
  cache.clear();
}

/** Every verb form of `lemma`: base, third person, past, participle, gerund. */
export function verbForms(lemma: string): string[] {
  return cached(`v:${lemma}`, () => {
    const forms = new Set<string>([lemma]);
    const doc = nlp(lemma);
    doc.tag('Infinitive'); // a bare word is ambiguous ("reset" the noun); rules name verbs
    const conjugations = doc.verbs().conjugate() as Array<Record<string, string>>;
    for (const conjugation of conjugations) {
      for (const [tense, form] of Object.entries(conjugation)) {
        // "will cure" is the lemma plus an auxiliary; the lemma is already in.
        if (tense !== 'FutureTense' && form && !form.includes(' ')) forms.add(form.toLowerCase());
      }
    }
    return [...forms];
  });
}

/** The third person, past and participle of a verb, as compromise conjugates it (undefined where it gives none). */
export function conjugation(lemma: string): { third?: string; past?: string; participle?: string } {
  const [third, past, participle] = cached(`c:${lemma}`, () => {
    const doc = nlp(lemma);
    doc.tag('Infinitive');
    const found = (doc.verbs().conjugate() as Array<Record<string, string>>)[0] ?? {};
    return [found['PresentTense'] ?? '', found['PastTense'] ?? '', found['Participle'] ?? ''];
  });
  return { ...(third ? { third } : {}), ...(past ? { past } : {}), ...(participle ? { participle } : {}) };
}

/** Singular and plural of a noun. */
export function nounForms(lemma: string): string[] {
  return cached(`n:${lemma}`, () => {
    const doc = nlp(lemma);
    doc.tag('Singular');
    const plural = doc.nouns().toPlural().text().toLowerCase();
    return plural && plural !== lemma ? [lemma, plural] : [lemma];
  });
}

function cached(key: string, compute: () => string[]): string[] {
  let forms = cache.get(key);
  if (!forms) {
    forms = compute();
    cache.set(key, forms);
  }
  return forms;
}
