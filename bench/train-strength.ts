/**
 * `npm run train:strength`: fits the claim-strength model (server/src/engine/claims/strength-model.ts) on the
 * training splits of the shared data (Yu et al. 2019 PubMed conclusions, the InSciOut press-release and abstract
 * sentences) and writes server/src/engine/claims/strength-model.json; then prints its held-out scores beside the
 * rule patterns alone. The held-out splits (bench/strength-fit.ts) are never trained on.
 *
 *   npm run train:strength              fit, write, report
 *   npm run train:strength -- --dry-run fit and report without writing
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strengthScores, STRENGTH_CLASSES, type StrengthModel } from '../server/src/engine/claims/strength-model';
import { strengthOf } from '../server/src/engine/claims/strength-rules';
import type { ClaimStrength } from '../server/src/engine/claims/strength';
import { classScores, exaggerationF1, fitStrength, strengthData, type StrengthExample } from './strength-fit';

const OUT = join(__dirname, '..', 'server', 'src', 'engine', 'claims', 'strength-model.json');

function main(): void {
  const data = strengthData();
  if (!data) {
    console.log('No shared data (../shared/data/yu2019-causal-pubmed.jsonl, insciout-train-pairs.jsonl); nothing to train on.');
    return;
  }
  const training = data.examples.filter((example) => !example.heldOut);
  const model = fitStrength(training);
  const byModel = (text: string): ClaimStrength => predict(model, text);
  const byRules = (text: string): ClaimStrength => strengthOf(text).strength;
  console.log(`trained on ${training.length} sentences; ${Object.keys(model.weights).length} weighted features\n`);
  for (const source of ['yu2019', 'press-release', 'abstract'] as const) {
    const held = data.examples.filter((example) => example.heldOut && example.source === source);
    report(`${source} held out (n=${held.length})`, held, byModel, byRules);
  }
  const heldPairs = data.pairs.filter((pair) => pair.heldOut);
  const model_ = exaggerationF1(heldPairs, byModel);
  const rules_ = exaggerationF1(heldPairs, byRules);
  console.log(
    `exaggeration, held-out pairs (n=${heldPairs.length}): model F1 ${model_.f1.toFixed(3)} (P ${model_.precision.toFixed(2)} R ${model_.recall.toFixed(2)}); rules F1 ${rules_.f1.toFixed(3)}`,
  );
  if (process.argv.includes('--dry-run')) return;
  const json = JSON.stringify({
    about:
      'Claim-strength model for claimlint (claims/strength-model.ts), trained by bench/train-strength.ts on the training splits of ' +
      'Yu, Li & Wang 2019 (github.com/junwang4/causal-language-use-in-science, GPL-3.0) and the InSciOut pairs of Wright & Augenstein 2021 ' +
      '(github.com/copenlu/scientific-exaggeration-detection, GPL-3.0). The weights are derived from that data.',
    classes: model.classes,
    weights: model.weights,
  });
  writeFileSync(OUT, json.replace(/\],"/g, '],\n"') + '\n');
  console.log(`wrote ${OUT} (${(statSync(OUT).size / 1024).toFixed(0)} KB)`);
}

function predict(model: StrengthModel, text: string): ClaimStrength {
  const { probabilities } = strengthScores(text, model);
  return STRENGTH_CLASSES[probabilities.indexOf(Math.max(...probabilities))]!;
}

function report(name: string, examples: StrengthExample[], byModel: (text: string) => ClaimStrength, byRules: (text: string) => ClaimStrength): void {
  const gold = examples.map((example) => example.strength);
  for (const [label, decide] of [
    ['model', byModel],
    ['rules', byRules],
  ] as const) {
    const scores = classScores(
      gold,
      examples.map((example) => decide(example.text)),
    );
    const direct = scores.perClass.direct;
    console.log(
      `${name.padEnd(34)} ${label}: macro-F1 ${scores.macroF1.toFixed(3)}  direct P ${direct.precision.toFixed(2)} R ${direct.recall.toFixed(2)} F1 ${direct.f1.toFixed(3)}  | ${STRENGTH_CLASSES.map((cls) => `${cls} ${scores.perClass[cls].f1.toFixed(2)}`).join(', ')}`,
    );
  }
}

main();
