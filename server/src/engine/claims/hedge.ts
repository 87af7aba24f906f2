/**
 * Rewrites an effect claim along the GRADE ladder (domain reference §2.2, §2.5,
 * §8.2): moderate certainty "probably reduces", low "may reduce", very low "It is
 * uncertain whether …", and the correlational form "is associated with reduced …"
 * for observational evidence. Verb forms come from compromise, so tense and person
 * stay right ("reduced" → "may have reduced"). Never offers "can" as a hedge,
 * removes boosters instead of hedging them ("clearly reduces" → "reduces"), and
 * returns nothing for a sentence that is already hedged.
 */
import { conjugation } from '../text/inflect';
import { lexiconForms, lexiconMatches, lexiconRegex } from '../lexicon/index';
import { LruMemo } from '../memo';
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

// Effect verbs a claim hinges on: the shared lexicon's `effect-verbs` (one-word entries); "help" is handled with what
// follows it.
export const EFFECT_VERB_LEMMAS = [...new Set(lexiconForms('effect-verbs').values())].filter((lemma) => !lemma.includes(' '));
// Hedges, boosters and absolutes come from the shared lexicon (rules/lexicon/); a few intensifiers are added here.
const BOOSTER = String.raw`(?:${lexiconRegex(['boosters', 'absolutes'], 'i').source}|(?<![\p{L}\p{N}])(?:reliably|consistently|dramatically|significantly|effectively|efficiently|successfully|greatly|drastically|powerfully))`;

let formsByWord: Map<string, { forms: VerbForms; tense: 'base' | 'third' | 'past' }> | undefined;

/** Every inflected form of the effect verbs, with its lemma's forms (built once; the conjugations come from the build-time snapshot). */
function verbIndex(): Map<string, { forms: VerbForms; tense: 'base' | 'third' | 'past' }> {
  if (formsByWord) return formsByWord;
  formsByWord = new Map();
  for (const lemma of EFFECT_VERB_LEMMAS) {
    const conjugated = conjugation(lemma);
    const forms: VerbForms = {
      base: lemma,
      third: conjugated.third ?? `${lemma}s`,
      past: conjugated.past ?? `${lemma}ed`,
      participle: conjugated.participle ?? conjugated.past ?? `${lemma}ed`,
    };
    formsByWord.set(forms.third, { forms, tense: 'third' });
    formsByWord.set(forms.past, { forms, tense: 'past' });
    formsByWord.set(forms.base, { forms, tense: 'base' });
  }
  return formsByWord;
}

const CORRELATIONAL_OBJECT: Record<string, string> = {
  reduce: 'reduced',
  lower: 'lower',
  decrease: 'decreased',
  improve: 'improved',
  increase: 'increased',
  raise: 'higher',
  boost: 'higher',
  relieve: 'less',
  ease: 'less',
  alleviate: 'less',
  shorten: 'shorter',
  strengthen: 'stronger',
  enhance: 'better',
  slow: 'slower',
  cause: '',
  shrink: 'smaller',
};

// Several rules on one sentence ask for its rewrites (each `rewrite: ladder` finding, needs-citation, evidence rules).
// About 1 KB per sentence with its rewrites; 2 MB in all.
const rewriteMemo = new LruMemo<HedgeRewrite[]>({ budget: 2 * 1024 * 1024, weigh: (sentence) => 1024 + sentence.length * 8 });

/** The ladder rewrites of the effect claim in `sentence`, in order: moderate, low, very low, correlational. */
export function hedgeRewrites(sentence: string): HedgeRewrite[] {
  return rewriteMemo.get(sentence, () => computeRewrites(sentence));
}

function computeRewrites(sentence: string): HedgeRewrite[] {
  if (lexiconMatches(['hedges'], sentence).length > 0) return [];
  const found = findVerbPhrase(sentence);
  if (!found) return [];
  // "No trial has shown that vitamin C prevents colds": hedging inside a negation turns it into nonsense.
  if (NEGATION_BEFORE.test(sentence.slice(0, found.range.start))) return [];
  // "Studies show that statins can lower …": the claim is the studies'; the frame, not the verb, is what to fix.
  if (RESEARCH_FRAME_BEFORE.test(sentence.slice(0, found.range.start))) return [];
  // "In the DIETFITS trial, both diets reduced weight": a study's reported result is what it found, not a claim to hedge.
  if (found.tense === 'past' && (REPORTED_RESULT.test(sentence) || REPORTING_AGENCY.test(sentence))) return [];
  const { forms, tense, proven, plural, helpTail, adverb, voice, coordinated } = found;
  // "helps keep … and reduces the dryness, and prevents …": a third effect verb in the series would be left unhedged.
  if (coordinated && THIRD_IN_SERIES.test(sentence.slice(coordinated.range.end))) return [];
  // "It relieves tension, improves nerve supply and helps …": a comma series of verbs cannot take the hedge on its first.
  if (!coordinated && found.voice === 'active' && found.tense !== 'base' && verbInCommaSeries(sentence.slice(found.range.end), found)) return [];
  // "it most often affects", "are most commonly treated": a superlative adverb phrase would be split by the hedge.
  if (/\b(?:most|more|least|less)\s+$/i.test(sentence.slice(0, found.range.start))) return [];
  // "often helps to pass", "frequently causes": a claim of what happens often is already graded; "may often help" piles
  // a hedge on it (judged unidiomatic on real pages).
  if (voice === 'active' && adverb !== undefined && ALREADY_GRADED.test(adverb)) return [];
  // "should be avoided or at minimum reduced": a participle that shares an advice's "be" is no claim of effect.
  if (/ed$/i.test(sentence.slice(found.range.start, found.range.end)) && SHARED_BE_BEFORE.test(sentence.slice(0, found.range.start))) return [];
  const range = coordinated ? { start: found.range.start, end: coordinated.range.end } : found.range;
  const rewrites: HedgeRewrite[] = [];
  const tail = helpTail ? ` ${helpTail}` : '';
  const pre = adverb ? `${adverb} ` : '';
  const present = plural ? forms.base : forms.third;
  // A coordinated verb follows the first: "may increase bone density and reduce falls".
  const and = (form: (verb: VerbForms) => string): string => (coordinated ? `${sentence.slice(found.range.end, coordinated.range.start)}${form(coordinated.forms)}` : '');
  if (voice === 'passive') {
    const aux = found.auxiliary!;
    const past = /^(?:was|were)$/i.test(aux);
    rewrites.push({ level: 'moderate', range, text: `${aux} probably ${pre}${forms.participle}${and((v) => v.participle)}` });
    // "are usually caused" → "may usually be caused": a frequency adverb goes before the auxiliary.
    // "are usually caused": a claim of what is usual is already graded; "may usually be" reads as a contradiction.
    if (adverb !== undefined && /^(?:usually|always|typically|generally|normally|mostly|invariably)$/i.test(adverb)) return [];
    const frequency = adverb !== undefined && /^(?:often|frequently|sometimes|commonly|rarely|seldom)$/i.test(adverb);
    rewrites.push({
      level: 'low',
      range,
      text: frequency
        ? `may ${pre}${past ? 'have been' : 'be'} ${forms.participle}${and((v) => v.participle)}`
        : `may ${past ? 'have been' : 'be'} ${pre}${forms.participle}${and((v) => v.participle)}`,
    });
  } else if (voice === 'perfect') {
    rewrites.push({ level: 'moderate', range, text: `${found.auxiliary} probably ${pre}${forms.participle}${and((v) => v.participle)}` });
    rewrites.push({ level: 'low', range, text: `may have ${pre}${forms.participle}${and((v) => v.participle)}` });
  } else if (proven) {
    rewrites.push({ level: 'moderate', range, text: `${plural ? 'have' : 'has'} been shown in trials to ${forms.base}${tail}${and((v) => v.base)}` });
    rewrites.push({ level: 'low', range, text: `may ${forms.base}${tail}${and((v) => v.base)}` });
  } else if (forms.base === 'cure') {
    // "cures" promises more than any hedge of "cure" can carry; GRADE row 1 speaks of relief.
    rewrites.push({
      level: 'moderate',
      range,
      text: `${tense === 'past' ? 'probably helped relieve' : `probably ${plural ? 'help' : 'helps'} relieve`}${and((v) => (tense === 'past' ? v.past : plural ? v.base : v.third))}`,
    });
    rewrites.push({ level: 'low', range, text: `${tense === 'past' ? 'may have helped relieve' : 'may help relieve'}${and((v) => v.base)}` });
  } else {
    rewrites.push({ level: 'moderate', range, text: `probably ${pre}${tense === 'past' ? forms.past : present}${tail}${and((v) => (tense === 'past' ? v.past : plural ? v.base : v.third))}` });
    rewrites.push({ level: 'low', range, text: tense === 'past' ? `may have ${pre}${forms.participle}${tail}${and((v) => v.participle)}` : `may ${pre}${forms.base}${tail}${and((v) => v.base)}` });
  }
  const veryLow = veryLowRewrite(sentence, found.range, voice === 'active' ? `${pre}${tense === 'past' ? forms.past : present}` : sentence.slice(found.range.start, found.range.end), tail);
  if (veryLow) rewrites.push(veryLow);
  // The correlational form reads only for one active verb with a plain object.
  const correlational = voice === 'active' && !coordinated && !adverb ? correlationalRewrite(sentence, found.range, forms, tense, plural) : undefined;
  if (correlational) rewrites.push(correlational);
  return rewrites;
}

const REPORTING_VERB = /^(?:shows?|suggests?|finds?|found|indicates?|says?|confirms?|proves?)$/i;
const ALREADY_GRADED = /^(?:often|frequently|commonly|usually|typically|generally|normally|mostly)$/i;
const SHARED_BE_BEFORE = /\b(?:be|been|being)\s+[\p{L}-]+ed\b[^.;:!?]*?\b(?:or|and)\s+(?:(?:at (?:minimum|least|most)|even|also)\s+)?$/iu;

/** Whether a clause goes on with another verb of the same form after a comma ("…, improves nerve supply"). */
function verbInCommaSeries(rest: string, phrase: VerbPhrase): boolean {
  const clause = rest.split(/[.;:!?]/)[0]!;
  for (const match of clause.matchAll(/(?:,\s+(?:and\s+|or\s+)?|\s(?:and|or)\s+)([\p{Ll}'’-]+)/gu)) {
    const word = match[1]!;
    const entry = verbIndex().get(word) ?? unlistedThirdPerson(word, clause.slice(match.index + match[0].length), phrase);
    if (entry && entry.tense === phrase.tense) return true;
  }
  return false;
}

interface VerbPhrase {
  range: TextRange;
  forms: VerbForms;
  tense: 'base' | 'third' | 'past';
  proven: boolean;
  plural: boolean;
  /** What follows "help" ("help relieve", "help to reduce"), kept in every rewrite. */
  helpTail?: string;
  /** An adverb right before the verb ("rarely causes", "mechanically resets"): it stays with the verb, after the hedge. */
  adverb?: string;
  /** `passive`: "was reduced"; `perfect`: "has reduced"; both with `auxiliary`. */
  voice: 'active' | 'passive' | 'perfect';
  auxiliary?: string;
  /** A second effect verb joined by "and"/"or" in the same clause and tense ("increases … and reduces …"). */
  coordinated?: { range: TextRange; forms: VerbForms };
}

const REPORTED_RESULT = /\b(?:trials?|stud(?:y|ies)|cohort|review|meta-analys[ie]s|experiment|et al\.?|found|showed|reported|observed|demonstrated)\b/i;
// What an agency did ("The FDA has strengthened its warning") is reported, not claimed (acronyms in capitals only).
const REPORTING_AGENCY = /\b(?:FDA|EMA|MHRA|NICE|WHO|CDC)\b|\b(?:regulators?|agency)\b/;
const THIRD_IN_SERIES = /^[^.;:!?]*?,\s+(?:and|or)\s+\p{Ll}+s\b/u;
const RESEARCH_FRAME_BEFORE =
  /\b(?:stud(?:y|ies)|research|trials?|evidence|data|scientists|researchers|experts)\s+(?:\w+\s+)?(?:show|shows|showed|shown|find|finds|found|prove|proves|proved|suggest|suggests|indicate|indicates|confirm|confirms|confirmed|demonstrate|demonstrates|demonstrated)\s+(?:that\s+)?[^,;:.]*$/i;
const NEGATION_BEFORE = /\b(?:no|not|never|none|neither|nor|without|cannot|(?:do|does|did|has|have|had|is|are|was|were|could|would|should)n['’]t|failed to|fails to)\b/i;
const FREQUENCY_ADVERB =
  /^(?:rarely|seldom|often|usually|sometimes|frequently|typically|generally|commonly|routinely|occasionally|regularly|also|even|still|further|substantially|markedly|modestly|slightly)$/i;
// "-ly" words that are not adverbs, or not ones that modify the next verb.
const NOT_MANNER_ADVERB =
  /^(?:only|early|daily|weekly|monthly|yearly|hourly|nightly|likely|unlikely|family|supply|apply|reply|rely|imply|comply|multiply|holy|ugly|belly|jelly|oily|friendly|elderly|costly|lonely|lovely|deadly|silly|assembly|anomaly|italy|july|rally|bully|ally)$/i;
/**
 * A list of short items after a preposition (or "by combining"), ending in a comma or "and"/"or", perhaps with one
 * modifier of the next item: "associated with fatigue, ", "by combining foods, herbs, and lifestyle ".
 */
const LIST_ITEM_BEFORE =
  /\b(?:with|including|such as|like|of|to|plus|from|by [\p{L}]+ing)\s+(?:(?:[\p{L}\p{N}'’()-]+\s+){0,6}[\p{L}\p{N}'’()-]+(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+))+(?:[\p{L}-]+\s+)?$/iu;
/** Determiners and the plain adjectives of health copy: the word after one of them is a noun ("natural cures"). */
const BENEFITS_NOUN_AFTER =
  /^(?:health|therapeutic|healing|medicinal|nutritional|added|extra|additional|long-term|short-term|many|potential|possible|proven|real|key|main|great|numerous|profound|clear|known|cardiovascular|cognitive|similar|wellness)$/;
const OBJECT_VERB =
  /^(?:brings?|bringing|gives?|giving|provides?|providing|offers?|offering|means|creates?|produces?|shows?|allows?|includes?|requires?|needs?|gets?|getting|got|receives?|receiving|experiences?|experiencing|sees?|seeing|notices?|noticing|reports?|reported|reporting|describes?|described|enjoys?|enjoyed|feels?|felt|has|have|had|having|with|regenerate|regenerates|rebuild|rebuilds|repair|repairs|replace|replaces|restore|restores|remove|removes|heal|heals|protect|protects|nourish|nourishes|soothe|soothes)$/;
// "during", "something": -ing words that are not gerunds.
const NOT_A_GERUND = /^(?:during|bring|thing|something|nothing|anything|everything|spring|string|king|ring|sing|wing|morning|evening|ceiling|clothing)$/i;
const SUBORDINATE_OPENING =
  /^\W*(?:(?:moreover|furthermore|additionally|also|however|then|and|but|so|plus|in addition),?\s+)?(?:when|whenever|if|as|while|because|once|after|before|until|unless|since)\b[^,;:]*$/i;
const REPORTED_BELIEF_BEFORE = /\b(?:believe|believes|believed|claim|claims|claimed|think|thinks|thought|insist|insists|argue|argues)\s+(?:that\s+)?[^.;:]*$/i;
const CONDITION_CLAUSE_BEFORE = /\b(?:when|whenever|if|once|until|unless)\s[^,;:()–—]*$/i;
const PREPOSITION = /^(?:to|of|with|in|for|from|as|into|than|toward|towards|without|about)$/;
const PLURAL_DETERMINER = /^(?:these|those|such|many|several|some|other|all|both|few)$/;
const PRONOUN_TOO = /^(?:these|those|some|many|several|any)$/;
const NOUN_CONTEXT =
  /^(?:the|a|an|these|those|some|many|any|no|such|other|your|our|their|his|her|its|my|several|natural|herbal|home|simple|effective|common|new|quick|easy|great|powerful|holistic|alternative|traditional|ancient|gentle|best|top)$/;

/** True when only spaces separate word `a` from word `b` (no comma, colon or dash). */
function spacedOnly(sentence: string, words: RegExpMatchArray[], a: number, b: number): boolean {
  return /^\s+$/.test(sentence.slice(words[a]!.index! + words[a]![0].length, words[b]!.index));
}

/**
 * An adverb right before the verb that stays with it after the hedge: a frequency adverb ("rarely causes" → "may
 * rarely cause") or a manner adverb ("mechanically resets" → "may mechanically reset"). Boosters are not kept: they
 * go with the claim ("clearly reduces" → "may reduce").
 */
function keepsItsPlace(word: string): boolean {
  if (FREQUENCY_ADVERB.test(word)) return true;
  return /^\p{L}{2,}ly$/u.test(word) && !NOT_MANNER_ADVERB.test(word) && !(boosterWord ??= new RegExp(`^${BOOSTER}$`, 'iu')).test(word);
}
let boosterWord: RegExp | undefined;

function findVerbPhrase(sentence: string): VerbPhrase | undefined {
  const phrase = findFirstVerbPhrase(sentence);
  if (!phrase) return undefined;
  const coordinated = withCoordinated(sentence, phrase);
  return coordinated.coordinated ? coordinated : (withPrecedingVerb(sentence, coordinated) ?? coordinated);
}

/**
 * A verb the effect lexicon does not list, joined to the effect verb before it ("identifies and treats the root
 * cause"): the hedge takes both ("may identify and treat"), not the second alone ("identifies and may treat").
 */
function withPrecedingVerb(sentence: string, phrase: VerbPhrase): VerbPhrase | undefined {
  if (phrase.voice !== 'active' || phrase.tense !== 'third' || phrase.plural || phrase.adverb || phrase.helpTail || phrase.proven) return undefined;
  const joined = /(?:^|[^\p{L}'’-])(\p{Ll}{3,}s)\s+(?:and|or)\s+$/u.exec(sentence.slice(0, phrase.range.start));
  if (!joined) return undefined;
  const word = joined[1]!;
  if (/(?:ss|us|is)$/i.test(word) || PLURAL_NOUN_ENDING.test(word)) return undefined;
  const start = joined.index + joined[0].indexOf(word);
  // The word before must be a subject, not a determiner or preposition ("the risks and treats").
  const before = sentence.slice(0, start).trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (before === '' || NOUN_CONTEXT.test(before) || PREPOSITION.test(before) || /^(?:and|or|of)$/.test(before)) return undefined;
  return { ...phrase, range: { start, end: start + word.length }, forms: unlistedForms(word), coordinated: { range: phrase.range, forms: phrase.forms } };
}

function findFirstVerbPhrase(sentence: string): VerbPhrase | undefined {
  const index = verbIndex();
  const words = [...sentence.matchAll(/[\p{L}'’-]+/gu)];
  const quoted = quotedRanges(sentence);
  for (let i = 0; i < words.length; i++) {
    // Words inside quotation marks are someone else's: never rewritten.
    if (quoted.some((range) => range.start < words[i]!.index && words[i]!.index < range.end)) continue;
    const word = words[i]![0].toLowerCase();
    // "is (clinically) proven to reduce", "are shown to improve"
    if ((word === 'proven' || word === 'proved' || word === 'shown') && words[i + 1]?.[0].toLowerCase() === 'to') {
      const verb = index.get(words[i + 2]?.[0].toLowerCase() ?? '');
      let auxiliary = findBack(words, i, /^(?:is|are|was|were|been|be)$/i, 3);
      // "have been shown to worsen": the perfect's "have" goes too ("which may worsen", not "which have may worsen").
      if (auxiliary !== undefined && /^been$/i.test(words[auxiliary]![0]) && /^(?:has|have|had)$/i.test(words[auxiliary - 1]?.[0] ?? '')) auxiliary--;
      // "They’ve been proven to": the perfect's auxiliary is inside a contraction, which no rewrite can split.
      else if (auxiliary !== undefined && /^been$/i.test(words[auxiliary]![0]) && /['’](?:ve|s|d)$/i.test(words[auxiliary - 1]?.[0] ?? '')) continue;
      if (verb && auxiliary !== undefined) {
        const start = boosterStart(sentence, words[auxiliary]!.index);
        const end = words[i + 2]!.index + words[i + 2]![0].length;
        const aux = words[auxiliary]![0].toLowerCase();
        return withHelpTail(sentence, words, i + 2, { range: { start, end }, forms: verb.forms, tense: 'base', proven: true, plural: aux === 'are' || aux === 'were', voice: 'active' });
      }
    }
    const entry = index.get(word);
    if (!entry) continue;
    const previous = words[i - 1]?.[0].toLowerCase();
    // "these detox supplements", "natural cures for": after a determiner or a plain adjective the word is a noun.
    // "These reduce pain" opens with a pronoun, not a determiner.
    if (previous !== undefined && NOUN_CONTEXT.test(previous) && !(i === 1 && PRONOUN_TOO.test(previous)) && spacedOnly(sentence, words, i - 1, i)) continue;
    // "these PCOS cures": after a plural determiner and one word, an -s form is a plural noun ("these pills cures" is
    // not English).
    const twoBack = words[i - 2]?.[0].toLowerCase();
    if (entry.tense === 'third' && twoBack !== undefined && PLURAL_DETERMINER.test(twoBack) && spacedOnly(sentence, words, i - 2, i - 1) && spacedOnly(sentence, words, i - 1, i)) continue;
    // "These changes cause pain": an -s form right before a base-form effect verb is that verb's plural subject ("helps
    // relieve" is the verb and what it helps).
    if (entry.tense === 'third' && entry.forms.base !== 'help' && index.get(words[i + 1]?.[0].toLowerCase() ?? '')?.tense === 'base' && spacedOnly(sentence, words, i, i + 1)) continue;
    // "Many people believe that noni can treat cancer": a belief the writer reports, which a hedge would change.
    if (REPORTED_BELIEF_BEFORE.test(sentence.slice(0, words[i]!.index))) continue;
    // "remove triggers": a verb right after another names its object.
    // Not after an -s form before a base form: "These changes cause pain" has its subject there, not a verb.
    if (
      previous !== undefined &&
      index.has(previous) &&
      !(index.get(previous)!.tense === 'third' && index.get(previous)!.forms.base !== 'help' && entry.tense === 'base') &&
      spacedOnly(sentence, words, i - 1, i)
    )
      continue;
    // "can reduce" reads as a causal claim (Adams 2017): rewrite it, never keep it.
    // "only time can heal wounds": an exclusive subject is a saying, not the claim.
    if ((previous === 'can' || previous === 'will') && /^only$/i.test(words[i - 3]?.[0] ?? '')) continue;
    if (previous === 'can' || previous === 'will' || previous === 'does' || previous === 'do') {
      const start = boosterStart(sentence, words[i - 1]!.index);
      const plural = previous === 'do' || subjectLooksPlural(words, i - 1);
      return withHelpTail(sentence, words, i, { range: { start, end: words[i]!.index + words[i]![0].length }, forms: entry.forms, tense: 'base', proven: false, plural, voice: 'active' });
    }
    // "was reduced", "has reduced", "was markedly reduced": passive and perfect keep their auxiliary.
    const auxAt = entry.tense === 'past' ? auxiliaryBefore(words, i) : undefined;
    if (auxAt !== undefined) {
      const aux = words[auxAt]![0];
      // "People who have used the pads report …": a perfect or passive in a relative clause is not the claim's verb.
      if (RELATIVE.test(words[auxAt - 1]?.[0] ?? '')) continue;
      const perfect = /^(?:has|have|had)$/i.test(aux);
      if (!perfect && !/^(?:is|are|was|were)$/i.test(aux)) continue;
      const adverb = auxAt < i - 1 ? words[i - 1]![0] : undefined;
      return {
        range: { start: boosterStart(sentence, words[auxAt]!.index), end: words[i]!.index + words[i]![0].length },
        forms: entry.forms,
        tense: 'past',
        proven: false,
        plural: /^(?:are|were|have)$/i.test(aux),
        voice: perfect ? 'perfect' : 'passive',
        auxiliary: aux,
        ...(adverb ? { adverb } : {}),
      };
    }
    if (entry.tense === 'past' && previous !== undefined) {
      // "conditions that are improved and/or eliminated": the second participle shares the first one's auxiliary.
      if (/^(?:and|or|nor)$/.test(previous)) continue;
      // "MB can bypass damaged sections": a participle after a verb that follows a modal qualifies its object.
      if (/^(?:can|could|will|would|to|may|might|must|should)$/i.test(words[i - 2]?.[0] ?? '')) continue;
      // "Many injuries are often caused": a passive whose adverb hid the auxiliary from the check above.
      if (/^(?:is|are|was|were|be|been)$/i.test(words[i - 2]?.[0] ?? '')) continue;
      // "to have the baby removed": a causative "have" or "get" with its object.
      if (/^(?:have|has|had|having|get|gets|got|getting)$/i.test(words[i - 2]?.[0] ?? '') || /^(?:have|has|had|having|get|gets|got|getting)$/i.test(words[i - 3]?.[0] ?? '')) {
        if (!/^(?:been|also|already|just|now|not|never)$/i.test(previous) && !/ly$/i.test(previous)) continue;
      }
    }
    // "leads to increased range", "known as increased permeability": a participle after a preposition is an adjective;
    // "the strain caused by overindulgence" is a participle clause, not the sentence's verb.
    if (entry.tense === 'past' && previous !== undefined && PREPOSITION.test(previous)) continue;
    // "known as reverse osmosis", "a way of resolving": after a preposition other than "to" a base form is a noun.
    if (entry.tense === 'base' && previous !== undefined && previous !== 'to' && PREPOSITION.test(previous)) continue;
    // "Improved circulation helps …": a participle opening the sentence qualifies its subject.
    if (entry.tense === 'past' && /^\W*$/.test(sentence.slice(0, words[i]!.index))) continue;
    // "either causes or makes worse": one half of a pair cannot take the hedge alone.
    if (previous !== undefined && /^(?:either|neither|both)$/.test(previous)) continue;
    // "our mechanisms to heal become impaired": a participle after "become" or "get" is a state ("may become impaired"
    // would need the hedge before that verb, which is not an effect verb); "They've increased …" has its auxiliary
    // inside a contraction. Neither is rewritten.
    if (entry.tense === 'past' && previous !== undefined && (/^(?:become|becomes|became|becoming|get|gets|got|getting)$/.test(previous) || /['’](?:ve|s|d|re)$/.test(previous))) continue;
    // "This brings increased oxygen": a participle after a verb qualifies its object.
    if (entry.tense === 'past' && previous !== undefined && OBJECT_VERB.test(previous)) continue;
    // "This enhanced circulation can …", "by causing increased nervousness": after a demonstrative or a gerund a
    // participle qualifies the noun that follows it.
    if (
      entry.tense === 'past' &&
      previous !== undefined &&
      (/^(?:this|that|these|those)$/.test(previous) ||
        (/\p{L}{3,}ing$/u.test(previous) && !NOT_A_GERUND.test(previous) && /^(?:by|for|of|in|from|with|without|to|at|on)$/i.test(words[i - 2]?.[0] ?? ''))) &&
      spacedOnly(sentence, words, i - 1, i)
    )
      continue;
    // "When you detox your body, …": a time or condition clause sets the scene; the claim is in the main clause.
    if (SUBORDINATE_OPENING.test(sentence.slice(0, words[i]!.index))) continue;
    // "a disease that happens when your pancreas stops …": a verb in a time or condition clause describes the scene.
    if (CONDITION_CLAUSE_BEFORE.test(sentence.slice(0, words[i]!.index))) continue;
    // "…, always ensure it is fresh": an instruction to the reader, not a claim.
    if (entry.tense === 'base' && /(?:^|[,;:]\s*)\W*(?:always|never|just|please|simply)\s+$/i.test(sentence.slice(0, words[i]!.index))) continue;
    // "brain fog…increased thirst…": an item of a list run together with ellipses.
    if (/(?:…|\.\.\.)\s*$/.test(sentence.slice(0, words[i]!.index))) continue;
    if (entry.tense === 'past' && /^\s+by\b/i.test(sentence.slice(words[i]!.index! + words[i]![0].length))) continue;
    if (word === 'benefits' && previous !== undefined && BENEFITS_NOUN_AFTER.test(previous)) continue;
    // "health benefits of", "many benefits, such as": a plural noun, not a verb with no object.
    // An -s form that ends the text ("- Inflammation and immune triggers") names a thing in a list.
    if (entry.tense === 'third' && /^\s*(?:$|[,;:.!?]|of\b|such\b|include\b|including\b|are\b|is\b|were\b|was\b)/i.test(sentence.slice(words[i]!.index! + words[i]![0].length))) continue;
    // "understand your IBS triggers and therefore control …": an -s form followed by "and" and no second verb is a noun.
    if (
      entry.tense === 'third' &&
      /^(?:and|or)$/i.test(words[i + 1]?.[0] ?? '') &&
      !verbIndex().has(words[i + 2]?.[0].toLowerCase() ?? '') &&
      !(/\p{Ll}s$/u.test(words[i + 2]?.[0] ?? '') && DETERMINER_AFTER.test(words[i + 3]?.[0] ?? '')) &&
      spacedOnly(sentence, words, i, i + 1)
    )
      continue;
    // "fatigue, impaired cognitive function", "foods, herbs, and lifestyle changes": a word in a list of nouns is no verb.
    if (entry.tense !== 'base' && LIST_ITEM_BEFORE.test(sentence.slice(0, words[i]!.index))) continue;
    // "take activated charcoal", "with purified water": a past form after a verb of use or a preposition qualifies a noun.
    if (entry.tense === 'past' && /^(?:take|use|drink|eat|try|buy|add|apply|mix|choose|with|of|for|from|by)$/i.test(words[i - 1]?.[0] ?? '')) continue;
    // "which research shows can cause": a base form before a verb of reporting is its subject, a noun.
    if (entry.tense === 'base' && REPORTING_VERB.test(words[i + 1]?.[0] ?? '')) continue;
    // "to help astronauts heal wounds": a base form after "help" and its object is the helped verb.
    if (entry.tense === 'base' && /^(?:help|helps|helped|helping|let|lets|make|makes)$/i.test(words[i - 2]?.[0] ?? '')) continue;
    // A bare base form is a plural present only after a plural-looking subject ("Exercises reduce").
    // "Drinking water in a copper vessel regularly removes …": after a gerund subject a frequency adverb tells how often
    // the subject is done, and stays with it ("… regularly may remove"), not with the verb ("may regularly remove").
    const gerundsAdverb = previous !== undefined && /^(?:regularly|daily|often|frequently|routinely|occasionally|consistently)$/i.test(previous) && /^\W*\p{L}+ing\b/u.test(sentence);
    const adverbBefore = previous !== undefined && !gerundsAdverb && spacedOnly(sentence, words, i - 1, i) && keepsItsPlace(previous) ? words[i - 1]![0] : undefined;
    // Only with nothing but spaces between: "four pillars: remove triggers" is an instruction, not "pillars remove".
    const subjectAt = adverbBefore ? i - 2 : i - 1;
    if (entry.tense === 'base' && (subjectAt < 0 || !spacedOnly(sentence, words, subjectAt, subjectAt + 1) || !subjectLooksPlural(words, subjectAt + 1))) continue;
    // Nor when it names a plural noun with a relative clause of its own ("develops trigger points that create …"):
    // then it is a noun modifier, and "develops may trigger points" would not be English. No rewrite beats that one.
    if (entry.tense === 'base' && /[^s]s$/i.test(words[i + 1]?.[0] ?? '') && /^(?:that|which|who)$/i.test(words[i + 2]?.[0] ?? '')) continue;
    const start = boosterStart(sentence, adverbBefore ? words[i - 1]!.index : words[i]!.index);
    return withHelpTail(sentence, words, i, {
      range: { start, end: words[i]!.index + words[i]![0].length },
      forms: entry.forms,
      tense: entry.tense,
      proven: false,
      plural: entry.tense === 'base' || (entry.tense === 'past' && subjectAt >= 0 && subjectLooksPlural(words, subjectAt + 1)),
      voice: 'active',
      ...(adverbBefore ? { adverb: adverbBefore } : {}),
    });
  }
  return undefined;
}

/** Ranges between quotation marks (“…”, "…") in a sentence, an unclosed one running to its end. */
function quotedRanges(sentence: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of sentence.matchAll(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

/** The index of "is/was/has/…" right before word `at`, allowing one adverb between ("was markedly reduced"). */
function auxiliaryBefore(words: RegExpMatchArray[], at: number): number | undefined {
  const aux = /^(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)$/i;
  if (words[at - 1] && aux.test(words[at - 1]![0])) return at - 1;
  if (words[at - 2] && aux.test(words[at - 2]![0]) && /ly$/i.test(words[at - 1]![0])) return at - 2;
  return undefined;
}

/** Adds a second effect verb in the same tense joined by "and"/"or" within the clause ("reduces pain and improves sleep"). */
function withCoordinated(sentence: string, phrase: VerbPhrase): VerbPhrase {
  if (phrase.helpTail || phrase.proven) return phrase;
  const rest = sentence.slice(phrase.range.end);
  const clause = rest.split(/[,;:.!?()]|\b(?:but|because|while|whereas|which|who|that)\b/i)[0]!;
  const join = /\s(?:and|or)\s+([\p{L}'’-]+)/giu;
  for (const match of clause.matchAll(join)) {
    const entry = verbIndex().get(match[1]!.toLowerCase()) ?? unlistedThirdPerson(match[1]!, clause.slice(match.index + match[0].length), phrase);
    if (!entry) continue;
    const sameTense = phrase.voice === 'active' ? entry.tense === phrase.tense || (phrase.tense === 'base' && entry.tense === 'base') : entry.tense === 'past';
    if (!sameTense || (phrase.voice === 'active' && phrase.tense === 'base' && !phrase.plural)) continue;
    const start = phrase.range.end + match.index + match[0].length - match[1]!.length;
    return { ...phrase, coordinated: { range: { start, end: start + match[1]!.length }, forms: entry.forms } };
  }
  return phrase;
}

// Endings of plural nouns that are seldom verbs ("treatments", "conditions", "antibiotics", "sufferers", "allergies";
// but "decalcifies").
// Not the verbs in "-ists" ("assists", "persists", "resists").
const PLURAL_NOUN_ENDING = /(?:ness|ments|ions|ics|ities|(?<!^(?:ass|ins|pers|res|ex|cons|subs))ists|ers|ors|ants|ents|[^f]ies)$/i;
// What a plural noun ends on ("pain and headaches in adults", "… and cramps.", "… and cramps the next day"): a
// preposition, conjunction, adverb, time or nothing.
const NOT_AN_OBJECT =
  /^\s*(?:$|[^\s\p{L}]|(?:in|on|at|of|for|with|to|from|by|and|or|but|than|as|like|too|also|during|after|before|among|while|when|because|so|is|are|was|were|can|may|will)\b|\p{L}+ly\b|(?:the|a|this|that|each|every|next|last)\s+(?:day|night|week|morning|evening|time|year|month|next|following)\b)/iu;

/**
 * A coordinated verb the effect lexicon does not list, in the third person after a third-person effect verb
 * ("prevents cancer and scavenges free radicals"): hedged with the first ("may prevent cancer and scavenge free
 * radicals"). Only an -s word followed by an object counts; "reduces pain and headaches" is a plural noun.
 */
function unlistedThirdPerson(word: string, after: string, phrase: VerbPhrase): { forms: VerbForms; tense: 'third' } | undefined {
  if (phrase.voice !== 'active' || phrase.tense !== 'third' || phrase.plural) return undefined;
  // "and assists in breaking down fat": a verb may take its object through "in" or "with" and a gerund.
  if (!/^\p{Ll}[\p{Ll}-]{2,}s$/u.test(word) || /(?:ss|us|is)$/i.test(word) || PLURAL_NOUN_ENDING.test(word) || (NOT_AN_OBJECT.test(after) && !/^\s+(?:in|with)\s+\p{L}+ing\b/u.test(after)))
    return undefined;
  return { forms: unlistedForms(word), tense: 'third' };
}

/**
 * The forms of a third-person verb the effect lexicon does not list. Only the base and third person are used for an
 * active present verb; the past is the regular one, for completeness.
 */
function unlistedForms(third: string): VerbForms {
  const base = baseOfThird(third);
  const past = /e$/.test(base) ? `${base}d` : `${base}ed`;
  return { base, third, past, participle: past };
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
  // "Rest and ice reduce swelling": two nouns joined at the start of the sentence. Further in, "the TFL and associated
  // trigger points" is one noun phrase.
  if (words[verbIndexInWords - 2]?.[0].toLowerCase() === 'and') {
    const first = verbIndexInWords - 3;
    if (first === 0 || (first === 1 && /^(?:the|both|regular)$/i.test(words[0]![0]))) return true;
  }
  // "Your DNA accumulates damage": an -s word right after an acronym is that noun's verb, not a plural subject.
  if (/^\p{Lu}{2,6}$/u.test(words[verbIndexInWords - 2]?.[0] ?? '')) return false;
  return /[^s]s$/.test(subject) && !/(?:ss|us|is|ics|ness)$/.test(subject);
}

// A booster before the verb phrase goes with it: "clearly reduces" → "may reduce".
function boosterStart(sentence: string, start: number): number {
  const before = new RegExp(`${BOOSTER}\\s+$`, 'iu').exec(sentence.slice(0, start));
  return before ? before.index : start;
}

function veryLowRewrite(sentence: string, range: TextRange, verb: string, tail: string): HedgeRewrite | undefined {
  const lead = /^\s*/.exec(sentence)![0].length;
  const end = sentence.search(/[.!]\s*$/);
  if (end < range.end) return undefined;
  const subject = sentence.slice(lead, range.start).trimEnd();
  // Only a plain subject reads inside "It is uncertain whether …": not a clause, a quotation or a list of them.
  if (!subject || /[,:;"“”()]|\s(?:and|but|or|so|then)\s/i.test(subject)) return undefined;
  const first = /^[A-Z][a-z]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
  return { level: 'very-low', range: { start: lead, end }, text: `It is uncertain whether ${first} ${verb}${tail}${sentence.slice(range.end, end)}` };
}

function correlationalRewrite(sentence: string, range: TextRange, forms: VerbForms, tense: 'base' | 'third' | 'past', plural: boolean): HedgeRewrite | undefined {
  const be = tense === 'past' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  const after = sentence.slice(range.end);
  // "rest reduces it" → "is associated with reduced it" is not English.
  if (/^\s+(?:it|them|this|that|these|those|him|her|us|you|me)\b/i.test(after)) return undefined;
  const risk = /^\s+(?:the|your)\s+(?:risk|chance|odds)\s+of\b/i.exec(after);
  if (risk && (forms.base === 'reduce' || forms.base === 'lower' || forms.base === 'decrease' || forms.base === 'prevent'))
    return { level: 'correlational', range: { start: range.start, end: range.end + risk[0].length }, text: `${be} associated with a lower risk of` };
  if (risk && (forms.base === 'increase' || forms.base === 'raise'))
    return { level: 'correlational', range: { start: range.start, end: range.end + risk[0].length }, text: `${be} associated with a higher risk of` };
  if (forms.base === 'prevent') return { level: 'correlational', range, text: `${be} associated with a lower risk of` };
  const adjective = CORRELATIONAL_OBJECT[forms.base];
  if (adjective === undefined) return undefined;
  // "improves your flexibility" → "is associated with improved flexibility": the determiner goes.
  const determiner = adjective ? /^\s+(?:the|a|an|your|their|his|her|its|our|my|this|that|these|those)(?=\s)/i.exec(after) : null;
  const end = determiner ? range.end + determiner[0].length : range.end;
  return { level: 'correlational', range: { start: range.start, end }, text: adjective ? `${be} associated with ${adjective}` : `${be} associated with` };
}

const DETERMINER_AFTER = /^(?:the|a|an|this|these|those|your|its|their|our|his|her|my|some|many|all|any|no|more|less|most|every|each)$/i;
const AUXILIARY_BEFORE = /^(?:can|could|may|might|will|would|shall|should|must|does|do|did|to|not|also)$/i;
const RELATIVE = /^(?:that|which|who)$/i;

/**
 * The base form of a third-person verb: the shared lexicon's lemma when it is an effect verb, else by English spelling
 * ("carries" → "carry", "addresses" → "address", "represents" → "represent"). Spelling rather than compromise, which
 * the engine loads only for a team's own words (a third of a cold start); test/engine/hedge.test.ts checks the spelling
 * against compromise. A stem ending in -s ("focuses") is the case spelling cannot tell from "causes".
 */
export function baseOfThird(word: string): string {
  const lemma = verbIndex().get(word.toLowerCase());
  if (lemma?.tense === 'third') return lemma.forms.base;
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The GRADE low-certainty wording for the verb of a rule's flagged words, for claims whose verb is not an effect verb
 * (so `hedgeRewrites` has none): "dry needling represents an effective intervention" → "may represent", "is what
 * produces" → "may be what produces", "trigger points that create" → "that may create", "Lemons have the ability" →
 * "may have", "isn't harmful" → "is unlikely to be harmful". `flagged` is in sentence offsets; the verb is the flagged
 * words' first word, or the word after a relative pronoun among them. Nothing in a hedged, negated, conditional or
 * reported clause, after an auxiliary, nor for one verb of a series ("improves circulation, expels toxins").
 */
export function hedgeFlaggedVerb(sentence: string, flagged: TextRange, title = false): HedgeRewrite | undefined {
  const words = [...sentence.matchAll(/[\p{L}'’-]+/gu)];
  const first = words.findIndex((word) => word.index! >= flagged.start && word.index! < flagged.end);
  if (first === -1) return undefined;
  if (lexiconMatches(['hedges'], sentence.slice(0, flagged.end)).length > 0) return undefined;
  const relative = words.findIndex((word, at) => at > first && word.index! < flagged.end && RELATIVE.test(words[at - 1]![0]));
  for (const at of relative === -1 ? [first] : [first, relative]) {
    const rewrite = hedgeVerbAt(sentence, words, at, title);
    if (rewrite) return rewrite;
  }
  return potentialAdjective(sentence, flagged);
}

/**
 * "A more effective type of massage" → "A potentially more effective type": an effect adjective before its noun, with
 * no verb among the flagged words to hedge ("an effective remedy" → "a potentially effective remedy").
 */
function potentialAdjective(sentence: string, flagged: TextRange): HedgeRewrite | undefined {
  const words = sentence.slice(flagged.start, flagged.end);
  // An absolute or intensifier before the adjective goes with the hedge: "universally effective" → "potentially effective".
  const match =
    /\b(?:(an?)\s+)?(?:(?:universally|always|completely|totally|entirely|fully|invariably|extremely|incredibly|highly|remarkably|very)\s+)?((?:more\s+)?(?:effective|beneficial|successful))\s+(?!than\b|in\b|for\b|at\b|to\b|of\b|and\b|or\b|when\b|if\b)\p{L}/iu.exec(
      words + sentence.slice(flagged.end, flagged.end + 40),
    );
  // "the most effective of these" is a superlative, which its own rule handles.
  if (!match || match.index >= words.length || /\bmost\s+$/i.test(sentence.slice(0, flagged.start + match.index))) return undefined;
  // "just as effective as surgery": an equality comparison cannot take the hedge between its "as" and "as".
  if (/\bas\s+$/i.test(sentence.slice(0, flagged.start + match.index))) return undefined;
  const start = flagged.start + match.index;
  const adjective = match[2]!;
  const end = start + match[0].lastIndexOf(adjective) + adjective.length;
  if (!match[1]) return { level: 'low', range: { start, end }, text: `potentially ${adjective}` };
  const article = match[1] === 'A' || match[1] === 'An' ? 'A' : 'a';
  return { level: 'low', range: { start, end }, text: `${article} potentially ${adjective}` };
}

function hedgeVerbAt(sentence: string, words: RegExpMatchArray[], at: number, title: boolean): HedgeRewrite | undefined {
  const word = words[at]![0];
  const lower = word.toLowerCase();
  const start = words[at]!.index!;
  const before = sentence.slice(0, start);
  const previous = words[at - 1]?.[0];
  const next = words[at + 1]?.[0];
  // A verb needs a subject before it, and no auxiliary of its own.
  if (previous === undefined || AUXILIARY_BEFORE.test(previous) || NOUN_CONTEXT.test(previous.toLowerCase())) return undefined;
  if (quotedRanges(sentence).some((range) => range.start < start && start < range.end)) return undefined;
  if (SUBORDINATE_OPENING.test(before) || CONDITION_CLAUSE_BEFORE.test(before) || REPORTED_BELIEF_BEFORE.test(before)) return undefined;
  // "improves circulation, expels toxins and chemicals, reduces …": one verb of a series cannot take the hedge alone. A
  // comma that closes an aside ("X, combined with Y, addresses …") is no series: nothing before it reads as a verb.
  if (/\b(?:and|or)\s*$/i.test(before)) return undefined;
  if (/,\s*$/.test(before) && !/^(?:is|are|was|were|has|have)$/i.test(lower) && /\b\p{Ll}{3,}s\b(?<!ss|us|is|ous)\s+(?!of\b|and\b|or\b)\p{L}/u.test(before)) return undefined;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const relativeVerb = RELATIVE.test(previous);
  // "Rubbing on your thigh isn't harmful": the denial comes down to what the evidence allows.
  const denial = /^(is|are)(?:n['’]t| not)\b/i.exec(sentence.slice(start));
  if (denial) {
    // "isn't just another trend" frames rather than denies a harm.
    if (NEGATION_BEFORE.test(clause) || /^\s*(?:just|only|simply|merely|really|a|an|the)\b/i.test(sentence.slice(start + denial[0].length))) return undefined;
    return { level: 'low', range: { start, end: start + denial[0].length }, text: `${denial[1]!.toLowerCase()} unlikely to be` };
  }
  if (NEGATION_BEFORE.test(clause)) return undefined;
  const negatedAfter = /^\s+(?:not|never)\b/i.test(sentence.slice(start + word.length)) || /n['’]t$/i.test(word);
  if (negatedAfter) return undefined;
  const range = { start, end: start + word.length };
  // "conditions that can be treated by": "can" reads as a promise (Adams 2017); "may" does not.
  if (/^(?:can|will)$/i.test(lower)) return { level: 'low', range, text: 'may' };
  if (/^(?:is|are)$/i.test(lower)) return { level: 'low', range, text: 'may be' };
  if (/^(?:was|were)$/i.test(lower)) return { level: 'low', range, text: 'may have been' };
  // "have been shown to work" reports research; its hedge is the research's to give, not "may have been shown".
  if (/^(?:has|have)$/i.test(lower) && /^\s+been\s+(?:shown|proven|proved|found|demonstrated)\b/i.test(sentence.slice(range.end))) return undefined;
  // "People who have used the pads admit …": a perfect in a relative clause tells who the people are, not the claim.
  if (/^(?:has|have)$/i.test(lower) && relativeVerb && /^\s+(?:\p{L}+ed|used|tried|taken|worn|had|done|seen|been)\b/iu.test(sentence.slice(range.end))) return undefined;
  if (/^(?:has|have)$/i.test(lower)) return { level: 'low', range, text: 'may have' };
  // A third-person verb with its object ("represents an", "addresses the"), in a title any word; after "that" any.
  // "studies have shown", "conditions that can", "Benefits Of Turmeric": a plural noun before its own verb or a
  // preposition is a noun, not a verb.
  const third =
    /^\p{Ll}{3,}s$/u.test(lower) &&
    !/(?:ss|us|is|ous)$/.test(lower) &&
    !/^(?:have|has|are|is|were|was|can|could|will|would|may|might|must|should|do|does|did|show|showed|shown|find|found|that|which|who|of|for|in|on|to|with|and|or)$/i.test(next ?? '');
  if (third && (relativeVerb || title || (next !== undefined && DETERMINER_AFTER.test(next)))) {
    // "it even targets" → "it may even target": an adverb before the verb keeps its place after the hedge.
    const adverb = at >= 2 && keepsItsPlace(previous) && spacedOnly(sentence, words, at - 1, at) ? words[at - 1]! : undefined;
    if (adverb) return { level: 'low', range: { start: adverb.index!, end: range.end }, text: `may ${adverb[0]} ${baseOfThird(lower)}` };
    return { level: 'low', range, text: `may ${baseOfThird(lower)}` };
  }
  // "trigger points that create chronic tension": a plural verb after a relative pronoun whose noun is plural.
  // Not "which research shows can cause": a word before a verb of reporting is that verb's subject.
  if (
    relativeVerb &&
    !third &&
    /^\p{Ll}{3,}$/u.test(lower) &&
    !/ly$/.test(lower) &&
    !DETERMINER_AFTER.test(lower) &&
    !PREPOSITION.test(lower) &&
    /[^s]s$/i.test(words[at - 2]?.[0] ?? '') &&
    !REPORTING_VERB.test(next ?? '')
  )
    return { level: 'low', range, text: `may ${lower}` };
  return undefined;
}
