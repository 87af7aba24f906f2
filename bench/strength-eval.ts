/**
 * Evaluates claim-strength analysis (server/src/engine/claims/strength.ts) on the
 * Yu et al. 2019 PubMed conclusion sentences, when ../shared/data holds them (they
 * are GPL-3.0 data and are not copied into this repository).
 *
 * Split: sentences whose line number is a multiple of 5 are held out (20%); the
 * analyser was tuned by reading errors on the other 80% only. Report the held-out
 * numbers: 4-class macro-F1, and direct-causal precision, recall and F1.
 *
 *   npx tsx bench/strength-eval.ts [path/to/yu2019-causal-pubmed.jsonl] [--errors]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeStrength, type ClaimStrength } from '../server/src/engine/claims/strength';

const LABELS: Record<string, ClaimStrength> = {
  no_relationship: 'none',
  correlational: 'correlational',
  conditional_causal: 'conditional',
  direct_causal: 'direct',
};
const CLASSES: ClaimStrength[] = ['none', 'correlational', 'conditional', 'direct'];

const path = process.argv.find((arg) => arg.endsWith('.jsonl')) ?? join(__dirname, '..', '..', 'shared', 'data', 'yu2019-causal-pubmed.jsonl');
if (!existsSync(path)) {
  console.log(`strength-eval: ${path} not found; skipped (the Yu et al. data is not part of this repository)`);
  process.exit(0);
}
const rows = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, index) => ({ index, ...(JSON.parse(line) as { text: string; label: string }) }));

function evaluate(name: string, subset: typeof rows): void {
  const confusion = new Map<string, number>();
  const errors: string[] = [];
  for (const row of subset) {
    const gold = LABELS[row.label]!;
    const predicted = analyzeStrength(row.text).strength;
    confusion.set(`${gold}>${predicted}`, (confusion.get(`${gold}>${predicted}`) ?? 0) + 1);
    if (gold !== predicted) errors.push(`${gold} → ${predicted}: ${row.text}`);
  }
  const count = (gold: ClaimStrength | '*', predicted: ClaimStrength | '*'): number =>
    [...confusion].filter(([key]) => {
      const [g, p] = key.split('>');
      return (gold === '*' || g === gold) && (predicted === '*' || p === predicted);
    }).reduce((sum, [, n]) => sum + n, 0);
  const scores = CLASSES.map((cls) => {
    const tp = count(cls, cls);
    const precision = tp / Math.max(1, count('*', cls));
    const recall = tp / Math.max(1, count(cls, '*'));
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { cls, precision, recall, f1 };
  });
  const macro = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length;
  const accuracy = CLASSES.reduce((sum, cls) => sum + count(cls, cls), 0) / subset.length;
  const direct = scores.find((s) => s.cls === 'direct')!;
  console.log(
    `${name.padEnd(9)} n=${String(subset.length).padStart(4)}  macro-F1 ${macro.toFixed(3)}  accuracy ${accuracy.toFixed(3)}  direct P ${direct.precision.toFixed(3)} R ${direct.recall.toFixed(3)} F1 ${direct.f1.toFixed(3)}  | ${scores.map((s) => `${s.cls} F1 ${s.f1.toFixed(2)}`).join(', ')}`,
  );
  if (process.argv.includes('--errors') && name === 'tuning') console.log(errors.filter((e) => e.includes(process.argv.at(-1)!)).slice(0, 60).join('\n'));
}

evaluate('tuning', rows.filter((row) => row.index % 5 !== 0));
evaluate('held-out', rows.filter((row) => row.index % 5 === 0));
