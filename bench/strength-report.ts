/**
 * The claim-strength part of `npm run eval` (issue 10): the shipped analysis (model + rules, claims/strength.ts)
 * against the rule patterns alone, on the held-out splits of the shared data (bench/strength-fit.ts), plus a 5-fold
 * cross-validated estimate over all 100 InSciOut pairs (the 20 held-out pairs alone are too few to read), per-class
 * scores, and the cost per sentence.
 */
import { performance } from 'node:perf_hooks';
import { analyzeStrength, type ClaimStrength } from '../server/src/engine/claims/strength';
import { STRENGTH_CLASSES, strengthScores } from '../server/src/engine/claims/strength-model';
import { strengthOf } from '../server/src/engine/claims/strength-rules';
import { classScores, exaggerationF1, fitStrength, strengthData } from './strength-fit';

export interface StrengthRow {
  measure: string;
  value: string;
  goal: string;
}

const fmt = (value: number): string => value.toFixed(3);

export function strengthRows(): StrengthRow[] | undefined {
  const data = strengthData();
  if (!data) return undefined;
  const rows: StrengthRow[] = [];
  const shipped = (text: string): ClaimStrength => analyzeStrength(text).strength;
  const rules = (text: string): ClaimStrength => strengthOf(text).strength;
  const yu = data.examples.filter((example) => example.heldOut && example.source === 'yu2019');
  const gold = yu.map((example) => example.strength);
  const mine = classScores(
    gold,
    yu.map((example) => shipped(example.text)),
  );
  const theirs = classScores(
    gold,
    yu.map((example) => rules(example.text)),
  );
  rows.push({ measure: `4-class macro-F1, Yu 2019 PubMed held out (n=${yu.length})`, value: `${fmt(mine.macroF1)} (rules alone ${fmt(theirs.macroF1)})`, goal: '' });
  const d = mine.perClass.direct;
  rows.push({ measure: 'direct causal P / R / F1, Yu 2019 held out', value: `${fmt(d.precision)} / ${fmt(d.recall)} / ${fmt(d.f1)} (rules alone F1 ${fmt(theirs.perClass.direct.f1)})`, goal: '' });
  for (const cls of STRENGTH_CLASSES.filter((cls) => cls !== 'direct')) {
    const s = mine.perClass[cls];
    rows.push({ measure: `  ${cls} P / R / F1, Yu 2019 held out`, value: `${fmt(s.precision)} / ${fmt(s.recall)} / ${fmt(s.f1)}`, goal: '' });
  }
  // Press releases: the 20 held-out pairs, and 5-fold cross-validation over all 100 (each fold refits the model the
  // way train-strength does, without the fold's pairs).
  const heldPairs = data.pairs.filter((pair) => pair.heldOut);
  const pr = data.examples.filter((example) => example.heldOut && example.source === 'press-release');
  const prScores = classScores(
    pr.map((example) => example.strength),
    pr.map((example) => shipped(example.text)),
  );
  rows.push({
    measure: `press releases held out (n=${pr.length}): macro-F1, direct F1`,
    value: `${fmt(prScores.macroF1)}, ${fmt(prScores.perClass.direct.f1)}`,
    goal: '≥ 0.75, ≥ 0.85 (held out elsewhere)',
  });
  const exaggeration = exaggerationF1(heldPairs, shipped);
  rows.push({ measure: `exaggeration F1, held-out pairs (n=${heldPairs.length})`, value: `${fmt(exaggeration.f1)} (rules alone ${fmt(exaggerationF1(heldPairs, rules).f1)})`, goal: '≥ 0.55' });
  const cv = pressReleaseCrossValidation(data);
  rows.push({
    measure: 'press releases, 5-fold CV over 100 pairs: macro-F1, direct P / R / F1',
    value: `${fmt(cv.macroF1)}, ${fmt(cv.direct.precision)} / ${fmt(cv.direct.recall)} / ${fmt(cv.direct.f1)} (rules alone ${fmt(cv.rulesMacroF1)}, direct F1 ${fmt(cv.rulesDirectF1)})`,
    goal: '',
  });
  rows.push({ measure: 'exaggeration F1, 5-fold CV over 100 pairs', value: `${fmt(cv.exaggeration)} (rules alone ${fmt(cv.rulesExaggeration)})`, goal: '' });
  // Cost: the whole analysis (rules, features, model) per sentence, after a warm-up pass.
  for (const example of yu) analyzeStrength(example.text);
  const start = performance.now();
  for (const example of yu) analyzeStrength(example.text);
  rows.push({ measure: 'cost per sentence (analysis with model)', value: `${(((performance.now() - start) / yu.length) * 1000).toFixed(0)} µs`, goal: '' });
  return rows;
}

function pressReleaseCrossValidation(data: NonNullable<ReturnType<typeof strengthData>>) {
  const pairSentences = data.examples.filter((example) => example.source === 'press-release' || example.source === 'abstract');
  const pairOf = (index: number): number => Math.floor(index / 2);
  const base = data.examples.filter((example) => !example.heldOut && (example.source === 'yu2019' || example.source === 'fixtures'));
  const predicted = new Map<string, ClaimStrength>();
  for (let fold = 0; fold < 5; fold++) {
    const model = fitStrength([...base, ...pairSentences.filter((_, index) => pairOf(index) % 5 !== fold)]);
    pairSentences.forEach((example, index) => {
      if (pairOf(index) % 5 !== fold) return;
      const { probabilities } = strengthScores(example.text, model);
      predicted.set(example.text, STRENGTH_CLASSES[probabilities.indexOf(Math.max(...probabilities))]!);
    });
  }
  const pr = pairSentences.filter((example) => example.source === 'press-release');
  const gold = pr.map((example) => example.strength);
  const mine = classScores(
    gold,
    pr.map((example) => predicted.get(example.text)!),
  );
  const rules = classScores(
    gold,
    pr.map((example) => strengthOf(example.text).strength),
  );
  return {
    macroF1: mine.macroF1,
    direct: mine.perClass.direct,
    rulesMacroF1: rules.macroF1,
    rulesDirectF1: rules.perClass.direct.f1,
    exaggeration: exaggerationF1(data.pairs, (text) => predicted.get(text)!).f1,
    rulesExaggeration: exaggerationF1(data.pairs, (text) => strengthOf(text).strength).f1,
  };
}
