/**
 * The hedge-recognition part of `npm run eval` (issue 10): does the analysis see a sentence as hedged (the `hedges`
 * that `claimlint analyze` prints are not empty) where a careful reader finds speculation? Measured on 500 scientific
 * sentences drawn at random from the shared data (300 PubMed conclusions of Yu et al. 2019, 200 science findings of
 * Pei & Jurgens 2021), each labelled speculative or certain, with its cue words, by annotators following the BioScope
 * guidelines (Vincze et al. 2008; CoNLL-2010 task 1) who had not seen the lexicon: bench/data/hedge-annotations.jsonl
 * (the sentences' ids, not their text, which stays in ../shared/data). The lexicon was tuned on the `dev` half only;
 * the `heldout` half was scored once, after tuning. 80 sentences were labelled twice, for agreement.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStrength } from '../server/src/engine/claims/strength';
import { readJsonLines } from './jsonl';

const SHARED = join(__dirname, '..', '..', 'shared', 'data');
const SOURCES = ['yu2019-causal-pubmed.jsonl', 'pei2021-certainty-sentence.jsonl'];
const ANNOTATIONS = join(__dirname, 'data', 'hedge-annotations.jsonl');

interface HedgeAnnotation {
  source: string;
  split: 'dev' | 'heldout';
  speculative: boolean;
  cues: string[];
  note?: string;
  /** The second annotator's label, on the sentences labelled twice. */
  second?: boolean;
}

export interface HedgeRow {
  measure: string;
  value: string;
  goal: string;
}

export interface HedgeError {
  kind: 'missed' | 'false';
  text: string;
  /** The annotator's cues (missed) or the analysis's hedges (false). */
  words: string[];
}

const fmt = (value: number): string => value.toFixed(3);

/** The rows for the eval table, or undefined without the shared data; `errors` collects the dev half's mistakes. */
export function hedgeRows(errors?: HedgeError[]): HedgeRow[] | undefined {
  if (!SOURCES.every((file) => existsSync(join(SHARED, file)))) return undefined;
  const texts = new Map<string, string>();
  for (const file of SOURCES) for (const row of readJsonLines<{ text: string; source: string }>(join(SHARED, file))) texts.set(row.source, row.text);
  const annotations = readJsonLines<HedgeAnnotation>(ANNOTATIONS);
  const rows: HedgeRow[] = [];
  for (const split of ['dev', 'heldout'] as const) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const labelled = annotations.filter((annotation) => annotation.split === split);
    for (const annotation of labelled) {
      const text = texts.get(annotation.source);
      if (text === undefined) throw new Error(`hedge annotation for ${annotation.source}, which the shared data does not have`);
      const hedges = analyzeStrength(text).hedges;
      const found = hedges.length > 0;
      if (found && annotation.speculative) tp++;
      else if (found) fp++;
      else if (annotation.speculative) fn++;
      if (split === 'dev' && found !== annotation.speculative) errors?.push({ kind: found ? 'false' : 'missed', text, words: found ? hedges : annotation.cues });
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    const f1 = (2 * precision * recall) / Math.max(Number.EPSILON, precision + recall);
    rows.push({
      measure: `hedge recognition P / R / F1, ${split === 'dev' ? 'dev half (tuned on)' : 'held-out half'} (n=${labelled.length}, ${labelled.filter((a) => a.speculative).length} speculative)`,
      value: `${fmt(precision)} / ${fmt(recall)} / ${fmt(f1)}`,
      goal: split === 'heldout' ? '≥ 0.85 F1 (held out elsewhere)' : '',
    });
  }
  const twice = annotations.filter((annotation) => annotation.second !== undefined);
  rows.push({ measure: `annotator agreement on ${twice.length} sentences labelled twice (Cohen's kappa)`, value: fmt(kappa(twice.map((a) => [a.speculative, a.second!]))), goal: '' });
  return rows;
}

function kappa(pairs: Array<[boolean, boolean]>): number {
  const n = pairs.length;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const first = pairs.filter(([a]) => a).length / n;
  const second = pairs.filter(([, b]) => b).length / n;
  const chance = first * second + (1 - first) * (1 - second);
  return (observed - chance) / (1 - chance);
}
