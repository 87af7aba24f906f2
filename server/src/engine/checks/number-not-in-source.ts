/**
 * `check: number-not-in-source`: a number in a cited claim (percentage, count, ratio, p-value, duration, dose,
 * "n = …") that none of the cited entries' abstracts states, allowing for formatting and for rounding to the precision
 * the claim wrote (claims/numbers.ts says which numbers count and how they match). Silent when a cited entry has no
 * abstract (claims/abstracts.ts). The hover quotes the abstract sentences with the nearest numbers.
 */
import { citedAbstracts } from '../claims/abstracts';
import { citedClaims } from '../claims/evidence';
import { claimQuantities, nearestSentences, numberInSource, sourceNumbers } from '../claims/numbers';
import type { CheckKind } from './kind';

export const numberNotInSourceCheck: CheckKind = {
  kind: 'number-not-in-source',
  description:
    'Flags a number in a cited claim (percentage, count, ratio, p-value, duration, dose) that no cited abstract states, to the precision the claim wrote; years, ages, labels ("type 2") and names ("COVID-19") are not checked. Silent unless every cited entry has an abstract. The hover quotes the abstract sentences with the nearest numbers.',
  placeholders: { sources: 'the keys of the cited entries ("smith2020, lee2021")' },
  compile() {
    return {
      runDocument(document, { context, citations }, report) {
        for (const claim of citedClaims(document, citations, context.bibliography)) {
          const abstracts = citedAbstracts(claim);
          if (!abstracts) continue;
          const numbers = abstracts.flatMap(({ abstract }) => sourceNumbers(abstract));
          for (const quantity of claimQuantities(claim.prose)) {
            if (numberInSource(quantity, numbers)) continue;
            const nearest = abstracts.flatMap(({ key, abstract }) => nearestSentences(quantity, abstract, abstracts.length > 1 ? 1 : 2).map((near) => ({ key, ...near })));
            const explanation = [
              `**Not in the cited abstract${abstracts.length > 1 ? 's' : ''}:** “${claim.prose.slice(quantity.range.start, quantity.range.end)}”`,
              nearest.length > 0
                ? `**Nearest numbers in the abstract:**\n\n${nearest.map((near) => `> ${near.sentence.replace(near.number, `**${near.number}**`)} (${near.key})`).join('\n>\n')}`
                : `**The abstract states no numbers** (${abstracts.map((a) => a.key).join(', ')}).`,
            ].join('\n\n');
            report({ range: claim.sourceOf(quantity.range), values: { sources: abstracts.map((a) => a.key).join(', ') }, explanation });
          }
        }
      },
    };
  },
};
