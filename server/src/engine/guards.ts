/**
 * Context guards: sentence-level reasons not to report a match
 * (domain reference §12: negation, quotation, questions and conditionals,
 * safety instructions, hedged sentences, myth-busting frames).
 */
import { lexiconWords } from './lexicon/index';
import type { Token } from './text/tokens';
import type { TextRange } from './types';

/** The guard names a rule may list. */
export type GuardName = 'negated' | 'quoted' | 'question' | 'conditional' | 'instruction' | 'hedged' | 'myth' | 'contrasted';

export const DEFAULT_GUARDS: readonly GuardName[] = ['negated', 'quoted', 'question', 'conditional', 'myth'];

/** A match in its sentence, with what the guards need to decide. */
export interface GuardInput {
  /** The block's prose. */
  text: string;
  /** Tokens of the whole block. */
  tokens: readonly Token[];
  /** The sentence that holds the match, as a token span and a text span. */
  sentenceTokens: { from: number; to: number };
  sentence: TextRange;
  /** The match as a token span `[from, to)`. */
  match: { from: number; to: number };
  inBlockquote: boolean;
}

// NegEx-style triggers, looked for in a short window before the match (Chapman 2001): the shared lexicon's negations.
const NEGATIONS = lexiconWords('negations').words;
// NegEx pseudo-negations: "not only", "no doubt", and "It wasn't until 2019 that trials proved …", which asserts what follows.
const PSEUDO_NEGATION_NEXT = new Set(['only', 'just', 'merely', 'doubt', 'until']);
const NEGATION_WINDOW = 8;
const RATHER_THAN_WINDOW = 16;

// Sentence-level frames that deny what follows them ("there is no good evidence that …").
const NEGATING_FRAME =
  /\b(no|little|limited|insufficient|weak)( \w+){0,2} (evidence|proof|data|studies|research|trials?)\b|\bnot (true|clear|known|proven|established) that\b|\bdoes not (mean|show|prove)\b|\bnot (intended|meant|designed|approved|able) to\b|\bthere is nothing\b/i;

const CONDITIONALS = new Set(['if', 'whether', 'unless', 'suppose', 'supposing', 'assuming', 'hypothetically']);

// The shared lexicon's hedges: single words, and phrases ("thought to", "limited evidence") matched word by word.
const HEDGES = lexiconWords('hedges');

// Imperatives that open safety or correct-use instructions (§5.4, §8.5).
const INSTRUCTION_OPENERS = new Set([
  'never',
  'always',
  "don't",
  'avoid',
  'seek',
  'consult',
  'read',
  'follow',
  'keep',
  'store',
  'check',
  'ask',
  'talk',
  'call',
  'tell',
  'make',
  'use',
  'take',
  'stop',
  'wash',
  'discard',
  'wear',
  'please',
  'remember',
]);

// Words that frame what follows as a myth or a claim to distrust ("be wary of anything promising cures").
const MYTH_MARKERS = new Set([
  'myth',
  'myths',
  'misconception',
  'misconceptions',
  'falsely',
  'wrongly',
  'mistakenly',
  'wary',
  'beware',
  'skeptical',
  'sceptical',
  'suspicious',
  'dubious',
  'bogus',
  'pretending',
  'pretend',
  'pretends',
  'allegedly',
  'supposedly',
  'marketing',
  'marketed',
  'advertised',
  'advertising',
  'claimed',
]);

// Clause punctuation and connectives that end a negation or conditional scope (NegEx terminators).
const CLAUSE_BREAK = /[,;:()\u2014\u2013]|\b(but|then|because|although|though|however|yet|still|while|which|whereas|except|so)\b/i;

/** The first guard in `guards` that applies to the match, or undefined. */
export function firstApplyingGuard(guards: readonly GuardName[], input: GuardInput): GuardName | undefined {
  return guards.find((guard) => GUARDS[guard](input));
}

const GUARDS: Record<GuardName, (input: GuardInput) => boolean> = {
  negated: isNegated,
  quoted: isQuoted,
  question: isQuestion,
  conditional: isConditional,
  instruction: isInstruction,
  hedged: isHedged,
  myth: isMythFrame,
  contrasted: isContrastedWithHedge,
};

function isNegated(input: GuardInput): boolean {
  const { tokens, match, sentenceTokens, text } = input;
  const before = text.slice(input.sentence.start, tokens[match.from]!.start);
  if (NEGATING_FRAME.test(before)) return true;
  // "Rather than treating X as proof that …" denies what follows however long X is, within its clause.
  for (let i = match.from - 1; i > sentenceTokens.from && i >= match.from - RATHER_THAN_WINDOW; i--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
    if (tokens[i]!.norm === 'than' && tokens[i - 1]!.norm === 'rather') return true;
  }
  const lowest = Math.max(sentenceTokens.from, match.from - NEGATION_WINDOW);
  for (let i = match.from - 1; i >= lowest; i--) {
    const token = tokens[i]!;
    const previous = i > sentenceTokens.from ? tokens[i - 1]!.norm : '';
    // "rather than proof that" denies what follows; "not yet proven" is one negation, not a clause break at "yet".
    if (token.norm === 'than' && previous === 'rather') return true;
    const notYet = token.norm === 'yet' && (NEGATIONS.has(previous) || previous.endsWith("n't"));
    if (CLAUSE_BREAK.test(text.slice(token.end, tokens[i + 1]!.start)) || (!notYet && CLAUSE_BREAK.test(token.norm))) return false;
    const next = tokens[i + 1]!.norm;
    if ((NEGATIONS.has(token.norm) || token.norm.endsWith("n't")) && !PSEUDO_NEGATION_NEXT.has(next)) return true;
  }
  return false;
}

function isQuoted(input: GuardInput): boolean {
  if (input.inBlockquote) return true;
  const { text, sentence } = input;
  const before = text.slice(sentence.start, input.tokens[input.match.from]!.start);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length;
  const close = (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > close;
}

function isQuestion(input: GuardInput): boolean {
  const sentence = input.text.slice(input.sentence.start, input.sentence.end).trimEnd();
  // "Did you know that this seed is a remedy for everything?" asserts; it only borrows a question mark.
  return /\?["”’')\]*_]*$/.test(sentence) && !RHETORICAL_QUESTION.test(sentence);
}

const RHETORICAL_QUESTION = /^\W*(?:did you know|have you heard|who knew|isn['’]t it (?:amazing|incredible|time)|wouldn['’]t it be (?:great|nice))\b/i;

function isConditional(input: GuardInput): boolean {
  const { tokens, match, sentenceTokens, text } = input;
  for (let i = match.from - 1; i >= sentenceTokens.from; i--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false;
    // "If we change our diet we can reverse it": a subject and a modal after the condition open the main clause,
    // comma or not.
    if (i + 1 < match.from && i > sentenceTokens.from + 1 && MAIN_CLAUSE_SUBJECTS.has(tokens[i]!.norm) && MAIN_CLAUSE_MODALS.has(tokens[i + 1]!.norm)) return false;
    if (CONDITIONALS.has(tokens[i]!.norm)) return true;
  }
  return false;
}

const MAIN_CLAUSE_SUBJECTS = new Set(['we', 'you', 'they', 'it', 'this', 'these', 'he', 'she']);
const MAIN_CLAUSE_MODALS = new Set(['can', 'will', 'could', 'would', 'may', 'might', 'should', 'must', "can't", "won't", 'cannot']);

function isInstruction(input: GuardInput): boolean {
  const { tokens, sentenceTokens, match, text } = input;
  // "Always use this oil: it completely eliminates pain", "Take it daily because it always works": what follows a
  // colon or semicolon, and the reason an instruction gives, are claims of their own.
  if (/[:;]|\b(?:because|since|which|as (?:it|they))\b/i.test(text.slice(tokens[sentenceTokens.from]!.end, tokens[match.from]!.start))) return false;
  // "And remember – …", "So, always …": a connective before the imperative.
  let at = sentenceTokens.from;
  while (at < sentenceTokens.to - 1 && LEADING_CONNECTIVES.has(tokens[at]!.norm)) at++;
  const first = tokens[at];
  if (!first) return false;
  const second = tokens[at + 1]?.norm;
  if (INSTRUCTION_OPENERS.has(first.norm) || (first.norm === 'do' && second === 'not')) return true;
  // Advice to the reader after a sentence adverb: "Obviously, you should be drinking water". Not a forecast ("you
  // should see results"), which is a claim.
  const advice = first.norm === 'you' ? at : tokens[at + 1]?.clause && tokens[at + 1]!.norm === 'you' ? at + 1 : -1;
  if (advice === -1 || !ADVICE_MODALS.has(tokens[advice + 1]?.norm ?? '')) return false;
  const verb = tokens[advice + 2]?.norm === 'be' && /ing$/.test(tokens[advice + 3]?.norm ?? '') ? tokens[advice + 3]!.norm : (tokens[advice + 2]?.norm ?? '');
  return !FORECAST_VERBS.has(verb);
}

const LEADING_CONNECTIVES = new Set(['and', 'but', 'so', 'also', 'now', 'then', 'finally', 'lastly', 'plus']);
const ADVICE_MODALS = new Set(['should', 'must', 'need']);
// What a reader "should" experience is a promise about the treatment, not advice.
const FORECAST_VERBS = new Set(['see', 'feel', 'notice', 'expect', 'experience', 'find', 'get', 'start', 'begin', 'be', 'have', 'achieve', 'lose']);

// A hedge counts when it governs the match: a few words before it, in the same clause
// ("is probably the best way"), not anywhere in a long sentence.
const HEDGE_WINDOW = 6;

function isHedged(input: GuardInput): boolean {
  const { tokens, sentenceTokens, match, text } = input;
  const lowest = Math.max(sentenceTokens.from, match.from - HEDGE_WINDOW);
  for (let i = match.from - 1; i >= lowest; i--) {
    if (HEDGES.words.has(tokens[i]!.norm) && !inHedgeException(tokens, i)) return true;
    if (HEDGES.phrases.some((phrase) => phrase.every((word, k) => tokens[i + k]?.norm === word))) return true;
    if (CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) || CLAUSE_BREAK.test(tokens[i]!.norm)) return false;
  }
  return false;
}

/** Whether token `i` sits inside one of the hedges' exceptions ("more likely", "multiple hypotheses"). */
function inHedgeException(tokens: ReadonlyArray<{ norm: string }>, i: number): boolean {
  return HEDGES.exceptions.some((phrase) => phrase.some((word, k) => word === tokens[i]!.norm && phrase.every((other, m) => tokens[i - k + m]?.norm === other)));
}

function isMythFrame(input: GuardInput): boolean {
  const { tokens, sentenceTokens, match, text, sentence } = input;
  const opening = text.slice(sentence.start, sentence.end);
  if (/^\W*(myth|claim|false|fiction|misconception)\s*[:\u2014-]/i.test(opening)) return true;
  if (/\b(it is|it's) (not true|a myth|untrue|false) that\b/i.test(opening)) return true;
  for (let i = sentenceTokens.from; i < match.from; i++) if (MYTH_MARKERS.has(tokens[i]!.norm)) return true;
  return false;
}

// A contrast that opens a clause after the match: "to", "but", "while", "whereas", ";", ", not".
const CONTRAST = new Set(['to', 'but', 'while', 'whereas', 'than', 'versus', 'vs']);
const CONTRAST_WINDOW = 8;

/**
 * A booster set against a hedge later in the same sentence grades certainty on purpose: "from the few that clearly
 * work to the many that probably don't", "clearly lowers LDL, but probably not heart attacks".
 */
function isContrastedWithHedge(input: GuardInput): boolean {
  const { tokens, sentenceTokens, match, text } = input;
  for (let i = match.to; i < sentenceTokens.to; i++) {
    const opens = CONTRAST.has(tokens[i]!.norm) || /[;\u2014\u2013]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    if (!opens) continue;
    for (let k = i; k < Math.min(sentenceTokens.to, i + CONTRAST_WINDOW); k++) if (HEDGES.words.has(tokens[k]!.norm) && !inHedgeException(tokens, k)) return true;
  }
  return false;
}
