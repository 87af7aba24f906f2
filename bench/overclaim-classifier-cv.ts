/**
 * `npx tsx bench/overclaim-classifier-cv.ts DIR…`: could a sentence classifier find the overclaims the phrase rules
 * miss on pages nobody read? An experiment for issue 10, not a shipped model. Each DIR is a folder of real hype pages
 * with an `annotations.jsonl` made blind (article, line, text, family; see the README), kept outside the repository.
 * It fits the worthiness model's logistic regression (worthiness-fit.ts) on the sentences of every folder but one,
 * labelled by whether an annotation sits in them, over word unigrams and bigrams and the shared lexicon classes, and
 * scores the held-out folder: the precision of the sentences it picks, and how many of the annotations the shipped
 * detector misses there (overclaim-report.ts) sit in a picked sentence. The README quotes its result.
 */
import '../server/src/node/node-inflector';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconMatches } from '../server/src/engine/lexicon/index';
import { readJsonLines } from './jsonl';
import { overclaimRows } from './overclaim-report';
import { fit, score, type Example } from './worthiness-fit';

interface Annotation {
  article: string;
  line: number;
  text: string;
}

interface Sentence extends Example {
  folder: string;
  /** Annotations in the sentence that the shipped detector misses. */
  missed: number;
}

const LEXICON_CLASSES = ['effect-verbs', 'boosters', 'absolutes', 'hype-adjectives', 'hedges', 'emphatics', 'evidence-boosters', 'negations'] as const;
const THRESHOLDS = [0.5, 0.7, 0.9];

function features(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const found = new Set<string>();
  words.forEach((word, i) => {
    found.add(word);
    if (i > 0) found.add(`${words[i - 1]} ${word}`);
  });
  for (const list of LEXICON_CLASSES) if (lexiconMatches([list], text).length > 0) found.add(`<${list}>`);
  return [...found];
}

/** A line's sentences with their offsets: split after a full stop, question or exclamation mark. */
function sentencesOf(line: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const stop of line.matchAll(/[.!?]["”’)]*\s+/g)) {
    parts.push({ text: line.slice(start, stop.index + stop[0].length), start });
    start = stop.index + stop[0].length;
  }
  if (start < line.length) parts.push({ text: line.slice(start), start });
  return parts.filter((part) => part.text.trim().length >= 3);
}

async function sentencesOfFolder(folder: string): Promise<Sentence[]> {
  const annotations = readJsonLines<Annotation>(join(folder, 'annotations.jsonl'));
  const missedLines: string[] = [];
  await overclaimRows(missedLines, folder, join(folder, 'annotations.jsonl'));
  const missed = new Set(missedLines.map((line) => /^MISSED\s+(\S+):(\d+) \[[^\]]*\] “(.*)”$/.exec(line)?.slice(1).join('|')));
  const sentences: Sentence[] = [];
  for (const file of readdirSync(folder).filter((name) => /\.md$/.test(name) && name !== 'README.md')) {
    readFileSync(join(folder, file), 'utf8')
      .split(/\r?\n/)
      .forEach((line, index) => {
        const onLine = annotations.filter((a) => a.article === file && a.line === index + 1);
        for (const part of sentencesOf(line)) {
          const inside = onLine.filter((a) => {
            const at = line.indexOf(a.text);
            return at >= part.start && at < part.start + part.text.length;
          });
          sentences.push({
            folder,
            article: `${folder}/${file}`,
            features: features(part.text),
            cited: inside.length > 0,
            missed: inside.filter((a) => missed.has(`${a.article}|${a.line}|${a.text}`)).length,
          });
        }
      });
  }
  return sentences;
}

(async () => {
  const folders = process.argv.slice(2);
  if (folders.length < 2) throw new Error('usage: npx tsx bench/overclaim-classifier-cv.ts DIR DIR…');
  const all = (await Promise.all(folders.map(sentencesOfFolder))).flat();
  const positives = all.filter((s) => s.cited).length;
  console.log(`${all.length} sentences, ${positives} with an annotation (${(positives / all.length).toFixed(2)}: the precision of flagging all)`);
  const totals = THRESHOLDS.map(() => ({ picked: 0, right: 0, gained: 0 }));
  const missedTotal = all.reduce((sum, s) => sum + s.missed, 0);
  for (const heldOut of folders) {
    const model = fit(all.filter((s) => s.folder !== heldOut));
    const test = all.filter((s) => s.folder === heldOut);
    const cells = THRESHOLDS.map((threshold, k) => {
      const picked = test.filter((s) => score(model, s.features) >= threshold);
      const right = picked.filter((s) => s.cited).length;
      const gained = picked.reduce((sum, s) => sum + s.missed, 0);
      totals[k]!.picked += picked.length;
      totals[k]!.right += right;
      totals[k]!.gained += gained;
      return `≥${threshold}: precision ${(right / Math.max(1, picked.length)).toFixed(2)} of ${picked.length}, ${gained} missed caught`;
    });
    console.log(`${heldOut}: ${cells.join(' | ')}`);
  }
  THRESHOLDS.forEach((threshold, k) => {
    const { picked, right, gained } = totals[k]!;
    console.log(`all folders, score ≥${threshold}: precision ${(right / Math.max(1, picked)).toFixed(3)} (${right} of ${picked}); ${gained} of ${missedTotal} missed overclaims in a picked sentence`);
  });
})();
