/**
 * Human-readable renderings of an entry: a one-line reference, a short
 * author–year label, and the Markdown a reviewer sees on hover.
 */
import { evidenceProfile } from './classify';
import type { BibEntry } from './model';

/** "Gattie E, Cleland JA, Snodgrass S. Title. Journal. 2017;47(3):133–149." (Vancouver-like). */
export function formatReference(entry: BibEntry): string {
  const authors = formatAuthors(entry);
  const parts: string[] = [];
  if (authors) parts.push(`${authors}.`);
  if (entry.title) parts.push(`${entry.title.replace(/\.$/, '')}.`);
  const source: string[] = [];
  if (entry.container) source.push(`*${entry.container}*.`);
  let citation = entry.year ?? '';
  if (entry.volume) citation += `;${entry.volume}`;
  if (entry.issue) citation += `(${entry.issue})`;
  if (entry.pages) citation += `:${entry.pages}`;
  if (citation) source.push(`${citation}.`);
  parts.push(...source);
  return parts.join(' ');
}

/** "Gattie et al. 2017", "Hall & Mackie 2018", "Hu 2018". */
export function shortLabel(entry: BibEntry): string {
  const names = entry.authors.map((author) => author.family).filter(Boolean);
  const who = names.length === 0 ? entry.key : names.length >= 3 || (entry.moreAuthors && names.length >= 1) ? `${names[0]} et al.` : names.length === 1 ? names[0] : `${names[0]} & ${names[1]}`;
  return entry.year ? `${who} ${entry.year}` : `${who}`;
}

function formatAuthors(entry: BibEntry): string {
  const names = entry.authors.map((author) => {
    const initials = (author.given ?? '')
      .split(/[\s.-]+/)
      .filter(Boolean)
      .map((part) => part[0]!.toUpperCase())
      .join('');
    return initials ? `${author.family} ${initials}` : author.family;
  });
  if (names.length > 6) return `${names.slice(0, 3).join(', ')}, et al`;
  return entry.moreAuthors ? `${names.join(', ')}, et al` : names.join(', ');
}

/** Markdown for a citation hover: reference, links, evidence, reviewer notes, uses in this document. */
export function entryMarkdown(entry: BibEntry, usesInDocument: number): string {
  const lines: string[] = [formatReference(entry)];
  const links: string[] = [];
  if (entry.doi) links.push(`[doi:${entry.doi}](https://doi.org/${encodeURI(entry.doi)})`);
  if (entry.pmid) links.push(`[PubMed ${entry.pmid}](https://pubmed.ncbi.nlm.nih.gov/${entry.pmid}/)`);
  if (entry.pmcid) links.push(`[${entry.pmcid}](https://www.ncbi.nlm.nih.gov/pmc/articles/${entry.pmcid}/)`);
  if (!entry.doi && !entry.pmid && entry.url) links.push(`[${entry.url}](${entry.url})`);
  if (links.length > 0) lines.push(links.join(' · '));
  const profile = evidenceProfile(entry);
  const design = profile.design === 'unknown' ? 'not recorded, and not recognisable from the title' : profile.design;
  const level = profile.level ? ` · evidence level ${profile.level}${entry.evidenceLevel ? '' : ' (OCEBM 2011)'}` : '';
  lines.push(`**Study design:** ${design}${profile.design !== 'unknown' ? ` (${profile.basis})` : ''}${level}`);
  if (entry.notes) lines.push(`**Reviewer notes:** ${entry.notes}`);
  lines.push(`\`@${entry.key}\` · cited ${usesInDocument} time${usesInDocument === 1 ? '' : 's'} in this document`);
  return lines.join('\n\n');
}
