import { strict as assert } from 'node:assert';
import { LruMemo } from '../../server/src/engine/memo';

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
