/**
 * Evaluates "needs a citation" detection on two labelled samples written for this
 * purpose, independently of the detector: bench/data/needs-citation.jsonl (the
 * tuning split: the detector was adjusted while reading its errors) and
 * bench/data/needs-citation-heldout.jsonl (the held-out split: different health
 * topics, written later, never used for tuning). Report the held-out numbers.
 * A sentence counts as flagged when claimlint tells the writer it lacks a source:
 * a citations/needs-citation finding, or a citations/placeholder finding.
 *
 *   npx tsx bench/needs-citation-eval.ts [--errors]
 */
import { join } from 'node:path';
import { lint, loadRules, resolveConfig, EMPTY_BIBLIOGRAPHY } from '../server/src/engine/index';
import { readPackFilesSync as readPackFiles } from '../scripts/pack-files';
import { readJsonLines } from './jsonl';

interface Example {
  text: string;
  needsCitation: boolean;
  why: string;
}

const ROOT = join(__dirname, '..');
const loaded = loadRules(readPackFiles(join(ROOT, 'rules')));
const { config } = resolveConfig(loaded, { path: 'eval.yaml', text: 'packs: [citations]\nrules:\n  citations/unknown-key: off\n' });

function evaluate(split: string, file: string): void {
  const examples = readJsonLines<Example>(join(ROOT, 'bench', 'data', file));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const errors: string[] = [];
  for (const example of examples) {
    const findings = lint({ path: 'eval.md', text: `${example.text}\n` }, config, { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'sentence' }).findings;
    const flagged = findings.some((f) => f.ruleId === 'citations/needs-citation' || f.ruleId === 'citations/placeholder');
    if (flagged && example.needsCitation) tp++;
    else if (flagged) {
      fp++;
      errors.push(`FP  ${example.text}  (${example.why}) ← ${findings.map((f) => f.text).join(', ')}`);
    } else if (example.needsCitation) {
      fn++;
      errors.push(`FN  ${example.text}  (${example.why})`);
    } else tn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  console.log(
    `${split.padEnd(9)} ${String(examples.length).padStart(4)} sentences (${tp + fn} need a citation)  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn})`,
  );
  if (process.argv.includes('--errors')) console.log(errors.join('\n'));
}

evaluate('tuning', 'needs-citation.jsonl');
evaluate('held-out', 'needs-citation-heldout.jsonl');
