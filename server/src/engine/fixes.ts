/**
 * Builds content fixes (replacements) for a match, keeping edits minimal and
 * refusing to touch text that inline markup runs through.
 */
import type { Fix, TextEdit, TextRange } from './types';

/** Replacement fixes for `range` of `source`, preferred first. */
export function replacementFixes(source: string, range: TextRange, proseText: string, replacements: readonly string[]): Fix[] {
  if (replacements.length === 0) return [];
  const original = source.slice(range.start, range.end);
  // Markup inside the span (`clinically **proven**`) would be destroyed by a plain replacement.
  if (squash(original) !== squash(proseText)) return [];
  return replacements.map((replacement, index) => {
    const fix: Fix =
      replacement === ''
        ? { title: `Remove \`${squash(original)}\``, edits: [removalEdit(source, range)] }
        : {
            title: `Replace \`${squash(original)}\` with \`${matchCase(original, replacement)}\``,
            edits: [{ range, newText: matchCase(original, replacement) }],
          };
    if (index === 0) fix.isPreferred = true;
    return fix;
  });
}

/** Gives `replacement` the capitalisation of `original` (Title, UPPER or as written). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase())
    return replacement.toUpperCase();
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase())
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

// Removing words also removes the space (and a comma) after them, so no double
// space is left; at a sentence start the next word takes the capital letter.
function removalEdit(source: string, range: TextRange): TextEdit {
  const after = /^,?[ \t]+/.exec(source.slice(range.end, range.end + 4));
  if (after) {
    const end = range.end + after[0].length;
    const next = source.charAt(end);
    const startsSentence = /[A-Z]/.test(source.charAt(range.start)) && next.toLowerCase() !== next.toUpperCase();
    return startsSentence
      ? { range: { start: range.start, end: end + 1 }, newText: next.toUpperCase() }
      : { range: { start: range.start, end }, newText: '' };
  }
  if (source[range.start - 1] === ' ') return { range: { start: range.start - 1, end: range.end }, newText: '' };
  return { range, newText: '' };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
