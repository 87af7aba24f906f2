/**
 * Rewrites an effect claim along the GRADE ladder (domain reference §2.2, §2.5,
 * §8.2): moderate certainty "probably reduces", low "may reduce", very low "It is
 * uncertain whether …", and the correlational form "is associated with reduced …"
 * for observational evidence. Verb forms come from compromise, so tense and person
 * stay right ("reduced" → "may have reduced"). Never offers "can" as a hedge,
 * removes boosters instead of hedging them ("clearly reduces" → "reduces"), and
 * returns nothing for a sentence that is already hedged.
 */
import nlp from 'compromise';
import type { TextRange } from '../types';

/** A rung of the ladder, or the correlational form. */
export type HedgeLevel = 'moderate' | 'low' | 'very-low' | 'correlational';

/** One rewrite: replace `range` of the sentence with `text`. */
export interface HedgeRewrite {
  level: HedgeLevel;
  range: TextRange;
  text: string;
}

interface VerbForms {
  base: string;
  third: string;
  past: string;
  participle: string;
}

// Effect verbs a claim hinges on; "help" is handled with what follows it.
const LEMMAS = [
  'reduce', 'improve', 'relieve', 'prevent', 'treat', 'cure', 'heal', 'lower', 'raise', 'increase', 'decrease', 'boost',
  'cause', 'eliminate', 'ease', 'alleviate', 'protect', 'restore', 'shorten', 'strengthen', 'reverse', 'stop', 'slow',
  'speed', 'enhance', 'help', 'fix', 'resolve', 'shrink', 'repair', 'restart', 'reset', 'control', 'regulate',
];
const HEDGED = /\b(?:may|might|could|possibly|perhaps|probably|likely|unlikely|appears?\s+to|seems?\s+to|suggests?|uncertain|unclear|potentially)\b/i;
const BOOSTER = String.raw`(?:clearly|definitely|undoubtedly|certainly|conclusively|obviously|undeniably|indisputably|always|completely|totally|permanently|dramatically|significantly)`;

let formsByWord: Map<string, { forms: VerbForms; tense: 'base' | 'third' | 'past' }> | undefined;

/** Every inflected form of the effect verbs, with its lemma's forms (built once, with compromise). */
function verbIndex(): Map<string, { forms: VerbForms; tense: 'base' | 'third' | 'past' }> {
  if (formsByWord) return formsByWord;
  formsByWord = new Map();
  for (const lemma of LEMMAS) {
    const doc = nlp(lemma);
    doc.tag('Infinitive');
    const conjugation = (doc.verbs().conjugate() as Array<Record<string, string>>)[0] ?? {};
    const forms: VerbForms = {
      base: lemma,
      third: conjugation['PresentTense'] ?? `${lemma}s`,
      past: conjugation['PastTense'] ?? `${lemma}ed`,
      participle: conjugation['Participle'] ?? conjugation['PastTense'] ?? `${lemma}ed`,
    };
    formsByWord.set(forms.third, { forms, tense: 'third' });
    formsByWord.set(forms.past, { forms, tense: 'past' });
    formsByWord.set(forms.base, { forms, tense: 'base' });
  }
  return formsByWord;
}

const CORRELATIONAL_OBJECT: Record<string, string> = {
  reduce: 'reduced', lower: 'lower', decrease: 'decreased', improve: 'improved', increase: 'increased', raise: 'higher',
  boost: 'higher', relieve: 'less', ease: 'less', alleviate: 'less', shorten: 'shorter', strengthen: 'stronger', enhance: 'better',
  slow: 'slower', cause: '', shrink: 'smaller',
};

/** The ladder rewrites of the effect claim in `sentence`, in order: moderate, low, very low, correlational. */
export function hedgeRewrites(sentence: string): HedgeRewrite[] {
  if (HEDGED.test(sentence)) return [];
  const found = findVerbPhrase(sentence);
  if (!found) return [];
  const { range, forms, tense, proven, plural, helpTail } = found;
  const rewrites: HedgeRewrite[] = [];
  const tail = helpTail ? ` ${helpTail}` : '';
  const present = plural ? forms.base : forms.third;
  if (proven) {
    rewrites.push({ level: 'moderate', range, text: `${plural ? 'have' : 'has'} been shown in trials to ${forms.base}${tail}` });
    rewrites.push({ level: 'low', range, text: `may ${forms.base}${tail}` });
  } else if (forms.base === 'cure') {
    // "cures" promises more than any hedge of "cure" can carry; GRADE row 1 speaks of relief.
    rewrites.push({ level: 'moderate', range, text: tense === 'past' ? 'probably helped relieve' : `probably ${plural ? 'help' : 'helps'} relieve` });
    rewrites.push({ level: 'low', range, text: tense === 'past' ? 'may have helped relieve' : 'may help relieve' });
  } else {
    rewrites.push({ level: 'moderate', range, text: `probably ${tense === 'past' ? forms.past : present}${tail}` });
    rewrites.push({ level: 'low', range, text: tense === 'past' ? `may have ${forms.participle}${tail}` : `may ${forms.base}${tail}` });
  }
  const veryLow = veryLowRewrite(sentence, range, tense === 'past' ? forms.past : present, tail);
  if (veryLow) rewrites.push(veryLow);
  const correlational = correlationalRewrite(sentence, range, forms, tense, plural);
  if (correlational) rewrites.push(correlational);
  return rewrites;
}

interface VerbPhrase {
  range: TextRange;
  forms: VerbForms;
  tense: 'base' | 'third' | 'past';
  proven: boolean;
  plural: boolean;
  /** What follows "help" ("help relieve", "help to reduce"), kept in every rewrite. */
  helpTail?: string;
}

function findVerbPhrase(sentence: string): VerbPhrase | undefined {
  const index = verbIndex();
  const words = [...sentence.matchAll(/[\p{L}'’-]+/gu)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]![0].toLowerCase();
    // "is (clinically) proven to reduce", "are shown to improve"
    if ((word === 'proven' || word === 'proved' || word === 'shown') && words[i + 1]?.[0].toLowerCase() === 'to') {
      const verb = index.get(words[i + 2]?.[0].toLowerCase() ?? '');
      const auxiliary = findBack(words, i, /^(?:is|are|was|were|been|be)$/i, 3);
      if (verb && auxiliary !== undefined) {
        const start = boosterStart(sentence, words[auxiliary]!.index);
        const end = words[i + 2]!.index + words[i + 2]![0].length;
        const aux = words[auxiliary]![0].toLowerCase();
        return withHelpTail(sentence, words, i + 2, { range: { start, end }, forms: verb.forms, tense: 'base', proven: true, plural: aux === 'are' || aux === 'were' });
      }
    }
    const entry = index.get(word);
    if (!entry) continue;
    const previous = words[i - 1]?.[0].toLowerCase();
    // "can reduce" reads as a causal claim (Adams 2017): rewrite it, never keep it.
    if (previous === 'can' || previous === 'will' || previous === 'does' || previous === 'do') {
      const start = boosterStart(sentence, words[i - 1]!.index);
      const plural = previous === 'do' || subjectLooksPlural(words, i - 1);
      return withHelpTail(sentence, words, i, { range: { start, end: words[i]!.index + words[i]![0].length }, forms: entry.forms, tense: 'base', proven: false, plural });
    }
    // A bare base form is a plural present only after a plural-looking subject ("Exercises reduce").
    if (entry.tense === 'base' && !subjectLooksPlural(words, i)) continue;
    if (entry.tense === 'past' && previous && /^(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)$/.test(previous)) continue;
    const start = boosterStart(sentence, words[i]!.index);
    return withHelpTail(sentence, words, i, {
      range: { start, end: words[i]!.index + words[i]![0].length },
      forms: entry.forms,
      tense: entry.tense,
      proven: false,
      plural: entry.tense === 'base',
    });
  }
  return undefined;
}

function withHelpTail(sentence: string, words: RegExpMatchArray[], at: number, phrase: VerbPhrase): VerbPhrase {
  if (phrase.forms.base !== 'help') return phrase;
  // "helps relieve pain", "helps to reduce pain": the helped verb stays in every rewrite.
  const next = words[at + 1];
  if (!next) return phrase;
  const to = next[0].toLowerCase() === 'to' ? words[at + 2] : undefined;
  const helped = to ?? next;
  if (!verbIndex().has(helped[0].toLowerCase())) return phrase;
  const end = helped.index! + helped[0].length;
  return { ...phrase, range: { start: phrase.range.start, end }, helpTail: sentence.slice(next.index!, end) };
}

function findBack(words: RegExpMatchArray[], from: number, pattern: RegExp, within: number): number | undefined {
  for (let i = from - 1; i >= Math.max(0, from - within); i--) if (pattern.test(words[i]![0])) return i;
  return undefined;
}

function subjectLooksPlural(words: RegExpMatchArray[], verbIndexInWords: number): boolean {
  const subject = words[verbIndexInWords - 1]?.[0].toLowerCase() ?? '';
  if (/^(?:they|we|you|these|those|both|studies|trials|people|children|women|men)$/.test(subject)) return true;
  return /[^s]s$/.test(subject) && !/(?:ss|us|is|ics|ness)$/.test(subject);
}

// A booster before the verb phrase goes with it: "clearly reduces" → "may reduce".
function boosterStart(sentence: string, start: number): number {
  const before = new RegExp(`\\b${BOOSTER}\\s+$`, 'i').exec(sentence.slice(0, start));
  return before ? before.index : start;
}

function veryLowRewrite(sentence: string, range: TextRange, verb: string, tail: string): HedgeRewrite | undefined {
  const lead = /^\s*/.exec(sentence)![0].length;
  const end = sentence.search(/[.!]\s*$/);
  if (end < range.end) return undefined;
  const subject = sentence.slice(lead, range.start).trimEnd();
  if (!subject) return undefined;
  const first = /^[A-Z][a-z]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
  return { level: 'very-low', range: { start: lead, end }, text: `It is uncertain whether ${first} ${verb}${tail}${sentence.slice(range.end, end)}` };
}

function correlationalRewrite(sentence: string, range: TextRange, forms: VerbForms, tense: 'base' | 'third' | 'past', plural: boolean): HedgeRewrite | undefined {
  const be = tense === 'past' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  const after = sentence.slice(range.end);
  const risk = /^\s+(?:the|your)\s+(?:risk|chance|odds)\s+of\b/i.exec(after);
  if (risk && (forms.base === 'reduce' || forms.base === 'lower' || forms.base === 'decrease' || forms.base === 'prevent'))
    return { level: 'correlational', range: { start: range.start, end: range.end + risk[0].length }, text: `${be} associated with a lower risk of` };
  if (risk && (forms.base === 'increase' || forms.base === 'raise'))
    return { level: 'correlational', range: { start: range.start, end: range.end + risk[0].length }, text: `${be} associated with a higher risk of` };
  if (forms.base === 'prevent') return { level: 'correlational', range, text: `${be} associated with a lower risk of` };
  const adjective = CORRELATIONAL_OBJECT[forms.base];
  if (adjective === undefined) return undefined;
  return { level: 'correlational', range, text: adjective ? `${be} associated with ${adjective}` : `${be} associated with` };
}
