/**
 * Editing a config's accepted vocabulary as text: comments and layout survive,
 * existing lists grow, duplicates and unreadable files are left alone.
 */
import assert from 'node:assert/strict';
import { acceptablePhrase, addAcceptedPhrase, minimalEdit } from '../../server/src/engine/index';

describe('accepted vocabulary edits', () => {
  it('appends to an existing YAML list and keeps comments and flow style', () => {
    const before = '# house settings\npacks: [overclaim, citations] # both\nvocabulary:\n  accept:\n    - gold standard test # lab term\n';
    assert.equal(addAcceptedPhrase('.claimlint.yaml', before, 'miracle berry'), `${before}    - miracle berry\n`);
  });

  it('adds the vocabulary block to a YAML file without one, and starts an empty file', () => {
    assert.equal(addAcceptedPhrase('.claimlint.yml', 'audience: patient\n', 'cure rate'), 'audience: patient\nvocabulary:\n  accept:\n    - cure rate\n');
    assert.equal(addAcceptedPhrase('.claimlint.yaml', '', 'cure rate'), 'vocabulary:\n  accept:\n    - "cure rate"\n');
  });

  it('leaves duplicates, broken files and odd shapes alone', () => {
    assert.equal(addAcceptedPhrase('.claimlint.yaml', 'vocabulary:\n  accept: [cure rate]\n', 'cure rate'), undefined);
    assert.equal(addAcceptedPhrase('.claimlint.yaml', 'packs: [overclaim\n', 'cure rate'), undefined);
    assert.equal(addAcceptedPhrase('.claimlint.yaml', 'vocabulary:\n  accept: cure rate\n', 'x'), undefined);
    assert.equal(addAcceptedPhrase('.claimlint.json', '{"packs": [', 'x'), undefined);
    // Shapes the yaml model cannot extend: no fix, and no exception that would take the other quick fixes with it.
    assert.equal(addAcceptedPhrase('.claimlint.yaml', 'vocabulary:\npacks: [overclaim]\n', 'x'), undefined);
    assert.equal(addAcceptedPhrase('.claimlint.yaml', 'vocabulary: [a, b]\n', 'x'), undefined);
    assert.equal(addAcceptedPhrase('.claimlint.yaml', '- a list\n', 'x'), undefined);
    assert.doesNotThrow(() => addAcceptedPhrase('.claimlint.yaml', '---\n', 'x'));
  });

  it('keeps Windows line endings', () => {
    assert.equal(addAcceptedPhrase('.claimlint.yaml', 'audience: patient\r\n', 'cure rate'), 'audience: patient\r\nvocabulary:\r\n  accept:\r\n    - cure rate\r\n');
  });

  it('edits JSON configs', () => {
    assert.equal(
      addAcceptedPhrase('.claimlint.json', '{"packs": ["overclaim"], "vocabulary": {"reject": ["superfood"]}}', 'cure rate'),
      '{\n  "packs": [\n    "overclaim"\n  ],\n  "vocabulary": {\n    "reject": [\n      "superfood"\n    ],\n    "accept": [\n      "cure rate"\n    ]\n  }\n}\n',
    );
  });

  it('offers only phrases that read back as the same pattern', () => {
    assert.equal(acceptablePhrase('gold\n  *standard*'), 'gold standard');
    assert.equal(acceptablePhrase('@smith2020'), undefined);
    assert.equal(acceptablePhrase('cures (fast)'), undefined);
    assert.equal(acceptablePhrase(' '), undefined);
  });

  it('computes the smallest single edit', () => {
    assert.deepEqual(minimalEdit('a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n'), { start: 5, end: 5, newText: 'c: 3\n' });
    assert.deepEqual(minimalEdit('same', 'same'), { start: 4, end: 4, newText: '' });
  });
});
