/**
 * `check: last-updated`: the date the page was last checked, from the front matter (`updated`, `last_reviewed`, …,
 * or the review date) or a visible "Last updated: …" / "Page last reviewed: …" line. `report: stale` flags a date
 * older than `maxAgeYears` (the NHS and HSE pattern: a planned review cycle, 3 years by default; domain reference §16)
 * and a "next review" date that has passed; `report: missing` flags a page with no such date. Stale dates need today's
 * date from the lint context; without it only missing dates are checked.
 */
import { olderThan, yearsBetween } from '../markdown/front-matter';
import type { Fix, TextRange } from '../types';
import { addFrontMatterFix, documentAnchor, frontMatterOf, visibleDates } from './document-record';
import type { CheckKind, OptionSchema } from './kind';

const OPTIONS = {
  report: { enum: ['stale', 'missing'], default: 'stale', description: '`stale`: a date older than `maxAgeYears`, or a next-review date that has passed; `missing`: no date at all.' },
  maxAgeYears: { type: 'number', default: 3, minimum: 0, description: 'How old (in years) the last-checked date may be.' },
} satisfies Record<string, OptionSchema>;

export const lastUpdatedCheck: CheckKind = {
  kind: 'last-updated',
  fixes: 'yes: sets `updated:` to today, after the writer has checked the page',
  description:
    'Reads when the page was last checked (front matter `updated`, `last_reviewed`, `review.date`, …, or a visible "Last updated: …" line). `report: stale` flags the date when it is older than `maxAgeYears`, and a next-review date that has passed (offering, not preferring, to set a front matter `updated:` to today, for after a review of the whole page); `report: missing` flags a page with no date, on the front matter or the first line, offering to add `updated:` to the front matter.',
  quotesText: false,
  messages: { due: 'the next-review date has passed' },
  placeholders: { date: 'the last-checked date (YYYY-MM-DD)', age: 'its age in whole years', maxAgeYears: 'the `maxAgeYears` option' },
  options: OPTIONS,
  compile() {
    return {
      runDocument(prepared, { context }, report, options) {
        const source = prepared.source;
        const frontMatter = frontMatterOf(source);
        const today = context.today;
        const maxAgeYears = typeof options['maxAgeYears'] === 'number' ? options['maxAgeYears'] : OPTIONS.maxAgeYears.default;
        const visible = visibleDates(prepared);
        const dates: Array<{ date: string; range: TextRange }> = [];
        for (const value of [frontMatter.updated, frontMatter.review?.date]) if (value?.date) dates.push({ date: value.date, range: value.entry ?? value.range });
        for (const line of visible) if (line.kind === 'updated') dates.push(line);
        if (options['report'] === 'missing') {
          if (dates.length > 0 || frontMatter.nextReview?.date || visible.length > 0) return;
          const anchor = frontMatter.updated?.entry ?? documentAnchor(source, frontMatter);
          if (!anchor) return;
          const fixes: Fix[] = frontMatter.updated
            ? []
            : [{ ...addFrontMatterFix(source, frontMatter, `Add \`updated: ${today ?? 'YYYY-MM-DD'}\` to the front matter`, [`updated: ${today ?? 'YYYY-MM-DD'}`]), isPreferred: true }];
          report({ range: anchor, fixes, wholeDocument: true });
          return;
        }
        if (!today) return;
        const latest = dates.reduce<(typeof dates)[number] | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
        if (latest && olderThan(latest.date, maxAgeYears, today)) {
          // Only after checking the whole page (the NHS service manual): so offered, never preferred.
          const updated = frontMatter.updated;
          const fixes: Fix[] =
            updated?.date === latest.date && updated.entry ? [{ title: `Set \`updated:\` to ${today} (after checking the whole page)`, edits: [{ range: updated.range, newText: today }] }] : [];
          report({
            range: latest.range,
            fixes,
            values: { date: latest.date, age: String(Math.floor(yearsBetween(latest.date, today))), maxAgeYears: String(maxAgeYears) },
            wholeDocument: true,
          });
          return;
        }
        const next = [
          frontMatter.nextReview?.date ? { date: frontMatter.nextReview.date, range: frontMatter.nextReview.entry ?? frontMatter.nextReview.range } : undefined,
          ...visible.filter((line) => line.kind === 'next-review'),
        ]
          .filter((entry): entry is { date: string; range: TextRange } => entry !== undefined)
          .reduce<{ date: string; range: TextRange } | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
        if (next && next.date < today && (!latest || latest.date < next.date)) {
          report({ range: next.range, variant: 'due', values: { date: next.date, age: '', maxAgeYears: String(maxAgeYears) }, wholeDocument: true });
        }
      },
    };
  },
};
