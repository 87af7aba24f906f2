/**
 * What the report header says about a document: its title and the review keys of its front matter (`review: {
 * status, reviewer, date }`, `author`, `credentials`, `updated`), read leniently. Kept in this one function so the
 * front-matter model can take over when it formalises these keys; nothing else in the report reads front matter.
 */
import { isMap, parseDocument } from 'yaml';
import type { ReportHeader } from './model';

const FRONT_MATTER = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#(?!#)[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** The header of `text`: fields it cannot read are left out; never throws. */
export function readReportHeader(text: string): ReportHeader {
  const header: ReportHeader = {};
  const match = FRONT_MATTER.exec(text);
  if (match) {
    try {
      const document = parseDocument(match[1]!);
      const data = document.errors.length === 0 && isMap(document.contents) ? (document.toJS() as Record<string, unknown>) : undefined;
      if (data) {
        setText(header, 'title', data['title']);
        setText(header, 'author', nameOf(data['author'] ?? data['authors']));
        setText(header, 'credentials', data['credentials']);
        setText(header, 'updated', data['updated'] ?? data['last_updated'] ?? data['lastUpdated'] ?? data['last-updated']);
        const review = data['review'];
        if (review && typeof review === 'object' && !Array.isArray(review)) {
          const fields: NonNullable<ReportHeader['review']> = {};
          const record = review as Record<string, unknown>;
          setText(fields, 'status', record['status']);
          setText(fields, 'reviewer', nameOf(record['reviewer']));
          setText(fields, 'date', record['date']);
          if (Object.keys(fields).length > 0) header.review = fields;
        } else if (typeof review === 'string') header.review = { status: review };
      }
    } catch {
      // Broken front matter has no header fields; the rules that read it say what is wrong.
    }
  }
  if (!header.title) {
    const title = firstHeading(match ? text.slice(match[0].length) : text);
    if (title) header.title = title;
  }
  return header;
}

function setText<T extends object>(target: T, key: keyof T & string, value: unknown): void {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  if (text) (target as Record<string, unknown>)[key] = text;
}

/** A person as front matter writes one: a string, `{ name }`, or a list of either. */
function nameOf(value: unknown): unknown {
  if (Array.isArray(value))
    return (
      value
        .map(nameOf)
        .filter((name) => typeof name === 'string' && name.trim())
        .join(', ') || undefined
    );
  if (value && typeof value === 'object') return (value as Record<string, unknown>)['name'];
  return value;
}

/** The first ATX level-1 heading outside fenced code, without its Markdown emphasis marks. */
function firstHeading(text: string): string | undefined {
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const opener = FENCE.exec(line);
    if (opener) {
      if (!fence) fence = opener[1]![0]!;
      else if (opener[1]![0] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const heading = HEADING.exec(line);
    if (heading) return heading[1]!.replace(/[*_`]+/g, '').trim() || undefined;
  }
  return undefined;
}
