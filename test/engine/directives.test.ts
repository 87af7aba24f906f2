/**
 * Inline directives and the "Disable for this line" fix: the fix is applied and the
 * result re-linted, so placement and semantics are tested together.
 */
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';
import { applyEdits, builtinRules, onlyRule } from '../helpers/rules';

const RULE = 'overclaim/cure-claims';

function texts(markdown: string): string[] {
  return lint({ path: 'd.md', text: markdown }, onlyRule(RULE)).findings.map((f) => f.text);
}

/** Applies the disable fix of the finding at `index` and checks the result. */
function checkDisable(markdown: string, expected: string, index = 0): void {
  const finding = lint({ path: 'd.md', text: markdown }, onlyRule(RULE)).findings[index]!;
  const [fix] = finding.suppressions;
  const result = applyEdits(markdown, fix!.edits);
  assert.equal(result, expected);
  const after = lint({ path: 'd.md', text: result }, onlyRule(RULE)).findings;
  assert.ok(
    !after.some((f) => f.text === finding.text && result.slice(f.range.start - 10, f.range.end) === markdown.slice(finding.range.start - 10, finding.range.end)) ||
      after.length < texts(markdown).length,
  );
  assert.equal(after.length, texts(markdown).length - 1, 'exactly the one finding is silenced');
}

describe('inline directives', () => {
  it('disable-next-line silences the next line only, for the named rule or pack', () => {
    assert.deepEqual(texts('<!-- claimlint-disable-next-line overclaim/cure-claims -->\nIt cures.\n\nIt cures.\n'), ['cures']);
    assert.deepEqual(texts('<!-- claimlint-disable-next-line overclaim -->\nIt cures.\n'), []);
    assert.deepEqual(texts('<!-- claimlint-disable-next-line overclaim/other-rule -->\nIt cures.\n'), ['cures']);
  });

  it('disable and enable bracket a region; disable-line and disable-file work', () => {
    assert.deepEqual(texts('It cures.\n\n<!-- claimlint-disable -->\n\nIt heals.\n\n<!-- claimlint-enable -->\n\nIt cured.\n'), ['cures', 'cured']);
    assert.deepEqual(texts('It cures. <!-- claimlint-disable-line overclaim/cure-claims -->\n\nIt heals.\n'), ['heals']);
    assert.deepEqual(texts('It cures.\n\n<!-- claimlint-disable-file overclaim/cure-claims -- quoting the regulator -->\n'), []);
  });

  it('ignores directives inside code', () => {
    assert.deepEqual(texts('```\n<!-- claimlint-disable-file -->\n```\n\nIt cures.\n'), ['cures']);
  });

  it('reports unknown ids and unknown directives as problems', () => {
    const problems = lint({ path: 'd.md', text: '<!-- claimlint-disable-next-line overclaim/nope -->\n<!-- claimlint-disabel -->\nText.\n' }, onlyRule(RULE)).problems;
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'claimlint-disable-next-line names `overclaim/nope`, which is neither a loaded rule nor a pack',
        'unknown directive `claimlint-disabel`; expected one of claimlint-disable, claimlint-enable, claimlint-disable-next-line, claimlint-disable-line, claimlint-disable-file',
      ],
    );
  });
});

describe('disable-for-this-line fix', () => {
  it('puts the comment above a paragraph', () => {
    checkDisable('Intro.\n\nIt cures.\n', `Intro.\n\n<!-- claimlint-disable-next-line ${RULE} -->\nIt cures.\n`);
  });

  it('keeps CRLF line endings', () => {
    checkDisable('Intro.\r\n\r\nIt cures.\r\n', `Intro.\r\n\r\n<!-- claimlint-disable-next-line ${RULE} -->\r\nIt cures.\r\n`);
  });

  it('puts the comment above a heading', () => {
    checkDisable('# A cure for knees\n', `<!-- claimlint-disable-next-line ${RULE} -->\n# A cure for knees\n`);
  });

  it('appends to the previous line on a paragraph continuation line, so the paragraph stays whole', () => {
    checkDisable('First line\nand it cures.\n', `First line <!-- claimlint-disable-next-line ${RULE} -->\nand it cures.\n`);
  });

  it('keeps an ordered list intact: inside the previous item, not between items', () => {
    checkDisable('1. Rest.\n2. It cures.\n3. Ice.\n', `1. Rest.\n   <!-- claimlint-disable-next-line ${RULE} -->\n2. It cures.\n3. Ice.\n`);
  });

  it('goes before the list for its first item, and nests in the previous item of a nested list', () => {
    checkDisable('- It cures.\n- Ice.\n', `<!-- claimlint-disable-next-line ${RULE} -->\n- It cures.\n- Ice.\n`);
    checkDisable('- Rest.\n  - Ice.\n  - It cures.\n', `- Rest.\n  - Ice.\n    <!-- claimlint-disable-next-line ${RULE} -->\n  - It cures.\n`);
  });

  it('goes before a footnote definition, not inside its label', () => {
    checkDisable('Text[^1].\n\n[^1]: It cures.\n', `Text[^1].\n\n<!-- claimlint-disable-next-line ${RULE} -->\n[^1]: It cures.\n`);
  });

  it('disables around a table instead of breaking it', () => {
    const fix = lint({ path: 't.md', text: '| a | b |\n| - | - |\n| cures | x |\n' }, onlyRule(RULE)).findings[0]!.suppressions[0]!;
    assert.equal(fix.title, `Disable ${RULE} for this table`);
    checkDisable('| a | b |\n| - | - |\n| cures | x |\n', `<!-- claimlint-disable ${RULE} -->\n| a | b |\n| - | - |\n| cures | x |\n<!-- claimlint-enable ${RULE} -->\n`);
  });

  it('switches off every rule whose note a squiggle carries on its line, and only its own rule in the file', () => {
    const all = builtinRules().config;
    for (const eol of ['\n', '\r\n']) {
      const text = `# Turmeric${eol}${eol}Turmeric cures arthritis. Ginger cures colds.${eol}`;
      const onCures = lint({ path: 'd.md', text }, all).findings.find((f) => f.text === 'cures')!;
      assert.deepEqual(onCures.also, ['citations/needs-citation']);
      const [line, file] = onCures.suppressions;
      assert.equal(line!.title, 'Disable overclaim/cure-claims and citations/needs-citation for this line');
      const silenced = applyEdits(text, line!.edits);
      assert.ok(silenced.includes(`<!-- claimlint-disable-next-line overclaim/cure-claims citations/needs-citation -->${eol}Turmeric cures`));
      // Nothing reappears on the line: not the citation note the squiggle carried.
      assert.deepEqual(
        lint({ path: 'd.md', text: silenced }, all).findings.filter((f) => /cure|citation/.test(f.ruleId)),
        [],
      );
      assert.equal(file!.title, 'Disable overclaim/cure-claims in this file');
    }
  });
});

describe('disable-in-this-file fix', () => {
  it('goes at the top, after front matter, and silences the rule in the whole file', () => {
    const text = '---\ntitle: x\n---\n\nIt cures.\n\nIt heals.\n';
    const finding = lint({ path: 'd.md', text }, onlyRule(RULE)).findings[0]!;
    const fix = finding.suppressions.find((f) => f.title === `Disable ${RULE} in this file`)!;
    const result = applyEdits(text, fix.edits);
    assert.equal(result, `---\ntitle: x\n---\n<!-- claimlint-disable-file ${RULE} -->\n\n\nIt cures.\n\nIt heals.\n`);
    assert.deepEqual(lint({ path: 'd.md', text: result }, onlyRule(RULE)).findings, []);
  });

  it('reports directives that silence nothing', () => {
    const text = 'It cures.\n\n<!-- claimlint-disable-next-line overclaim/cure-claims -->\nNothing here.\n<!-- claimlint-disable-line overclaim -->\n';
    const result = lint({ path: 'd.md', text }, onlyRule(RULE));
    assert.deepEqual(
      result.unusedDirectives!.map((r) => text.slice(r.start, r.end)),
      ['<!-- claimlint-disable-next-line overclaim/cure-claims -->', '<!-- claimlint-disable-line overclaim -->'],
    );
  });
});

describe('silenced findings (keepSuppressed)', () => {
  it('lists what each directive silenced, with its reason, and changes nothing else', () => {
    const text = [
      'It cures.',
      '',
      '<!-- claimlint-disable-next-line overclaim/cure-claims -- quoting the regulator -->',
      'It heals.',
      '',
      'It cured. <!-- claimlint-disable-line overclaim -->',
      '',
      '<!-- claimlint-disable-next-line overclaim/cure-claims -->',
      'Nothing here.',
      '',
    ].join('\n');
    const plain = lint({ path: 'd.md', text }, onlyRule(RULE));
    const kept = lint({ path: 'd.md', text }, onlyRule(RULE), undefined, { keepSuppressed: true });
    assert.equal(plain.suppressed, undefined);
    assert.deepEqual({ ...kept, suppressed: undefined }, { ...plain, suppressed: undefined });
    assert.deepEqual(
      kept.suppressed!.map((f) => [f.text, f.suppressedBy.kind, f.suppressedBy.kind === 'directive' ? text.slice(f.suppressedBy.range.start, f.suppressedBy.range.end) : '', f.suppressedBy.reason]),
      [
        ['heals', 'directive', '<!-- claimlint-disable-next-line overclaim/cure-claims -- quoting the regulator -->', 'quoting the regulator'],
        ['cured', 'directive', '<!-- claimlint-disable-line overclaim -->', undefined],
      ],
    );
    assert.deepEqual(
      kept.unusedDirectives!.map((r) => text.slice(r.start, r.end)),
      ['<!-- claimlint-disable-next-line overclaim/cure-claims -->'],
    );
  });

  it('lists silenced document rules, and only findings the rules would have reported', () => {
    const config = builtinRules().config;
    const text = [
      '# Zinc',
      '',
      '<!-- claimlint-disable-next-line citations -- background knowledge -->',
      'Zinc lozenges shorten colds by 33% in adults.',
      '',
      '## How to contribute',
      '',
      '<!-- claimlint-disable-next-line overclaim -->',
      'This tea cures colds.',
      '',
    ].join('\n');
    const plain = lint({ path: 'd.md', text }, config);
    const kept = lint({ path: 'd.md', text }, config, undefined, { keepSuppressed: true });
    assert.deepEqual(kept.findings, plain.findings);
    // The claim under "How to contribute" is no finding with or without its directive, so it is not listed as silenced.
    assert.deepEqual(
      kept.suppressed!.map((f) => [f.ruleId, f.suppressedBy.reason]),
      [['citations/needs-citation', 'background knowledge']],
    );
  });
});
