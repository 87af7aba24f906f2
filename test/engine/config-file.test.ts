/**
 * Config files that are odd but not wrong, and ones built to hurt: an empty file is an empty config, and a YAML
 * alias bomb is a positioned problem, not a crash or a runaway allocation.
 */
import assert from 'node:assert/strict';
import { readConfigFile } from '../../server/src/engine/index';

describe('config files', () => {
  it('reads an empty file, or one with only comments, as an empty config', () => {
    for (const text of ['', '\n\n', '# team settings go here\n']) assert.deepEqual(readConfigFile({ path: '/p/.claimlint.yaml', text }), { data: {}, problems: [], extendsRanges: [] });
  });

  it('reports a YAML alias bomb as a problem at the top of the file', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const read = readConfigFile({ path: '/p/.claimlint.yaml', text: `${lines.join('\n')}\n` });
    assert.equal(read.data, undefined);
    assert.equal(read.problems.length, 1);
    assert.match(read.problems[0]!.message, /^config cannot be read: .*alias/i);
    assert.deepEqual(read.problems[0]!.range, { start: 0, end: 1 });
  });
});
