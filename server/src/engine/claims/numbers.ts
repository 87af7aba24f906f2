/**
 * The numbers of a claim against the numbers of an abstract (`evidence/number-not-in-source`).
 *
 * A claim's quantities are the digits it states as results: percentages, counts, ratios (risk, odds, hazard), p-values,
 * durations, doses, "n = …". Not quantities of the claim, and never checked:
 * - years (1800–2099 without a count noun after them: "in 2019", "2015–2020") and dates (next to a month name);
 * - numbers that are part of a name: glued to a letter or after a hyphen ("COVID-19", "omega-3", "B12", "SF-36",
 *   "5-HT"), ordinals ("2nd"), and labels after a classifier word ("type 2 diabetes", "phase 3", "stage 4", "grade 2",
 *   "step 1", "table 2", "version 3");
 * - ages ("aged 40–65", "over 65s", "50-year-old", "40 years of age"): articles name populations in their own words,
 *   and an age is who was studied, not what was found;
 * - citation markers and list numbers, which never reach prose.
 * Numbers written as words in the claim are not checked ("one study"); in the abstract, "one" to "ninety-nine" count
 * as numbers, so "3 trials" matches "three trials" and "62 runners" matches "Sixty-two runners".
 *
 * A claim's number matches an abstract's when they agree to the precision the claim wrote (claim "45%" matches
 * "44.7%"; "44.7%" does not match "45%"), whatever the formatting ("45 %", "45 percent", "1,200", "1 200" with a thin
 * space, ".03"), as a proportion ("45%" and "0.45"), as a relative change of a ratio ("22% lower" and "HR 0.78"), and,
 * after "about", "nearly", "more than" and the like, to the last non-zero digit ("about 1,200" and "1,187"). A p-value
 * threshold ("p < 0.05") matches any smaller p-value.
 */
import { splitSentences } from '../text/sentences';
import type { TextRange } from '../types';

/** A number stated in a claim. */
export interface ClaimQuantity {
  /** Offsets of the number with its unit ("45%", "1,200", "p < .05") in the sentence. */
  range: TextRange;
  value: number;
  /** Digits written after the decimal point. */
  decimals: number;
  percent: boolean;
  /** "about", "more than", "less than" before it; "p<" for a p-value threshold. */
  approximate?: 'about' | 'at-least' | 'at-most';
  pThreshold?: boolean;
  /** "1 in 10", "3 out of 4": the two numbers (`value` is then the percentage, 10 and 75). */
  fraction?: [number, number];
}

/** A number in an abstract. */
export interface SourceNumber {
  value: number;
  percent: boolean;
  pValue: boolean;
  /** Offsets in the abstract. */
  range: TextRange;
}

const NUMBER = /(?<![\p{L}\p{N}.,])(?:(\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?!\d|\.\d)|\d+)(?:\.(\d+))?|\.(\d+))(?![\p{N}])/gu;
const PERCENT_AFTER = /^\s?(?:%|per\s?cent\b|percent\b|pct\b)/i;
const YEAR_COUNT_NOUN =
  /^(?:\s+|\s*-\s*)(?:\w+\s+)?(?:m|km|metres?|meters?|ft|feet|miles?|l|people|persons|participants|patients|adults|children|women|men|subjects|cases|deaths|individuals|respondents|runners|athletes|volunteers|infants|births|pregnancies|users|smokers|workers|students|mg|g|kg|ml|mcg|µg|iu|calories|kcal|steps|hours|minutes|trials|studies)\b/i;
const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;
const MONTH_AFTER = /^\s*(?:jan(?:uary)?|feb(?:ruary)?|march|april|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const CLASSIFIER =
  /\b(?:type|types|phase|phases|stage|stages|grade|grades|step|steps|level|levels|class|classes|table|tables|figure|figures|fig|chapter|section|item|items|question|version|part|appendix|tier|wave|cohort|arm|category|schedule|study|trial|reference|ref|no|number|vitamin|model|generation|gen|line|lines|visit|round|session|lesson|page|pages|pp)\.?\s*$/i;
const AGE_BEFORE =
  /\b(?:aged?|ages|age\s+(?:of|range)?|(?:over|under|above|below)\s+the\s+age\s+of|older\s+than|younger\s+than|between\s+the\s+ages\s+of|(?:people|adults|women|men|those|anyone|patients|everyone|children|persons)\s+(?:over|under|above|below|older\s+than|younger\s+than))\s*$/i;
const AGE_AFTER = /^(?:\s*(?:[-–]|to|and)\s*\d+)?(?:\s*(?:\+|s\b|-?\s*years?[-\s]olds?\b|\s+years?\s+(?:of\s+age|and\s+(?:older|over|above))|\s+and\s+(?:older|over|above)))/i;
const APPROX_BEFORE = /\b(?:about|around|approximately|approx\.?|nearly|almost|roughly|some|circa|ca\.|~|≈)\s*$/i;
const AT_LEAST_BEFORE = /(?:\b(?:more\s+than|over|above|at\s+least|upwards\s+of|exceeding)|>|≥|>=)\s*$/i;
const AT_MOST_BEFORE = /(?:\b(?:less\s+than|fewer\s+than|under|below|up\s+to|at\s+most)|<|≤|<=)\s*$/i;
// "over 12 weeks" is a duration, not "more than 12".
const DURATION_AFTER = /^\s*(?:-\s*)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b(?![-\s]+olds?\b|\s+of\s+age)/i;
const P_BEFORE = /\bp\s*(?:-?value\s*)?(?:<|≤|<=|=|of|was|is)?\s*$/i;
const P_THRESHOLD_BEFORE = /\bp\s*(?:-?value\s*)?(?:<|≤|<=)\s*$/i;

/** False for a number that is no quantity of the claim (see the module comment). */
function quantityOfClaim(before: string, after: string, integer: string | undefined, value: number, decimals: number, percent: boolean): boolean {
  // Part of a name or label: glued to a letter or hyphen before ("COVID-19", "B12"), or to letters after ("2nd", "3D").
  if (/\p{L}[-‐]?$/u.test(before) || /^[-‐]?(?:st|nd|rd|th)\b/i.test(after)) return false;
  if (/^\p{L}/u.test(after.replace(/^(?:mg|g|kg|ml|mcg|µg|iu|hr|hrs|min|mins|wk|wks|yr|yrs|x)\b/i, ' '))) return false;
  if (CLASSIFIER.test(before) || MONTH.test(before) || MONTH_AFTER.test(after)) return false;
  // Years: a four-digit integer in 1800–2099 that counts nothing.
  if (!percent && !decimals && integer && /^\d{4}$/.test(integer) && value >= 1800 && value <= 2099 && !YEAR_COUNT_NOUN.test(after)) return false;
  return percent || DURATION_AFTER.test(after) || !(AGE_BEFORE.test(before) || AGE_AFTER.test(after));
}

/** The quantities a claim sentence states, in order. */
export function claimQuantities(sentence: string): ClaimQuantity[] {
  const quantities: ClaimQuantity[] = [];
  // End of the last number left out, so the second number of a range ("aged 40–65", "2015–2020") goes with it.
  let skippedEnd = -10;
  for (const match of sentence.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = sentence.slice(Math.max(0, start - 30), start);
    const after = sentence.slice(end, end + 30);
    const integer = match[1] ? Number(match[1].replace(/[,\u2009\u202f ]/g, '')) : 0;
    const decimals = (match[2] ?? match[3] ?? '').length;
    const value = integer + (decimals ? Number(`0.${match[2] ?? match[3]}`) : 0);
    const percent = PERCENT_AFTER.exec(after);
    if (!quantityOfClaim(before, after, match[1], value, decimals, Boolean(percent)) || (/[-–]\s*$/.test(before) && start - skippedEnd <= 3)) {
      skippedEnd = end;
      continue;
    }
    const quantity: ClaimQuantity = { range: { start, end: end + (percent ? percent[0].length : 0) }, value, decimals, percent: Boolean(percent) };
    if (P_THRESHOLD_BEFORE.test(before)) quantity.pThreshold = true;
    else if (APPROX_BEFORE.test(before)) quantity.approximate = 'about';
    else if (AT_LEAST_BEFORE.test(before) && !DURATION_AFTER.test(after)) quantity.approximate = 'at-least';
    else if (AT_MOST_BEFORE.test(before)) quantity.approximate = 'at-most';
    // "p < .05": the quantity's range starts at the "p".
    const p = P_BEFORE.exec(before);
    if (p && /\bp/i.test(p[0])) quantity.range = { start: start - (before.length - p.index), end: quantity.range.end };
    // "1 in 10", "one in 11" is left alone (words are not checked), "3 out of 4": one quantity, a proportion.
    const previousQuantity = quantities.at(-1);
    if (
      previousQuantity &&
      !previousQuantity.percent &&
      !previousQuantity.decimals &&
      !decimals &&
      !percent &&
      /^\s+(?:in|out\s+of)\s+$/i.test(sentence.slice(previousQuantity.range.end, start)) &&
      value > previousQuantity.value
    ) {
      const parts: [number, number] = [previousQuantity.value, value];
      quantities[quantities.length - 1] = {
        range: { start: previousQuantity.range.start, end },
        value: (parts[0] / parts[1]) * 100,
        decimals: 0,
        percent: true,
        fraction: parts,
        ...(previousQuantity.approximate ? { approximate: previousQuantity.approximate } : {}),
      };
      continue;
    }
    quantities.push(quantity);
  }
  return quantities;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  half: 50,
  twice: 2,
  double: 2,
  triple: 3,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_NUMBER = new RegExp(
  String.raw`\b(?:(?:${Object.keys(TENS).join('|')})[-\s](?:one|two|three|four|five|six|seven|eight|nine)|${[...Object.keys(TENS), ...Object.keys(WORD_NUMBERS)].join('|')})\b`,
  'gi',
);

/** The value of a number word ("sixty-two" 62, "twelve" 12). */
function wordValue(word: string): number {
  const [tens, ones] = word.toLowerCase().split(/[-\s]/);
  if (ones) return TENS[tens!]! + WORD_NUMBERS[ones]!;
  return TENS[tens!] ?? WORD_NUMBERS[tens!]!;
}

/** Every number in an abstract ("half" counts as 50%), with whether it is a percentage or a p-value. */
export function sourceNumbers(text: string): SourceNumber[] {
  const numbers: SourceNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    const integer = match[1] ? Number(match[1].replace(/[,\u2009\u202f ]/g, '')) : 0;
    const digits = match[2] ?? match[3];
    const value = integer + (digits ? Number(`0.${digits}`) : 0);
    const percent = PERCENT_AFTER.exec(text.slice(end, end + 12));
    const before = text.slice(Math.max(0, start - 20), start);
    numbers.push({ value, percent: Boolean(percent), pValue: P_BEFORE.test(before) && /\bp/i.test(before), range: { start, end: end + (percent ? percent[0].length : 0) } });
  }
  for (const match of text.matchAll(WORD_NUMBER)) {
    const word = match[0].toLowerCase();
    numbers.push({ value: wordValue(word), percent: word === 'half', pValue: false, range: { start: match.index, end: match.index + match[0].length } });
  }
  return numbers;
}

const EPSILON = 1e-9;

/** True when `claimed`, rounded as the claim wrote it, equals `actual`. */
function agrees(claim: ClaimQuantity, actual: number): boolean {
  const step = 10 ** -claim.decimals;
  if (claim.approximate) {
    // "about 1,200": agree to the last non-zero digit of an integer, or within 10% for a decimal.
    const place = claim.decimals === 0 && claim.value >= 10 ? 10 ** trailingZeros(claim.value) : step;
    const tolerance = Math.max(place / 2, claim.decimals ? 0 : 0.5, claim.value * 0.1 * (claim.decimals ? 1 : 0));
    if (claim.approximate === 'about') return Math.abs(actual - claim.value) <= tolerance + EPSILON;
    if (claim.approximate === 'at-least') return actual >= claim.value - EPSILON && actual <= claim.value + Math.max(place, claim.value * 0.25) + EPSILON;
    return actual <= claim.value + EPSILON && actual >= claim.value - Math.max(place, claim.value * 0.25) - EPSILON;
  }
  return Math.abs(actual - claim.value) <= step / 2 + EPSILON;
}

function trailingZeros(value: number): number {
  let zeros = 0;
  while (value >= 10 && value % 10 === 0) {
    value /= 10;
    zeros++;
  }
  return zeros;
}

/** The values an abstract's number may stand for, in the claim's terms. */
function readings(claim: ClaimQuantity, number: SourceNumber): number[] {
  const values = [number.value];
  if (claim.percent && !number.percent && number.value <= 1) values.push(number.value * 100);
  if (!claim.percent && number.percent && claim.value <= 1) values.push(number.value / 100);
  // A relative change from a ratio: "22% lower" for 0.78, "35% higher" for 1.35.
  if (claim.percent && !number.percent && number.value > 0 && number.value < 10 && number.value !== Math.trunc(number.value)) {
    values.push((1 - number.value) * 100, (number.value - 1) * 100);
  }
  return values;
}

/** True when the abstract states the claim's number (see the module comment). */
export function numberInSource(claim: ClaimQuantity, numbers: readonly SourceNumber[]): boolean {
  if (claim.fraction) {
    // Both numbers stated, or a percentage within a tenth of the proportion ("1 in 10" and "9.6%").
    const [part, whole] = claim.fraction;
    if (numbers.some((n) => n.value === part) && numbers.some((n) => n.value === whole)) return true;
    return numbers.some((n) => readings({ ...claim, fraction: undefined } as ClaimQuantity, n).some((value) => Math.abs(value - claim.value) <= claim.value * 0.1 + 0.5));
  }
  return numbers.some((number) => {
    if (claim.pThreshold && number.pValue && number.value <= claim.value + EPSILON) return true;
    return readings(claim, number).some((value) => agrees(claim, value));
  });
}

/** The abstract's sentences holding the numbers nearest the claim's, best first (at most `limit`), for hovers. */
export function nearestSentences(claim: ClaimQuantity, abstract: string, limit = 2): Array<{ sentence: string; number: string }> {
  const numbers = sourceNumbers(abstract).filter((n) => /\d/.test(abstract.slice(n.range.start, n.range.end)));
  const distance = (number: SourceNumber): number => Math.min(...readings(claim, number).map((value) => Math.abs(Math.log((value + 1e-6) / (claim.value + 1e-6)))));
  const sentences = splitSentences(abstract);
  const picked: Array<{ sentence: string; number: string; distance: number }> = [];
  for (const number of [...numbers].sort((a, b) => distance(a) - distance(b))) {
    const sentence = sentences.find((range) => range.start <= number.range.start && number.range.start < range.end);
    if (!sentence) continue;
    const text = abstract.slice(sentence.start, sentence.end);
    if (picked.some((p) => p.sentence === text)) continue;
    picked.push({ sentence: text, number: abstract.slice(number.range.start, number.range.end), distance: distance(number) });
    if (picked.length >= limit) break;
  }
  return picked.map(({ sentence, number }) => ({ sentence, number }));
}
