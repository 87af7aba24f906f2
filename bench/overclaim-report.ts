/**
 * The overclaim part of `npm run eval` (issue 10): claimlint's findings on the real hype articles in
 * ../shared/corpus/ against a hand annotation of every overclaim an editor would strike
 * (bench/data/overclaim-annotations.jsonl: article, line, exact words, family), made by a reviewer who had not seen
 * the detector. An annotation is caught when a finding sits in the same sentence; precision counts the overclaim
 * and evidence findings that sit in an annotated sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { reportFiles, type JsonFinding } from '../server/src/cli/report';
import { readJsonLines } from './jsonl';

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');
const ANNOTATIONS = join(__dirname, 'data', 'overclaim-annotations.jsonl');
/** Findings that claim to catch an overclaim; needs-citation also catches one (an unsourced claim) for recall. */
const OVERCLAIM = /^(?:overclaim|evidence)\//;
const CATCHES = /^(?:overclaim|evidence)\/|^citations\/needs-citation$/;

interface Annotation {
  article: string;
  line: number;
  text: string;
  family: string;
  note: string;
}

export interface OverclaimRow {
  measure: string;
  value: string;
  goal: string;
}

/** Sentence spans of one line (columns), split after . ! ? followed by a space. */
function sentenceOf(line: string, column: number): number {
  let index = 0;
  for (const match of line.matchAll(/[.!?]["”’)]*\s+/g)) {
    if (match.index + match[0].length > column) return index;
    index++;
  }
  return index;
}

/** `corpus` and `annotationsFile` default to the shared corpus and its committed annotation; any other annotated folder can be measured the same way. */
export async function overclaimRows(misses: string[], corpus = CORPUS, annotationsFile = ANNOTATIONS): Promise<OverclaimRow[] | undefined> {
  if (!existsSync(corpus) || !existsSync(annotationsFile)) return undefined;
  const annotations = readJsonLines<Annotation>(annotationsFile);
  const files = (await reportFiles(globSync('*.md', { cwd: corpus, absolute: true, ignore: ['README.md'] }).sort(), 'check', { config: undefined, root: corpus, reportUnusedDisables: false })).files;
  const where = (article: string, line: number, column: number): string => `${article}:${line}:${sentenceOf(readLines(article)[line - 1] ?? '', column)}`;
  const linesOf = new Map<string, string[]>();
  const readLines = (article: string): string[] => {
    let lines = linesOf.get(article);
    if (!lines) linesOf.set(article, (lines = readFileSync(join(corpus, article), 'utf8').split(/\r?\n/)));
    return lines;
  };
  const annotated = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const column = Math.max(0, (readLines(annotation.article)[annotation.line - 1] ?? '').indexOf(annotation.text));
    const key = where(annotation.article, annotation.line, column);
    annotated.set(key, [...(annotated.get(key) ?? []), annotation]);
  }
  const findingKey = (article: string, finding: JsonFinding): string => where(article, finding.range.start.line + 1, finding.range.start.character);
  const caughtKeys = new Set<string>();
  let overclaimFindings = 0;
  let overclaimRight = 0;
  // Needs-citation findings count towards recall, so the ones outside every annotated sentence are reported too:
  // an editor may still want a source there (a prevalence figure), but they are not overclaims.
  let citationFindings = 0;
  let citationOutside = 0;
  for (const file of files) {
    const article = basename(file.path);
    for (const finding of file.findings) {
      const key = findingKey(article, finding);
      const catches = CATCHES.test(finding.ruleId) || (finding.also ?? []).some((id) => CATCHES.test(id));
      if (catches && annotated.has(key)) caughtKeys.add(key);
      if (finding.ruleId === 'citations/needs-citation') {
        citationFindings++;
        if (!annotated.has(key)) citationOutside++;
      }
      if (!OVERCLAIM.test(finding.ruleId)) continue;
      overclaimFindings++;
      if (annotated.has(key)) overclaimRight++;
      else misses.push(`NOT ANNOTATED  ${article}:${finding.range.start.line + 1} ${finding.ruleId} “${finding.text}”`);
    }
  }
  const families = new Map<string, { total: number; caught: number }>();
  let caught = 0;
  for (const [key, list] of annotated) {
    for (const annotation of list) {
      const family = families.get(annotation.family) ?? { total: 0, caught: 0 };
      family.total++;
      if (caughtKeys.has(key)) {
        family.caught++;
        caught++;
      } else misses.push(`MISSED  ${annotation.article}:${annotation.line} [${annotation.family}] “${annotation.text}”`);
      families.set(annotation.family, family);
    }
  }
  const rows: OverclaimRow[] = [
    {
      measure: `overclaims caught (recall), ${annotations.length} annotated on ${files.length} hype articles`,
      value: `${(caught / annotations.length).toFixed(3)} (${caught} of ${annotations.length})`,
      goal: '≥ 0.80',
    },
    {
      measure: 'overclaim and evidence findings in an annotated sentence (precision)',
      value: `${(overclaimRight / Math.max(1, overclaimFindings)).toFixed(3)} (${overclaimRight} of ${overclaimFindings})`,
      goal: '≥ 0.90',
    },
    {
      measure: 'needs-citation findings outside every annotated sentence',
      value: `${citationOutside} of ${citationFindings}`,
      goal: '',
    },
  ];
  for (const [family, { total, caught: found }] of [...families].sort()) rows.push({ measure: `  recall, ${family}`, value: `${found} of ${total}`, goal: '' });
  return rows;
}
