/**
 * The citation-worthiness model: its features, and how needs-citation uses it for paragraphs no trigger pattern
 * catches (option `paragraphModel`). A tiny injected model makes the expectations independent of the shipped
 * weights; one test uses the shipped model on text written for it.
 */
import assert from 'node:assert/strict';
import { claimTriggers, EMPTY_BIBLIOGRAPHY, lint, type LintContext } from '../../server/src/engine/index';
import { useWorthinessModel, worthinessFeatures, worthinessScore } from '../../server/src/engine/citations/worthiness';
import { onlyRule } from '../helpers/rules';

const context: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };

/** needs-citation findings (text and message) with `paragraphModel` set. */
function needs(text: string, paragraphModel?: 'claims' | 'all' | 'off', scope: LintContext['citationScope'] = 'preceding'): Array<{ text: string; message: string }> {
  const config = onlyRule('citations/needs-citation');
  const rules = paragraphModel ? config.rules.map((active) => ({ ...active, options: { ...active.options, paragraphModel } })) : config.rules;
  return lint({ path: 'a.md', text }, { ...config, rules }, { ...context, citationScope: scope }).findings.map((f) => ({ text: f.text, message: f.message }));
}
const texts = (text: string, paragraphModel?: 'claims' | 'all' | 'off', scope?: LintContext['citationScope']): string[] => needs(text, paragraphModel, scope).map((f) => f.text);

// A paragraph no trigger pattern catches; the injected model finds it worth citing for the word "ferritin".
const PARAGRAPH = 'Ferritin stores shrink over a season of heavy training. Low stores impair oxygen delivery to working muscle.';

describe('worthiness features', () => {
  it('are lowercased words, numbers as <num>, adjacent pairs and a length bucket', () => {
    assert.deepEqual(worthinessFeatures('Ferritin fell to 12.5 ng/mL’s'), ['ferritin', 'ferritin fell', 'fell', 'fell to', 'to', 'to <num>', '<num>', '<num> ng', 'ng', "ng ml's", "ml's", '<len:0>']);
  });

  it('score as the bias plus the weights of the features present', () => {
    const model = { bias: -1, threshold: 0, weights: { ferritin: 2, '<len:0>': 0.5 } };
    assert.equal(worthinessScore('Ferritin ferritin', model), 1.5);
    assert.equal(worthinessScore('Iron', model), -0.5);
  });
});

describe('needs-citation on paragraphs the model judges worth citing', () => {
  beforeEach(() => useWorthinessModel({ bias: -1, threshold: 0, weights: { ferritin: 5 } }));
  afterEach(() => useWorthinessModel(undefined));

  it('has no trigger to rely on in the test paragraph', () => {
    for (const sentence of PARAGRAPH.split(/(?<=\.) /)) assert.deepEqual(claimTriggers(sentence), []);
  });

  it('flags the words that state a mechanism as fact, with its own message (the default, paragraphModel: claims)', () => {
    assert.deepEqual(needs(PARAGRAPH), [{ text: 'impair', message: '`impair` states how the body or a treatment works, in a paragraph that cites nothing; cite the source for it' }]);
    assert.deepEqual(texts(PARAGRAPH, 'claims'), ['impair']);
  });

  it('adds, with paragraphModel: all, the most claim-like sentence where no mechanism is stated; nothing with off', () => {
    assert.deepEqual(texts(PARAGRAPH, 'all'), ['impair']);
    const plain = 'Ferritin stores shrink over a season of heavy training. Low stores are typical by the end of the season.';
    assert.deepEqual(texts(plain), []);
    const all = needs(plain, 'all');
    assert.equal(all.length, 1);
    assert.match(all[0]!.text, /^(?:Ferritin stores shrink over a season of heavy training|Low stores are typical by the end of the season)$/);
    assert.match(all[0]!.message, /^Nothing in this paragraph is cited/);
    assert.deepEqual(texts(PARAGRAPH, 'off'), []);
  });

  it('is answered by a citation anywhere in the paragraph, even before the claim', () => {
    const cited = 'Ferritin stores shrink over a season of heavy training [@a]. Low stores impair oxygen delivery to working muscle.';
    assert.deepEqual(texts(cited), []);
    assert.deepEqual(texts(cited, 'all'), []);
    // With citationScope: sentence, only the sentence's own citation counts.
    assert.deepEqual(texts(cited, 'claims', 'sentence'), ['impair']);
  });

  it('skips states, list entries, previews, marked textbook teaching and paragraphs that explain a test', () => {
    // A participle after "are" is a state; with "by" it names a cause.
    assert.deepEqual(texts('Ferritin is low. Her iron stores are depleted and her capacity is compromised.'), []);
    assert.deepEqual(texts('Ferritin is low. Iron stores are depleted by heavy training.'), ['depleted']);
    // A participle opening a list entry qualifies a noun.
    assert.deepEqual(texts('Low ferritin has symptoms - fatigue, impaired performance, poor recovery - that overlap with overtraining.'), []);
    // An unnamed subject previews the specific claims that follow; a named one makes its own.
    assert.deepEqual(texts('Ferritin matters here. Some conditions preferentially elevate ferritin but not CRP.'), []);
    assert.deepEqual(texts('Ferritin matters here. Liver disease preferentially elevates ferritin but not CRP.'), ['elevates']);
    assert.deepEqual(texts('Ferritin matters here. Lupus classically elevates ESR but not ferritin.'), []);
    assert.deepEqual(texts('Ferritin matters here. Lupus classically elevates ESR but not ferritin. Infection elevates both.'), []);
    // How a test works, explained: its mechanism is the description.
    assert.deepEqual(texts('The ferritin test measures how much iron is stored. Inflammatory proteins elevate ferritin as well.'), []);
  });

  it('stays silent when the model does not find the paragraph worth citing', () => {
    assert.deepEqual(texts('Low stores impair oxygen delivery to working muscle in runners.'), []);
  });

  it('skips hedged sentences, definitions, questions, headings, tables, block quotes and quotations', () => {
    assert.deepEqual(texts('Ferritin stores shrink over a season. Low stores may impair oxygen delivery to working muscle.'), []);
    assert.deepEqual(texts('Ferritin is calculated from a blood sample, which reflects stores held in the liver and marrow.'), []);
    assert.deepEqual(texts('Do ferritin stores impair oxygen delivery to working muscle when they are low?'), []);
    assert.deepEqual(texts('# Low ferritin stores impair oxygen delivery to working muscle\n'), []);
    assert.deepEqual(texts('| Marker | Note |\n|---|---|\n| Ferritin | Low ferritin stores impair oxygen delivery to working muscle. |\n'), []);
    assert.deepEqual(texts('> Ferritin stores shrink over a season. Low stores impair oxygen delivery to working muscle.\n'), []);
    assert.deepEqual(texts('Ferritin is a protein. “Low stores impair oxygen delivery to working muscle and ruin every race.”'), []);
  });

  it('keeps exact ranges after CRLF line ends, emoji and CJK text', () => {
    const text = '# 鉄 🏃\r\n\r\n鉄分 🏃‍♀️ matters. Ferritin stores shrink over a season.\r\nLow stores impair oxygen delivery to working muscle.\r\n';
    const findings = lint({ path: 'a.md', text }, onlyRule('citations/needs-citation'), context).findings;
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.range.start, findings[0]!.range.end), 'impair');
  });

  it('keeps an item of a list cited at its end quiet, and flags an uncited list item', () => {
    assert.deepEqual(texts('- Ferritin stores shrink over a season of heavy training.\n- Low stores impair oxygen delivery to working muscle [@a].\n'), []);
    assert.deepEqual(texts('- Ferritin stores shrink over a season. Low stores impair oxygen delivery to working muscle.\n'), ['impair']);
  });
});

describe('the shipped worthiness model', () => {
  it('finds a dense paragraph of physiology worth citing, and a paragraph of small talk not', () => {
    const physiology =
      'Magnesium competes with calcium for uptake in the small intestine, so large doses taken together blunt absorption of both. The effect is larger in older adults, whose intestinal transport is already slower. Splitting the doses across the day avoids most of the interaction.';
    assert.deepEqual(texts(physiology), ['competes with']);
    assert.deepEqual(texts('The sauna session was long and the room was warm, so we talked about training plans for the spring.'), []);
  });
});
