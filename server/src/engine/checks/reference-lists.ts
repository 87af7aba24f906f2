/**
 * Reference-list consistency, as three check kinds:
 * `missing-reference` (a numeric marker or footnote with nothing to point to),
 * `unused-reference` (a reference item or footnote definition nobody cites),
 * `duplicate-reference` (two reference items with one number, two definitions with one label).
 */
import type { CheckKind } from './kind';

export const missingReferenceCheck: CheckKind = {
  kind: 'missing-reference',
  description: 'Flags numeric markers without a matching reference-list item, and footnote references without a definition.',
  messages: {
    'no-reference-list': 'the document has no numbered reference list: one warning, on its first marker, naming every number',
    footnote: 'a footnote reference without a definition',
  },
  placeholders: { numbers: "the marker's numbers that no item answers" },
  compile() {
    return {
      runDocument(_document, { citations }, report) {
        const numbered = new Set(citations.referenceItems.flatMap((item) => (item.number !== undefined ? [item.number] : [])));
        // Numbered link definitions (`[3]: https://…`) are a reference list too.
        for (const label of citations.definitions.keys()) if (/^\d+$/.test(label)) numbered.add(Number(label));
        const labels = new Set(citations.footnoteDefinitions.map((definition) => definition.label.toLowerCase()));
        // With no numbered list at all, one finding for the document (on its first marker), not one per marker.
        const unlisted = numbered.size === 0 ? citations.citations.filter((c) => (c.kind === 'numeric' || c.kind === 'bare-number') && c.numbers.length > 0) : [];
        if (unlisted.length > 0) {
          const numbers = [...new Set(unlisted.flatMap((c) => c.numbers))].sort((a, b) => a - b);
          report({ range: unlisted[0]!.range, variant: 'no-reference-list', values: { numbers: numbers.join(', ') }, severity: 'warning' });
        }
        for (const citation of citations.citations) {
          if ((citation.kind === 'numeric' || citation.kind === 'bare-number') && numbered.size === 0) continue;
          if (citation.kind === 'numeric' || citation.kind === 'bare-number') {
            const missing = citation.numbers.filter((n) => !numbered.has(n));
            if (missing.length === 0) continue;
            // An error only when the style is unambiguous (a bracketed marker) and a numbered list exists that lacks
            // the item; with no list found (it may live elsewhere) or a bare number, a warning that says what was searched.
            const unambiguous = citation.kind === 'numeric' && numbered.size > 0;
            report({
              range: citation.range,
              variant: numbered.size === 0 ? 'no-reference-list' : undefined,
              values: { numbers: missing.join(', ') },
              ...(unambiguous ? {} : { severity: 'warning' as const }),
            });
          } else if (citation.kind === 'footnote' && !labels.has((citation.label ?? '').toLowerCase())) {
            report({ range: citation.range, variant: 'footnote' });
          }
        }
      },
    };
  },
};

export const unusedReferenceCheck: CheckKind = {
  kind: 'unused-reference',
  description: 'Flags reference-list items and footnote definitions that no citation in the document points to.',
  messages: { footnote: 'a footnote definition that no reference points to' },
  placeholders: { number: "the item's number" },
  compile() {
    return {
      runDocument(document, { citations }, report) {
        const cited = new Set(citations.citations.flatMap((citation) => citation.numbers));
        const usesNumbers = citations.citations.some((citation) => citation.numbers.length > 0);
        for (const item of citations.referenceItems) {
          // A list of unnumbered sources ("Further reading") is not cited by number.
          if (item.number === undefined || !usesNumbers) continue;
          if (!cited.has(item.number)) report({ range: firstLine(item.range, document.source), values: { number: String(item.number) } });
        }
        const referenced = new Set(citations.citations.filter((c) => c.kind === 'footnote').map((c) => (c.label ?? '').toLowerCase()));
        for (const definition of citations.footnoteDefinitions)
          if (!referenced.has(definition.label.toLowerCase())) report({ range: firstLine(definition.range, document.source), variant: 'footnote' });
      },
    };
  },
};

export const duplicateReferenceCheck: CheckKind = {
  kind: 'duplicate-reference',
  description: 'Flags reference-list numbers and footnote labels defined twice, and the same reference listed twice.',
  messages: { 'same-text': 'the same reference listed twice', footnote: 'a footnote label defined twice' },
  placeholders: { number: 'the number listed twice' },
  compile() {
    return {
      runDocument(document, { citations }, report) {
        const seenNumbers = new Set<number>();
        const seenTexts = new Set<string>();
        for (const item of citations.referenceItems) {
          const normalised = item.text
            .replace(/^\[?\d+[\].):]\s*/, '')
            .replace(/\W+/g, ' ')
            .trim()
            .toLowerCase();
          if (item.number !== undefined && seenNumbers.has(item.number)) report({ range: firstLine(item.range, document.source), values: { number: String(item.number) } });
          else if (normalised.length > 20 && seenTexts.has(normalised)) report({ range: firstLine(item.range, document.source), variant: 'same-text' });
          if (item.number !== undefined) seenNumbers.add(item.number);
          seenTexts.add(normalised);
        }
        const labels = new Set<string>();
        for (const definition of citations.footnoteDefinitions) {
          const label = definition.label.toLowerCase();
          if (labels.has(label)) report({ range: firstLine(definition.range, document.source), variant: 'footnote' });
          labels.add(label);
        }
      },
    };
  },
};

function firstLine(range: { start: number; end: number }, source: string): { start: number; end: number } {
  const newline = source.indexOf('\n', range.start);
  const end = newline === -1 || newline > range.end ? range.end : newline;
  return { start: range.start, end: source[end - 1] === '\r' ? end - 1 : end };
}
