/**
 * The explain view: one record per prose sentence with its claim strength,
 * hedges, boosters, citations (resolved against the bibliography) and whether it
 * needs a citation. Strength is a first, lexicon-based pass (cues from the Yu et
 * al. 2019 corpus, domain reference §3.2); the shape of the record is fixed.
 */
import { evidenceProfile } from './bibliography/classify';
import { shortLabel } from './bibliography/format';
import { EMPTY_BIBLIOGRAPHY, type Bibliography } from './bibliography/model';
import { claimTriggers } from './citations/claims';
import { recognizeCitations, type Citation } from './citations/recognize';
import { prepareDocument } from './document';
import { sourceRange } from './markdown/prose';
import type { TextRange } from './types';

/** Yu et al. 2019 categories, strongest last. */
export type ClaimStrength = 'none' | 'correlational' | 'conditional' | 'direct';

/** A citation in a sentence, with the bibliography entries it resolves to. */
export interface SentenceCitation {
  text: string;
  kind: Citation['kind'];
  keys: string[];
  numbers: number[];
  entries: Array<{ key: string; label: string; design: string; evidenceLevel?: string }>;
}

/** What `claimlint analyze` prints for one sentence. */
export interface SentenceReport {
  text: string;
  range: TextRange;
  isClaim: boolean;
  strength: ClaimStrength;
  hedges: string[];
  boosters: string[];
  citations: SentenceCitation[];
  needsCitation: boolean;
}

const CORRELATIONAL = /\b(associated with|association between|linked (to|with)|correlat(ed|es|ion)|related to|risk factor|predict(or|ive) of|more likely|less likely|(higher|lower|increased|reduced) risk)\b/i;
const CONDITIONAL = /\b(may|might|could|can)( not)? (help|have|reduce|increase|improve|lower|raise|prevent|cause|lead|result|relieve|protect|boost|decrease|promote|contribute|affect)\b|\b(appears?|seems?) to\b/i;
const DIRECT =
  /\b(reduc(es|ed)|increas(es|ed)|improv(es|ed)|prevent(s|ed)|caus(es|ed)|cur(es|ed)|results? in|resulted in|leads? to|led to|eliminat(es|ed)|reliev(es|ed)|treats|heals|resets|boosts|lowers|raises|protects against|is (more |most |highly )?effective|(more|less) effective than|effectively)\b/i;
const HEDGE_WORDS = /\b(may|might|could|possibly|perhaps|probably|likely|unlikely|appears?|seems?|suggests?|suggested|uncertain|unclear|potentially|typically|usually|often)\b/gi;
const BOOSTER_WORDS =
  /\b(clearly|definitely|undoubtedly|certainly|conclusively|obviously|undeniably|indisputably|proven|proves|proof|always|never|completely|totally|entirely|permanently|guaranteed|100%)(?=\W|$)/gi;

/** Analyses every prose sentence of `text`. Never throws on document text. */
export function analyze(text: string, bibliography: Bibliography = EMPTY_BIBLIOGRAPHY): SentenceReport[] {
  const prepared = prepareDocument(text);
  const citations = recognizeCitations(prepared).citations;
  const reports: SentenceReport[] = [];
  for (const { start, chunk } of prepared.chunks) {
    chunk.blocks.forEach((block, index) => {
      for (const sentence of chunk.sentences(index)) {
        const local = sourceRange(block, sentence.range.start, sentence.range.end);
        const range = { start: local.start + start, end: local.end + start };
        const prose = block.text.slice(sentence.range.start, sentence.range.end).replace(/\s+/g, ' ');
        const cited = citations.filter((c) => c.range.start >= range.start && c.range.start <= range.end + 2 && c.kind !== 'placeholder');
        const isClaim = !block.context.heading && claimTriggers(block.text.slice(sentence.range.start, sentence.range.end)).length > 0;
        reports.push({
          text: text.slice(range.start, range.end),
          range,
          isClaim,
          strength: strengthOf(prose),
          hedges: unique(prose.match(HEDGE_WORDS)),
          boosters: unique(prose.match(BOOSTER_WORDS)),
          citations: cited.map((citation) => describeCitation(citation, bibliography)),
          needsCitation: isClaim && cited.length === 0,
        });
      }
    });
  }
  return reports;
}

function describeCitation(citation: Citation, bibliography: Bibliography): SentenceCitation {
  const keys = citation.keys.map((key) => key.key);
  return {
    text: citation.text,
    kind: citation.kind,
    keys,
    numbers: citation.numbers,
    entries: keys.flatMap((key) => {
      const entry = bibliography.entries.get(key);
      if (!entry) return [];
      const profile = evidenceProfile(entry);
      return [{ key, label: shortLabel(entry), design: profile.design, ...(profile.level ? { evidenceLevel: profile.level } : {}) }];
    }),
  };
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
