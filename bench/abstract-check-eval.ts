/**
 * `npx tsx bench/abstract-check-eval.ts [--list]`: the abstract checks (`evidence/exaggerates-source`,
 * `evidence/number-not-in-source`) on the 100 InSciOut training pairs in ../shared/data/insciout-train-pairs.jsonl
 * (Wright & Augenstein 2021, GPL-3.0; press-release conclusion vs abstract conclusion, labelled same / exaggerates /
 * downplays). Each press-release sentence becomes a claim citing one entry whose abstract is the paired abstract
 * text, linted by the shipped `evidence` pack exactly as `claimlint check` lints a document. Not a test: it measures,
 * it never asserts; without the shared data it says so and exits 0.
 *
 * The shipped strength model was trained on 80 of these pairs (every fifth pair is held out, bench/strength-fit.ts),
 * so the pipeline's figures on all 100 are flattering; the 20 held-out pairs are honest but few, and the last row
 * re-scores the same strength decision with a model refitted without each fifth of the pairs (5-fold CV).
 *
 *   --list   print every pair the rule got wrong, and every number it flagged, for reading
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint, loadBibliography, resolveConfig, type Finding, type LintContext, type ResolvedConfig } from '../server/src/engine/index';
import { conclusionSentences } from '../server/src/engine/claims/abstracts';
import { claimQuantities, numberInSource, sourceNumbers } from '../server/src/engine/claims/numbers';
import { STRENGTH_CLASSES, strengthScores } from '../server/src/engine/claims/strength-model';
import { splitSentences } from '../server/src/engine/text/sentences';
import '../server/src/node/node-inflector';
import { loadPackFolderSync } from '../scripts/pack-files';
import { readJsonLines } from './jsonl';
import { fitStrength, strengthData } from './strength-fit';

const DATA = join(__dirname, '..', '..', 'shared', 'data', 'insciout-train-pairs.jsonl');
const RULES = join(__dirname, '..', 'rules');
const EXAGGERATES = 'evidence/exaggerates-source';
/** A finding of the rule, alone or sharing its words with another evidence rule's finding (`also`). */
const isExaggeration = (f: { ruleId: string; also?: string[] }): boolean => f.ruleId === EXAGGERATES || (f.also ?? []).includes(EXAGGERATES);
const NUMBER = 'evidence/number-not-in-source';
const DESIGN_RULES = new Set(['evidence/causal-from-observational', 'evidence/animal-or-lab-to-human']);
const list = process.argv.includes('--list');

interface Pair {
  text: string;
  abstract: string;
  label: 'same' | 'exaggerates' | 'downplays';
}

interface Outcome {
  index: number;
  pair: Pair;
  findings: Finding[];
  document: string;
}

function evidenceConfig(): ResolvedConfig {
  const { config } = resolveConfig(loadPackFolderSync(RULES));
  return { ...config, rules: config.rules.filter((active) => active.rule.definition.id.startsWith('evidence/')) };
}

/** The press-release text as a document: every sentence cites the pair's entry. */
function documentOf(text: string, key: string): string {
  return splitSentences(text)
    .map((range) => {
      const sentence = text.slice(range.start, range.end);
      const stop = /[.!?]["”’)]*$/.exec(sentence);
      return stop ? `${sentence.slice(0, stop.index)} [@${key}]${sentence.slice(stop.index)}` : `${sentence} [@${key}]`;
    })
    .join(' ');
}

function scores(predicted: boolean[], gold: boolean[]): { tp: number; fp: number; fn: number; tn: number; p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((flag, i) => {
    if (flag && gold[i]) tp++;
    else if (flag) fp++;
    else if (gold[i]) fn++;
    else tn++;
  });
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, tn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = (value: number): string => value.toFixed(2);
const line = (name: string, s: ReturnType<typeof scores>, n: number): string =>
  `| ${name} (n=${n}) | ${s.tp + s.fp ? fmt(s.p) : 'n/a'} | ${fmt(s.r)} | ${fmt(s.f1)} | ${s.tp} / ${s.fp} / ${s.fn} / ${s.tn} |`;

/** The rows `npm run eval` prints: exaggeration P / R / F1 (all pairs, held out, cross-validated) and number findings. */
export function abstractCheckRows(): Array<{ measure: string; value: string; goal: string }> | undefined {
  if (!existsSync(DATA)) return undefined;
  const pairs = readJsonLines<Pair>(DATA);
  const outcomes = lintPairs(pairs);
  const gold = outcomes.map((o) => o.pair.label === 'exaggerates');
  const flagged = outcomes.map((o) => o.findings.some(isExaggeration));
  const held = outcomes.filter((o) => o.index % 5 === 0).map((o) => o.index);
  // Precision of no findings is undefined, not 0.
  const prf = (s: ReturnType<typeof scores>): string => `${s.tp + s.fp ? fmt(s.p) : 'n/a'} / ${fmt(s.r)} / ${fmt(s.f1)} (TP ${s.tp}, FP ${s.fp}, FN ${s.fn})`;
  const rows = [
    { measure: `exaggerates-source P / R / F1, all ${pairs.length} pairs (80 trained on)`, value: prf(scores(flagged, gold)), goal: '' },
    { measure: `exaggerates-source P / R / F1, ${held.length} held-out pairs`, value: prf(scores(pick(flagged, held), pick(gold, held))), goal: '' },
  ];
  const cv = crossValidated(pairs);
  if (cv) rows.push({ measure: 'same strength decision, 5-fold CV', value: prf(scores(cv, gold)), goal: '≥ 0.55 F1 (issue 10 exaggeration goal)' });
  const quantities = outcomes.flatMap((o) => claimQuantities(o.pair.text).map((q) => ({ o, q })));
  const numberFindings = outcomes.flatMap((o) => o.findings.filter((f) => f.ruleId === NUMBER));
  rows.push({
    measure: 'number-not-in-source: numbers checked / found in abstract / flagged',
    value: `${quantities.length} / ${quantities.filter(({ o, q }) => numberInSource(q, sourceNumbers(o.pair.abstract))).length} / ${numberFindings.length}`,
    goal: '',
  });
  return rows;
}

const pick = <T>(values: T[], indexes: number[]): T[] => indexes.map((i) => values[i]!);

function lintPairs(pairs: Pair[]): Outcome[] {
  const config = evidenceConfig();
  return pairs.map((pair, index) => {
    const key = `pair${index + 1}`;
    const bibliography = loadBibliography([{ path: 'pairs.json', text: JSON.stringify([{ id: key, type: 'article-journal', title: 'Study', abstract: pair.abstract }]) }]);
    const context: LintContext = { bibliography, citationScope: 'sentence' };
    const document = documentOf(pair.text, key) + '\n';
    return { index, pair, findings: lint({ path: `${key}.md`, text: document }, config, context).findings, document };
  });
}

function main(): void {
  if (!existsSync(DATA)) {
    console.log('No InSciOut pairs at ../shared/data/insciout-train-pairs.jsonl (not part of a clone); nothing to measure.');
    return;
  }
  const pairs = readJsonLines<Pair>(DATA);
  const outcomes = lintPairs(pairs);
  const gold = outcomes.map((o) => o.pair.label === 'exaggerates');
  const flagged = outcomes.map((o) => o.findings.some(isExaggeration));
  const anyEvidence = outcomes.map((o) => o.findings.some((f) => isExaggeration(f) || DESIGN_RULES.has(f.ruleId)));
  const held = outcomes.filter((o) => o.index % 5 === 0).map((o) => o.index);

  console.log('\nevidence/exaggerates-source on the InSciOut training pairs (press release vs abstract conclusion)\n');
  console.log('| Pairs | Precision | Recall | F1 | TP / FP / FN / TN |');
  console.log('|---|---|---|---|---|');
  console.log(line('all pairs, shipped model (80 of them trained on)', scores(flagged, gold), pairs.length));
  console.log(line('held-out pairs (never trained on)', scores(pick(flagged, held), pick(gold, held)), held.length));
  console.log(line('all pairs, any claim-vs-source evidence rule', scores(anyEvidence, gold), pairs.length));
  const cv = crossValidated(pairs);
  if (cv) console.log(line('same strength decision, 5-fold CV (model refitted without each fold)', scores(cv, gold), pairs.length));

  console.log('\nConfusion against the labels (all pairs, shipped model)\n');
  console.log('| Label | flagged | not flagged |');
  console.log('|---|---|---|');
  for (const label of ['exaggerates', 'same', 'downplays'] as const) {
    const of = outcomes.filter((o) => o.pair.label === label);
    console.log(`| ${label} | ${of.filter((o) => flagged[o.index]).length} | ${of.filter((o) => !flagged[o.index]).length} |`);
  }
  const variants = new Map<string, number>();
  for (const o of outcomes) for (const f of o.findings.filter(isExaggeration)) variants.set(variantOf(f), (variants.get(variantOf(f)) ?? 0) + 1);
  console.log(`\nFindings by kind: ${[...variants].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const silent = outcomes.filter((o) => conclusionSentences(o.pair.abstract).length === 0 || o.pair.abstract.trim().length < 40).length;
  console.log(`Pairs whose abstract text is too short to count as an abstract (< 40 characters, skipped): ${silent}`);

  // Numbers: the press-release numbers against the paired abstract text.
  const numberFindings = outcomes.flatMap((o) => o.findings.filter((f) => f.ruleId === NUMBER).map((f) => ({ o, f })));
  const withNumbers = outcomes.filter((o) => claimQuantities(o.pair.text).length > 0);
  const quantities = outcomes.flatMap((o) => claimQuantities(o.pair.text).map((q) => ({ o, q })));
  const matched = quantities.filter(({ o, q }) => numberInSource(q, sourceNumbers(o.pair.abstract)));
  console.log('\nevidence/number-not-in-source on the same pairs (the abstract side is one or two conclusion sentences, so most numbers are absent)\n');
  console.log(`| Measure | Value |`);
  console.log('|---|---|');
  console.log(`| pairs whose press release states a checked number | ${withNumbers.length} |`);
  console.log(`| numbers checked | ${quantities.length} |`);
  console.log(`| found in the paired abstract text | ${matched.length} |`);
  console.log(`| findings | ${numberFindings.length} |`);
  if (list) {
    console.log('\nNumbers found in the abstract (formatting and rounding allowed):');
    for (const { o, q } of matched) console.log(`  pair${o.index + 1}: ${o.pair.text.slice(q.range.start, q.range.end)} | ${o.pair.abstract}`);
    console.log('\nNumbers flagged:');
    for (const { o, f } of numberFindings) console.log(`  pair${o.index + 1}: ${f.text} | ${o.pair.abstract}`);
    console.log('\nexaggerates-source errors:');
    for (const o of outcomes) {
      if (flagged[o.index] === gold[o.index]) continue;
      const f = o.findings.find(isExaggeration);
      console.log(`  pair${o.index + 1} ${flagged[o.index] ? 'FP' : 'FN'} [${o.pair.label}] ${o.pair.text}\n      abstract: ${o.pair.abstract}${f ? `\n      finding: ${f.text}: ${f.message}` : ''}`);
    }
  }
}

function variantOf(finding: Finding): string {
  if (/animal or laboratory/.test(finding.message)) return 'animal';
  if (/name the group/.test(finding.message)) return 'subgroup';
  if (/concludes there was none/.test(finding.message)) return 'no effect';
  return 'strength';
}

/**
 * The rule's strength decision (any press-release sentence stronger than the strongest conclusion sentence, which
 * must state a relationship) with the model refitted without each fifth of the pairs, the way bench/strength-report.ts
 * cross-validates. The animal and subgroup parts and the design rules' precedence are left out.
 */
function crossValidated(pairs: Pair[]): boolean[] | undefined {
  const data = strengthData();
  if (!data) return undefined;
  const base = data.examples.filter((example) => !example.heldOut && (example.source === 'yu2019' || example.source === 'fixtures'));
  const pairSentences = data.examples.filter((example) => example.source === 'press-release' || example.source === 'abstract');
  const predicted: boolean[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const model = fitStrength([...base, ...pairSentences.filter((_, index) => Math.floor(index / 2) % 5 !== fold)]);
    const rank = (sentence: string): number => {
      const { probabilities } = strengthScores(sentence, model);
      return STRENGTH_CLASSES.indexOf(STRENGTH_CLASSES[probabilities.indexOf(Math.max(...probabilities))]!);
    };
    pairs.forEach((pair, index) => {
      if (index % 5 !== fold) return;
      const conclusion = Math.max(...conclusionSentences(pair.abstract).map(rank));
      const claim = Math.max(...splitSentences(pair.text).map((range) => rank(pair.text.slice(range.start, range.end))));
      predicted[index] = conclusion > 0 && claim > conclusion;
    });
  }
  return predicted;
}

if (require.main === module) main();
