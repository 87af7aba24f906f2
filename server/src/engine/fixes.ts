/**
 * Builds content fixes (replacements, removals of words, citation placeholders) for a match, keeping edits minimal and
 * refusing to touch text that inline markup runs through; and the shared pieces of hedges (case, title, clause).
 * The fixes of `rewrite: ladder` rules are in ladder-fixes.ts.
 */
import type { Fix, TextEdit, TextRange } from './types';

/** Replacement fixes for `range` of `source`, preferred first. */
export function replacementFixes(source: string, range: TextRange, proseText: string, replacements: readonly string[]): Fix[] {
  if (replacements.length === 0) return [];
  const original = source.slice(range.start, range.end);
  // Markup inside the span (`clinically **proven**`) would be destroyed by a plain replacement.
  if (squash(original) !== squash(proseText)) return [];
  // "you can reset" → "you can may help relax" is not English: a replacement that brings its own modal or
  // auxiliary does not follow one.
  const afterModal = MODAL_BEFORE.test(source.slice(Math.max(0, range.start - 12), range.start));
  // "the most effective of these" → "an effective of these" is not English either.
  const beforeOf = /^\s+of\b/i.test(source.slice(range.end, range.end + 4));
  // "these PCOS cures" → "these PCOS may help relieve": after a determiner the flagged word is a noun, and a verb
  // phrase cannot take its place. Flagged words that open with a finite verb follow a subject ("This isn't just …").
  const asNoun = DETERMINER_BEFORE.test(source.slice(Math.max(0, range.start - 40), range.start)) && !FINITE_VERB_START.test(original);
  // "have proved" → "have shown", not "have showed": after a perfect auxiliary a past form gives way to its participle.
  const perfect = PERFECT_BEFORE.test(source.slice(Math.max(0, range.start - 24), range.start));
  // "for themselves, clearly and unambiguously": an adverb paired with another by "and" or "or" goes with its
  // conjunction ("…, unambiguously"), not alone ("…, and unambiguously").
  const pairedAfter = /ly$/i.test(original) ? /^[ \t]+(?:and|or)[ \t]+(?=\p{L}+ly\b)/u.exec(source.slice(range.end, range.end + 40)) : null;
  const pairedBefore = /ly$/i.test(original) && /\p{L}ly,?[ \t]+(?:and|or)[ \t]+$/u.test(source.slice(Math.max(0, range.start - 40), range.start));
  const fitting = replacements
    .filter((replacement) => !(replacement === '' && pairedBefore))
    .filter((replacement) => !((afterModal || asNoun) && STARTS_WITH_AUXILIARY.test(replacement)) && !(beforeOf && /^an?\s/i.test(replacement)))
    .map((replacement) => (perfect ? replacement.replace(/^(\p{L}+)/u, (word) => PARTICIPLE_OF_PAST[word.toLowerCase()] ?? word) : replacement));
  // Inside a title ("The Secret to Pain-Free Living") a replacement opening with a small word keeps it lower-case
  // ("The Secret to a Life With Less Pain"), as the title's own small words are.
  const lineBefore = source.slice(source.lastIndexOf('\n', range.start - 1) + 1, range.start).replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/, '');
  const midTitle = /[\p{L}\p{N}]/u.test(lineBefore) && !/[:.!?]\s*$/.test(lineBefore);
  const cased = (replacement: string): string => {
    const text = hedgeInCase(original, replacement);
    return midTitle && /^\p{Lu}/u.test(text) && SMALL_WORDS.test(text.split(/\s/)[0]!) && /\s/.test(original.trim()) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  };
  return fitting.map((replacement, index) => {
    const fix: Fix =
      replacement === '' && pairedAfter
        ? { title: `Remove \`${squash(original + pairedAfter[0])}\``, edits: [{ range: { start: range.start, end: range.end + pairedAfter[0].length }, newText: '' }] }
        : replacement === ''
          ? { title: `Remove \`${squash(original)}\``, edits: [removalEdit(source, range)] }
          : {
              // In Title Case words ("# The Truth About GLP-1") the replacement is titled too ("What We Know About").
              title: `Replace \`${squash(original)}\` with \`${cased(replacement)}\``,
              edits: [{ range, newText: cased(replacement) }],
            };
    if (index === 0) fix.isPreferred = true;
    return fix;
  });
}

/**
 * "[citation needed]" where the sentence's citation goes: before its final punctuation (and closing quotes), else
 * after its last character. `sentence` is in prose offsets of `prose`; `toSource` maps them to source offsets.
 */
export function citationPlaceholderFix(prose: string, sentence: TextRange, toSource: (proseIndex: number) => number): Fix {
  return citationPlaceholderAt(citationInsertOffset(prose, sentence, toSource));
}

/** "[citation needed]" inserted at source offset `at`. */
export function citationPlaceholderAt(at: number): Fix {
  return { title: 'Insert a citation placeholder', edits: [{ range: { start: at, end: at }, newText: ' [citation needed]' }], kind: 'cite' };
}

/** Where a citation goes: before the sentence's final punctuation (and closing quotes), else after its last character. */
export function citationInsertOffset(prose: string, sentence: TextRange, toSource: (proseIndex: number) => number): number {
  let last = sentence.end - 1;
  while (last > sentence.start && /[”"’')\]]/.test(prose[last]!)) last--;
  if (/[.!?;:]/.test(prose[last]!)) {
    while (last > sentence.start && /[.!?;:]/.test(prose[last - 1]!)) last--;
    return toSource(last);
  }
  return toSource(sentence.end - 1) + 1;
}

const MODAL_BEFORE = /\b(?:can|could|will|would|may|might|should|must|to|does|do|did|not)\s+$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|these|those|this|that|such|your|our|their|its|his|her|my)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const PERFECT_BEFORE = /\b(?:has|have|had|having)\s+(?:\p{L}+ly\s+)?$/iu;
// Past forms whose participle differs, among the verbs replacements use.
const PARTICIPLE_OF_PAST: Record<string, string> = { showed: 'shown' };
const FINITE_VERB_START = /^(?:is|are|was|were|has|have|does|do)(?:n['’]t)?\b|^(?:isn|aren|wasn|weren|hasn|haven|doesn|don)['’]t\b/i;
const STARTS_WITH_AUXILIARY = /^(?:may|might|could|can|will|is|are|was|were|has|have|had)\b/i;

/** Gives `replacement` the capitalisation of `original` (Title, UPPER or as written). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

// Removing words also removes what would dangle: emphasis markers wrapping exactly
// the words, a comma pair around them, the space after them; at a sentence start
// the next word takes the capital letter.
export function removalEdit(source: string, matched: TextRange): TextEdit {
  let range = matched;
  const wrapper = /([*_]{1,3})$/.exec(source.slice(Math.max(0, range.start - 3), range.start))?.[1];
  if (wrapper && source.startsWith(wrapper, range.end)) range = { start: range.start - wrapper.length, end: range.end + wrapper.length };
  const before = source.slice(Math.max(0, range.start - 2), range.start);
  const after = source.slice(range.end, range.end + 2);
  // "works, without a doubt." → "works."; "is, clearly, the best" → "is the best".
  if (before === ', ' && /^[.,;:!?)]/.test(after)) {
    const end = after.startsWith(',') ? range.end + 1 : range.end;
    return { range: { start: range.start - 2, end }, newText: '' };
  }
  const following = /^,?[ \t]+/.exec(source.slice(range.end, range.end + 4));
  if (following) {
    const end = range.end + following[0].length;
    const next = source.charAt(end);
    const startsSentence = /[A-Z]/.test(source.charAt(matched.start)) && next.toLowerCase() !== next.toUpperCase();
    return startsSentence ? { range: { start: range.start, end: end + 1 }, newText: next.toUpperCase() } : { range: { start: range.start, end }, newText: '' };
  }
  if (source[range.start - 1] === ' ') return { range: { start: range.start - 1, end: range.end }, newText: '' };
  return { range, newText: '' };
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A hedge in the case of the words it replaces: "Helps Detoxify" → "May Help Detoxify" in a title, "Fights" → "May
 * fight" at the start of a sentence or list item. In a title a small first word keeps the capital of the word it
 * replaces ("The Actual Cause" → "A Possible Cause", but "… as a Possible Cause").
 */
export function hedgeInCase(original: string, hedge: string, title = false): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return hedge.toUpperCase();
  if (title || (/\s/.test(original.trim()) && everyWordCapitalised(original))) {
    const cased = titleCase(hedge);
    return /^\p{Lu}/u.test(original) ? cased.charAt(0).toUpperCase() + cased.slice(1) : cased;
  }
  return matchCase(original, hedge);
}

/**
 * True when the words at `range` of `text` sit in a title: a heading or item label in title case, up to the colon or
 * full stop that ends it ("2. Helps Detoxify The Body: An integral …", "Relaxes Muscles & Eases Your Mind").
 */
export function inTitle(text: string, range: TextRange): boolean {
  // A title is short: look a line's length either side, not through the whole chunk.
  const from = Math.max(0, range.start - 200);
  const before = text.slice(from, range.start);
  const start = from + Math.max(before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1;
  const after = text.slice(range.end, range.end + 200);
  const stop = after.search(/[:.!?\n]/);
  const segment = text
    .slice(start, range.end + (stop === -1 ? after.length : stop))
    .replace(/^\s*\d+[.)]?\s*/, '')
    .trim();
  return /\s/.test(segment) && everyWordCapitalised(segment);
}

/**
 * True when no clause break stands between two ranges of `text`: a hedge two clauses away from the flagged words
 * ("Saunas cause sweating, so it is safe") softens the wrong claim.
 */
export function sameClause(text: string, a: TextRange, b: TextRange): boolean {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : '';
  // "By promoting the removal of toxins, the massage helps …": words in a fronted adverbial phrase are not the main
  // clause's, which a hedge of its verb would leave standing.
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end <= second.start && between.includes(',') && FRONTED_PHRASE.test(sentenceBefore(text, first.start))) return false;
  // "your hormones will become balanced and your brain function will improve": "and" before a new subject starts a
  // clause of its own.
  // "It balances the pH of hair due to which the hair fall is reduced": a consequence told in a relative clause is a
  // clause of its own too.
  // "can heal so many problems because it stimulates …": a reason clause has its own verb, comma or not.
  // "it can help with sperm count, it can help clear toxins": a comma before a new pronoun subject splices a clause.
  return !/[;:…]|\.\.\.|,\s*(?:so|but|and|because|which|while|whereas|yet)\b|,\s*(?:it|they|this|these|he|she|we|you)\s+(?:can|will|may|also|helps?|is|are|has|have|does|do)\b|\s(?:because|since|so that|whereas)\s|\s[–—]\s|\s(?:and|but)\s+(?:your|their|his|her|its|our|my|these|those)\b|\b(?:due to|because of|as a result of) which\b|\bwhereby\b/i.test(
    between,
  );
}

const FRONTED_PHRASE = /^\W*(?:by|through|via|with|using|after|thanks to|because of)\b[^,;:]*$/i;

/** The text of the sentence before `offset`: back to the last full stop or line break. */
function sentenceBefore(text: string, offset: number): string {
  // A sentence's opening lies within a few hundred characters: looking no further keeps this cheap in long documents.
  const before = text.slice(Math.max(0, offset - 400), offset);
  let start = 0;
  for (const stop of before.matchAll(/[.!?]["”’')\]]*\s+|\n/g)) start = stop.index + stop[0].length;
  return before.slice(start);
}

const SMALL_WORDS = /^(?:a|an|and|as|at|but|by|for|in|nor|of|on|or|the|to|up|via)$/i;
// Words a title may leave lower-case ("Sleeping with Weighted Blankets Helps with Insomnia"): the small words and the
// short prepositions some styles keep lower-case too. Recasing uses SMALL_WORDS alone.
const LOWER_IN_TITLES = /^(?:a|an|and|as|at|but|by|for|from|in|into|nor|of|on|onto|or|the|to|up|via|with)$/i;

/**
 * True when every word but the small ones starts with a capital: "Changes the Equation". Stricter than the
 * needs-citation rule's "reads like a title" (most long words capitalised), because here it decides how to re-case.
 */
function everyWordCapitalised(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.every((word) => LOWER_IN_TITLES.test(word) || /^\p{Lu}/u.test(word));
}

function titleCase(text: string): string {
  return text.replace(/\p{L}[\p{L}'’-]*/gu, (word) => (SMALL_WORDS.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)));
}

/**
 * True when the words before a claim report it as proven ("Scientific studies have proven that castor oil packs …"):
 * a hedge on the claim alone would contradict its frame ("have proven that … may boost").
 */
export function reportedAsProven(before: string): boolean {
  return PROVEN_THAT.test(before);
}
const PROVEN_THAT = /\b(?:prove[ds]?|proven|confirm(?:s|ed)?|demonstrate[sd]?|establish(?:es|ed)|show(?:s|n|ed)?)\s+(?:[\p{L}'’-]+\s+){0,3}?that\s+[^.;:!?]*$/iu;

/**
 * True when `range` of `text` sits in the title of a work named inside a sentence ("I share in Medical Medium Celery
 * Juice: The Most Powerful Medicine of Our Time Healing Millions Worldwide that …"): a title is quoted as published,
 * and a rewrite would misquote it.
 */
export function inWorkTitle(text: string, range: TextRange): boolean {
  const flaggedWords = text.slice(range.start, range.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (flaggedWords.length === 0 || !flaggedWords.every((word) => LOWER_IN_TITLES.test(word) || /^\p{Lu}/u.test(word))) return false;
  const before = text.slice(Math.max(0, range.start - 200), range.start);
  const after = text.slice(range.end, range.end + 200);
  const left = TITLE_RUN_BEFORE.exec(before)![0];
  const right = TITLE_RUN_AFTER.exec(after)![0];
  // Inside a sentence: a lower-case word or a comma before the run, not a sentence's or a line's opening.
  if (!/[\p{Ll},;:]\s*$/u.test(before.slice(0, before.length - left.length))) return false;
  const words = (left + text.slice(range.start, range.end) + right).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.filter((word) => /^\p{Lu}/u.test(word)).length >= 5;
}
const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|a|an|and|as|at|but|by|for|from|in|into|nor|of|on|or|the|to|up|via|with)`;
const TITLE_RUN_BEFORE = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*:?\s+(?:${TITLE_WORD}:?\s+)*)?$`, 'u');
const TITLE_RUN_AFTER = new RegExp(String.raw`^(?:\s+${TITLE_WORD})*`, 'u');
