/**
 * `check: reading-grade`: paragraphs that read above a target school grade
 * (Flesch-Kincaid, with the `flesch-kincaid` and `syllable` packages). Patient
 * materials aim at grade 8 or below (domain reference §11). Highlights the
 * paragraph's longest sentence, the first thing to shorten.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { OPAQUE } from '../markdown/prose';
import type { CheckKind, OptionSchema } from './kind';

const MIN_WORDS = 30;

const OPTIONS = {
  target: { type: 'number', default: 8, description: 'The highest acceptable grade.' },
} satisfies Record<string, OptionSchema>;

export const readingGradeCheck: CheckKind = {
  kind: 'reading-grade',
  description: 'Flags paragraphs whose Flesch-Kincaid grade is above the target, highlighting the longest sentence (the first to shorten).',
  quotesText: false,
  placeholders: { grade: "the paragraph's grade, to one decimal", target: 'the target grade' },
  options: OPTIONS,
  compile() {
    return {
      run(chunk, report, options) {
        const target = typeof options['target'] === 'number' ? options['target'] : OPTIONS.target.default;
        chunk.blocks.forEach((block, blockIndex) => {
          if (block.context.heading || block.context.table) return;
          const sentences = chunk.sentences(blockIndex);
          const tokens = chunk.tokens[blockIndex]!;
          const words = tokens.filter((token) => /\p{L}/u.test(token.norm) && !token.norm.includes(OPAQUE));
          if (words.length < MIN_WORDS || sentences.length === 0) return;
          const grade = fleschKincaid({
            sentence: sentences.length,
            word: words.length,
            syllable: words.reduce((sum, word) => sum + syllable(word.norm), 0),
          });
          if (grade <= target) return;
          const longest = sentences.reduce((a, b) => (b.tokens.to - b.tokens.from > a.tokens.to - a.tokens.from ? b : a));
          if (longest.tokens.to <= longest.tokens.from) return;
          report({ block: blockIndex, from: longest.tokens.from, to: longest.tokens.to, replacements: [], values: { grade: grade.toFixed(1), target: String(target) } });
        });
      },
    };
  },
};
