/**
 * Reads the YAML front matter of a document: the per-document settings claimlint
 * honours (`bibliography`, `audience`, `mode`) and the editorial record the
 * `document` rules check (`review: { status, reviewer, date }`, `author`,
 * `credentials`, `updated`, `next_review`, `disclaimer`), with the range of each
 * value so findings and problems can point at it. Never throws: a value it cannot
 * use becomes an entry of `issues`, at its place.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { TextRange } from '../types';

/** A string value from the front matter and where it is written. */
export interface FrontMatterValue {
  value: string;
  range: TextRange;
  /** The whole `key: value` entry (where a finding about this key sits). */
  entry?: TextRange;
}

/** A date from the front matter: `date` is the value as YYYY-MM-DD, absent when it cannot be read as a date. */
export interface FrontMatterDate extends FrontMatterValue {
  date?: string;
}

/** The review workflow, from lowest to highest. */
export const REVIEW_STATUSES = ['draft', 'submitted', 'in-review', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The `review:` block. */
export interface FrontMatterReview {
  /** The `review` key and its value. */
  entry: TextRange;
  status?: FrontMatterValue & { status?: ReviewStatus };
  reviewer?: FrontMatterValue;
  date?: FrontMatterDate;
}

/** A value claimlint could not use, at its place. */
export interface FrontMatterIssue {
  range: TextRange;
  message: string;
}

/** The front matter block itself, for fixes that add keys to it. */
export interface FrontMatterBlock {
  /** From the opening `---` to the end of the closing line. */
  range: TextRange;
  /** Offset just after the last line of YAML (before the closing `---` line): where new keys go. */
  insertAt: number;
  /** The line break the block is written with. */
  newline: '\n' | '\r\n';
  /** The opening `---` line (without its line break). */
  opening: TextRange;
}

/** The front matter settings of a document. */
export interface FrontMatter {
  bibliography: FrontMatterValue[];
  audience?: FrontMatterValue;
  mode?: FrontMatterValue;
  block?: FrontMatterBlock;
  review?: FrontMatterReview;
  author?: FrontMatterValue;
  credentials?: FrontMatterValue;
  /** `updated` (or `last_updated`, `last_reviewed`, `reviewed`, `date_modified`): when the page was last checked. */
  updated?: FrontMatterDate;
  /** `next_review` (or `next_review_due`, `review_due`): when it is due to be checked again. */
  nextReview?: FrontMatterDate;
  /** `disclaimer`: the page's disclaimer, or `true` when the site template shows one. */
  disclaimer?: FrontMatterValue;
  /** Values claimlint could not use (an unknown review status, a date it cannot read). */
  issues: FrontMatterIssue[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const UPDATED_KEYS = ['updated', 'last_updated', 'last-updated', 'lastUpdated', 'last_reviewed', 'last-reviewed', 'lastReviewed', 'reviewed', 'date_modified', 'dateModified'];
const NEXT_REVIEW_KEYS = ['next_review', 'next-review', 'nextReview', 'next_review_due', 'review_due'];

// The last front matter read, by its block's text: typing in the body leaves the block as it was, and a YAML parse on
// every keystroke cost about a millisecond of a 3,000-word article's lint. Its offsets start at 0, so they stay right.
let lastBlock: string | undefined;
let lastRead: FrontMatter | undefined;

/**
 * Reads the front matter; a document without one (or with broken YAML) has no settings. The result may be shared with
 * an earlier call for the same block: treat it as read-only.
 */
export function readFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { bibliography: [], issues: [] };
  if (match[0] === lastBlock && lastRead) return lastRead;
  const result = parseFrontMatter(text, match);
  lastBlock = match[0];
  lastRead = result;
  return result;
}

function parseFrontMatter(text: string, match: RegExpExecArray): FrontMatter {
  const result: FrontMatter = { bibliography: [], issues: [] };
  const offset = match[0].indexOf(match[1]!);
  const opening = text.indexOf('\n');
  result.block = {
    range: { start: 0, end: match[0].length },
    insertAt: offset + match[1]!.length,
    newline: text[opening - 1] === '\r' ? '\r\n' : '\n',
    opening: { start: 0, end: text[opening - 1] === '\r' ? opening - 1 : opening },
  };
  const document = parseDocument(match[1]!);
  if (document.errors.length > 0 || !isMap(document.contents)) return result;
  const map = document.contents;
  const shift = (range: [number, number, number?] | null | undefined): TextRange | undefined => (range ? { start: range[0] + offset, end: range[1] + offset } : undefined);
  const node = map.get('bibliography', true) as YamlNode | undefined;
  const values = isSeq(node) ? node.items : node ? [node] : [];
  for (const item of values) {
    if (isScalar(item) && typeof item.value === 'string' && item.range) result.bibliography.push({ value: item.value, range: shift(item.range)! });
  }
  for (const key of ['audience', 'mode'] as const) {
    const value = map.get(key, true) as YamlNode | undefined;
    if (isScalar(value) && typeof value.value === 'string' && value.range) result[key] = { value: value.value, range: shift(value.range)! };
  }

  /** A scalar (or a list of scalars, joined) under `key` of `in`, with its ranges. */
  const stringAt = (pair: Pair | undefined): FrontMatterValue | undefined => {
    if (!pair || !isScalar(pair.key)) return undefined;
    const entry = entryRange(pair);
    const value = pair.value as YamlNode | null;
    if (isScalar(value) && value.range && value.value !== null && typeof value.value !== 'object') {
      return { value: String(value.value).trim(), range: shift(value.range)!, ...(entry ? { entry: shift(entry)! } : {}) };
    }
    if (isSeq(value) && value.range) {
      const items = value.items.flatMap((item) => (isScalar(item) && item.value !== null ? [String(item.value).trim()] : []));
      return { value: items.join(', '), range: shift(value.range)!, ...(entry ? { entry: shift(entry)! } : {}) };
    }
    if (isScalar(pair.key) && pair.key.range) {
      const keyRange = shift(pair.key.range)!;
      return { value: '', range: { start: keyRange.end, end: keyRange.end }, entry: keyRange };
    }
    return undefined;
  };
  const dateAt = (pair: Pair | undefined, key: string): FrontMatterDate | undefined => {
    const value = stringAt(pair);
    if (!value || value.value === '') return value;
    const date = parseDate(value.value);
    if (!date) result.issues.push({ range: value.range, message: `front matter \`${key}: ${value.value}\` is not a date claimlint can read; write it as YYYY-MM-DD` });
    return { ...value, ...(date ? { date } : {}) };
  };
  const firstPair = (inMap: YAMLMap, keys: readonly string[]): [Pair | undefined, string] => {
    for (const key of keys) {
      const pair = findPair(inMap, key);
      if (pair) return [pair, key];
    }
    return [undefined, keys[0]!];
  };

  const reviewPair = findPair(map, 'review');
  if (reviewPair && isScalar(reviewPair.key) && reviewPair.key.range) {
    const reviewEntry = shift(reviewPair.key.range)!;
    const review: FrontMatterReview = { entry: reviewEntry };
    const block = reviewPair.value;
    if (isMap(block)) {
      const status = stringAt(findPair(block, 'status'));
      if (status && status.value !== '') {
        const known = REVIEW_STATUSES.find((name) => name === normaliseStatus(status.value));
        review.status = { ...status, ...(known ? { status: known } : {}) };
        if (!known) result.issues.push({ range: status.range, message: `front matter review status \`${status.value}\` must be one of ${REVIEW_STATUSES.join(', ')}` });
      }
      const reviewer = stringAt(firstPair(block, ['reviewer', 'reviewed_by', 'by'])[0]);
      if (reviewer) review.reviewer = reviewer;
      const [datePair, dateKey] = firstPair(block, ['date', 'approved', 'reviewed']);
      const date = dateAt(datePair, `review.${dateKey}`);
      if (date) review.date = date;
    } else if (isScalar(block) && block.value !== null && block.range) {
      result.issues.push({ range: shift(block.range)!, message: 'front matter `review` must be a block: `review: { status: draft, reviewer: "…", date: YYYY-MM-DD }`' });
    }
    result.review = review;
  }

  const authorPair = findPair(map, 'author') ?? findPair(map, 'authors');
  if (authorPair && isMap(authorPair.value)) {
    // author: { name: "…", credentials: "…" }
    const name = stringAt(findPair(authorPair.value, 'name'));
    if (name) result.author = name;
    const credentials = stringAt(findPair(authorPair.value, 'credentials'));
    if (credentials) result.credentials = credentials;
  } else {
    const author = stringAt(authorPair);
    if (author) result.author = author;
  }
  const credentials = stringAt(findPair(map, 'credentials'));
  if (credentials) result.credentials = credentials;
  const [updatedPair, updatedKey] = firstPair(map, UPDATED_KEYS);
  const updated = dateAt(updatedPair, updatedKey);
  if (updated) result.updated = updated;
  const [nextPair, nextKey] = firstPair(map, NEXT_REVIEW_KEYS);
  const nextReview = dateAt(nextPair, nextKey);
  if (nextReview) result.nextReview = nextReview;
  const disclaimer = stringAt(findPair(map, 'disclaimer'));
  if (disclaimer) result.disclaimer = disclaimer;
  return result;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair): pair is Pair => isPair(pair) && isScalar(pair.key) && pair.key.value === key);
}

/** The pair's range, from its key to the end of its value (or of its key when it has none). */
function entryRange(pair: Pair): [number, number] | undefined {
  const key = pair.key as YamlNode;
  if (!isScalar(key) || !key.range) return undefined;
  const value = pair.value as YamlNode | null;
  const end = value && (isScalar(value) || isSeq(value)) && value.range ? value.range[1] : key.range[1];
  return [key.range[0], end];
}

/** "In review", "in_review", "Approved" → the workflow's spelling. */
function normaliseStatus(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/^under-review$/, 'in-review');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower) && (lower.length === 3 || lower === 'sept')));
  return index < 0 ? undefined : index + 1;
}

/**
 * Reads a written date as YYYY-MM-DD: `2026-03-01` (with or without a time), `2026-03`, `2026`, `1 March 2026`,
 * `March 1, 2026`, `March 2026`. A date without a day counts from the last day of its month (or year), so a page is
 * never called stale early. Numeric day/month orders (`03/01/2026`) are ambiguous and not read.
 */
export function parseDate(text: string): string | undefined {
  const value = text.trim().replace(/\s+/g, ' ');
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value))) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = m[3] !== undefined ? Number(m[3]) : undefined;
  } else if ((m = /^(\d{4})$/.exec(value))) {
    year = Number(m[1]);
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})$/.exec(value))) {
    day = Number(m[1]);
    month = monthNumber(m[2]!);
    if (month === undefined) return undefined;
    year = Number(m[3]);
  } else if ((m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(value))) {
    month = monthNumber(m[1]!);
    if (month === undefined) return undefined;
    day = Number(m[2]);
    year = Number(m[3]);
  } else if ((m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(value))) {
    month = monthNumber(m[1]!);
    if (month === undefined) return undefined;
    year = Number(m[2]);
  } else return undefined;
  if (year < 1900 || year > 2999) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const lastDay = (y: number, mo: number): number => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (day !== undefined && (day < 1 || day > lastDay(year, month!))) return undefined;
  const mm = month ?? 12;
  const dd = day ?? lastDay(year, mm);
  return `${year}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Whether `today` is past `date` plus `years` on the calendar (both YYYY-MM-DD; fractions of a year count in months). */
export function olderThan(date: string, years: number, today: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + Math.round(years * 12);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return today > `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years from `from` to `to` (both YYYY-MM-DD), as a fraction. */
export function yearsBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.2425 * 24 * 3600 * 1000);
}
