/**
 * Expands a lemma into its inflected forms with compromise, so rules can say
 * `{cure}` instead of listing cure, cures, cured, curing.
 */
import nlp from 'compromise';

const cache = new Map<string, string[]>();

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
