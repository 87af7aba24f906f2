/**
 * The cited entries' abstracts, for the checks that compare a claim with its source (`evidence/number-not-in-source`,
 * `evidence/exaggerates-source`): which claims can be checked, and an abstract's conclusion.
 *
 * A claim is checked only when every entry it cites has an abstract: a number or a wording may come from the entry
 * whose abstract is missing, and saying "not in the source" then would be wrong. `abstractStatus` says why a claim
 * was not checked, for `claimlint analyze`.
 */
import type { BibEntry } from '../bibliography/model';
import { splitSentences } from '../text/sentences';
import type { CitedClaim } from './evidence';

/** An abstract shorter than this is a placeholder ("No abstract available."), not an abstract. */
const MIN_ABSTRACT = 40;

/** The entry's abstract as plain text, when it has a real one (Crossref's JATS markup becomes "Conclusions: …"). */
export function abstractOf(entry: BibEntry): string | undefined {
  const text = entry.abstract
    ?.replace(/<\/(?:jats:)?title>/gi, ': ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\s+([:.,;])/g, '$1')
    .trim();
  return text && text.length >= MIN_ABSTRACT && !/^no abstract/i.test(text) ? text : undefined;
}

/** Whether a cited claim can be compared with its abstracts, and which entries lack one. */
export function abstractStatus(claim: CitedClaim): { checked: boolean; missing: string[] } {
  const missing = [...new Set(claim.evidence.filter((e) => !abstractOf(e.entry)).map((e) => e.entry.key))];
  return { checked: missing.length === 0, missing };
}

/** The cited entries with their abstracts, or undefined when any cited entry has none (the claim is then not checked). */
export function citedAbstracts(claim: CitedClaim): Array<{ key: string; abstract: string }> | undefined {
  if (!abstractStatus(claim).checked) return undefined;
  const seen = new Set<string>();
  return claim.evidence.flatMap((e) => {
    if (seen.has(e.entry.key)) return [];
    seen.add(e.entry.key);
    return [{ key: e.entry.key, abstract: abstractOf(e.entry)! }];
  });
}

// A structured abstract's conclusion section ("Conclusions:", "CONCLUSIONS AND RELEVANCE", "Interpretation:").
const CONCLUSION_HEADING =
  /(?:^|[.\s])(?:conclusions?(?:\s+and\s+(?:relevance|implications))?|interpretation|implications(?:\s+for\s+(?:practice|clinical\s+practice))?|summary\s+and\s+conclusions?|authors['’]?\s+conclusions?|main\s+conclusions?)\s*[:.—–-]\s*/gi;
// The next section of a structured abstract ("Trial registration:", "Funding:").
const NEXT_HEADING = /\s(?:trial\s+registration|registration|funding|keywords?|level\s+of\s+evidence|clinical\s+trial\s+registration|prospero|systematic\s+review\s+registration)\s*[:.]/i;

/** The abstract's conclusion: its "Conclusion(s):" section when structured, else its last two sentences. */
export function conclusionSentences(abstract: string): string[] {
  let last: RegExpExecArray | undefined;
  for (const match of abstract.matchAll(CONCLUSION_HEADING)) last = match as RegExpExecArray;
  if (last) {
    let section = abstract.slice(last.index + last[0].length);
    const next = NEXT_HEADING.exec(section);
    if (next) section = section.slice(0, next.index);
    const sentences = splitSentences(section).map((range) => section.slice(range.start, range.end));
    if (sentences.length > 0) return sentences;
  }
  const sentences = splitSentences(abstract).map((range) => abstract.slice(range.start, range.end));
  return sentences.slice(-2);
}
