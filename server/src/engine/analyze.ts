/**
 * The explain view: one record per prose sentence with its claim strength, hedges,
 * boosters and citations. A first, lexicon-based pass (cues from the Yu et al. 2019
 * corpus, domain reference §3.2); later issues refine the analysis, the shape stays.
 */
import { prepareDocument } from './document';
import { sourceRange } from './markdown/prose';
import type { TextRange } from './types';

/** Yu et al. 2019 categories, strongest last. */
export type ClaimStrength = 'none' | 'correlational' | 'conditional' | 'direct';

/** What `claimlint analyze` prints for one sentence. */
export interface SentenceReport {
  text: string;
  range: TextRange;
  isClaim: boolean;
  strength: ClaimStrength;
  hedges: string[];
  boosters: string[];
  citations: string[];
  needsCitation: boolean;
}

const CORRELATIONAL = /\b(associated with|association between|linked (to|with)|correlat(ed|es|ion)|related to|risk factor|predict(or|ive) of|more likely|less likely|(higher|lower|increased|reduced) risk)\b/i;
const CONDITIONAL = /\b(may|might|could|can)( not)? (help|have|reduce|increase|improve|lower|raise|prevent|cause|lead|result|relieve|protect|boost|decrease|promote|contribute|affect)\b|\b(appears?|seems?) to\b/i;
const DIRECT =
  /\b(reduc(es|ed)|increas(es|ed)|improv(es|ed)|prevent(s|ed)|caus(es|ed)|cur(es|ed)|results? in|resulted in|leads? to|led to|eliminat(es|ed)|reliev(es|ed)|treats|heals|resets|boosts|lowers|raises|protects against|is (more |most |highly )?effective|(more|less) effective than|effectively)\b/i;
const HEDGE_WORDS = /\b(may|might|could|possibly|perhaps|probably|likely|unlikely|appears?|seems?|suggests?|suggested|uncertain|unclear|potentially|typically|usually|often)\b/gi;
const BOOSTER_WORDS =
  /\b(clearly|definitely|undoubtedly|certainly|conclusively|obviously|undeniably|indisputably|proven|proves|proof|always|never|completely|totally|entirely|permanently|guaranteed|100%)(?=\W|$)/gi;
const CITATION =
  /\[\^[^\]\s]+\]|\[[^[\]]*@[^[\]]+\]|(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_]|\[\d+(?:\s*[-–,]\s*\d+)*\]|<sup>\s*\d[^<]*<\/sup>|\^\d+\^/gu;
const STATISTIC = /\d+(?:\.\d+)?\s?%|\b\d+ (?:in|out of) \d+\b|\bp\s?[<=>]\s?0?\.\d+|\bn\s?=\s?\d+/i;

/** Analyses every prose sentence of `text`. Never throws on document text. */
export function analyze(text: string): SentenceReport[] {
  const reports: SentenceReport[] = [];
  for (const { start, chunk } of prepareDocument(text).chunks) {
    chunk.blocks.forEach((block, index) => {
      for (const sentence of chunk.sentences(index)) {
        const local = sourceRange(block, sentence.range.start, sentence.range.end);
        const range = { start: local.start + start, end: local.end + start };
        const prose = block.text.slice(sentence.range.start, sentence.range.end).replace(/\s+/g, ' ');
        const strength = strengthOf(prose);
        const citations = [...text.slice(range.start, range.end).matchAll(CITATION)].map((match) => match[0]);
        const question = /\?\W*$/.test(prose);
        const isClaim = !question && (strength !== 'none' || STATISTIC.test(prose));
        reports.push({
          text: text.slice(range.start, range.end),
          range,
          isClaim,
          strength,
          hedges: unique(prose.match(HEDGE_WORDS)),
          boosters: unique(prose.match(BOOSTER_WORDS)),
          citations,
          needsCitation: isClaim && citations.length === 0 && !block.context.heading,
        });
      }
    });
  }
  return reports;
}

function strengthOf(sentence: string): ClaimStrength {
  if (CONDITIONAL.test(sentence)) return 'conditional';
  if (CORRELATIONAL.test(sentence)) return 'correlational';
  if (DIRECT.test(sentence)) return 'direct';
  return 'none';
}

function unique(matches: RegExpMatchArray | null): string[] {
  return [...new Set((matches ?? []).map((match) => match.toLowerCase()))];
}
