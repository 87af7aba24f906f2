import { strict as assert } from 'node:assert';
import { LruMemo } from '../../server/src/engine/memo';
import { chunkMemoBytes, DEFAULT_CHUNK_MEMO_BYTES, prepareDocument } from '../../server/src/engine/document';
import { generateArticle, seededRandom } from '../../bench/corpus';

describe('LruMemo (bounded by bytes)', () => {
  const counting = (budget: number) => {
    const computed: string[] = [];
    const memo = new LruMemo<string>({ budget, weigh: (key) => key.length });
    const get = (key: string) => memo.get(key, () => (computed.push(key), key.toUpperCase()));
    return { memo, get, computed };
  };

  it('returns the computed value and computes each key once while it fits', () => {
    const { memo, get, computed } = counting(100);
    assert.equal(get('abc'), 'ABC');
    assert.equal(get('abc'), 'ABC');
    assert.deepEqual(computed, ['abc']);
    assert.equal(memo.size, 3);
  });

  it('evicts the least recently used entries once the estimated bytes pass the budget', () => {
    const { memo, get, computed } = counting(10);
    get('aaaa');
    get('bbbb');
    get('aaaa'); // now the most recently used
    get('cccc'); // 12 > 10: "bbbb" goes
    assert.equal(memo.size, 8);
    get('aaaa');
    get('bbbb');
    assert.deepEqual(computed, ['aaaa', 'bbbb', 'cccc', 'bbbb']);
  });

  it('keeps memory flat however many different keys pass through it', () => {
    const { memo, get } = counting(1000);
    for (let i = 0; i < 10_000; i++) get(`sentence number ${i} of a paragraph being typed`);
    assert.ok(memo.size <= 1000, `held ${memo.size}`);
  });

  it('keeps the newest entry even when it alone is larger than the budget', () => {
    const { memo, get, computed } = counting(4);
    get('a long key');
    get('a long key');
    assert.deepEqual(computed, ['a long key']);
    assert.equal(memo.size, 10);
  });

  it('shrinks to a smaller budget at once', () => {
    const { memo, get } = counting(100);
    for (const key of ['one', 'two', 'three', 'four']) get(key);
    memo.resize(5);
    assert.equal(memo.size, 4);
  });
});

describe('chunk memo', () => {
  it('makes room for a large document, so an edit there re-parses only the chunk it touched', function () {
    this.timeout(120000);
    const random = seededRandom(3);
    let big = '';
    while (big.length < 1_000_000) big += `${generateArticle(random, 2000)}\n\n`;
    const before = prepareDocument(big);
    const middle = big.indexOf('\n\n', big.length / 2);
    const after = prepareDocument(`${big.slice(0, middle)} Statins cure pain.${big.slice(middle)}`);
    const reused = new Set(before.chunks.map(({ chunk }) => chunk));
    const parsedAgain = after.chunks.filter(({ chunk }) => !reused.has(chunk));
    assert.ok(parsedAgain.length <= 2, `${parsedAgain.length} of ${after.chunks.length} chunks parsed again`);
  });

  it('stays within its budget while a paragraph is typed', function () {
    this.timeout(120000);
    const text = generateArticle(seededRandom(5), 800);
    const at = text.indexOf('\n\n', text.length / 2);
    let typed = '';
    // Each version of the edited chunk is a new memo entry: 600 of them weigh far more than the budget.
    for (let i = 0; i < 600; i++) {
      typed += 'ab cd. '[i % 7];
      prepareDocument(text.slice(0, at) + typed + text.slice(at));
    }
    assert.ok(chunkMemoBytes() <= DEFAULT_CHUNK_MEMO_BYTES, `${chunkMemoBytes()} bytes held`);
  });
});
