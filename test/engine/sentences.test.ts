/**
 * Sentence splitting with exact offsets.
 */
import assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/engine/text/sentences';

function checkSentences(text: string, expected: string[]): void {
  assert.deepEqual(
    splitSentences(text).map((range) => text.slice(range.start, range.end)),
    expected,
  );
}

describe('sentence splitting', () => {
  it('splits at full stops, question and exclamation marks', () => {
    checkSentences('It works. Does it? Yes!', ['It works.', 'Does it?', 'Yes!']);
  });

  it('keeps abbreviations, decimals and p-values inside sentences', () => {
    checkSentences('Dr. Smith et al. found that 2.5 mg helps, e.g. in runners (p < .05). Next.', ['Dr. Smith et al. found that 2.5 mg helps, e.g. in runners (p < .05).', 'Next.']);
    checkSentences('Heat vs. ice, i.e. both. See Fig. 2 and approx. 3 sessions.', ['Heat vs. ice, i.e. both.', 'See Fig. 2 and approx. 3 sessions.']);
  });

  it('treats text without final punctuation as one sentence', () => {
    checkSentences('Hip abductor strengthening', ['Hip abductor strengthening']);
  });
});
