/**
 * The fixture harness: every `test/fixtures/**\/*.md` is linted with the built-in
 * packs (or the nearest `.claimlint.yaml` in its folder) and its findings must
 * equal, exactly, the expectations written in the file:
 *
 *   The needles reset the muscle.
 *   <!--        ^^^^^ warning overclaim/mechanism-as-fact -->
 *   <!-- @3:5-3:10 warning overclaim/cure-claims -->     (1-based, end exclusive, UTF-16)
 *
 * A caret annotation refers to the nearest preceding line that is not an
 * annotation. Every fixture also runs with CRLF line endings. When `<name>.fixed.md`
 * exists, applying every preferred fix must produce it, and the fixed text must not
 * repeat the fixed findings (`UPDATE_FIXTURES=1` rewrites the goldens).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lint, type Finding, type TextEdit } from '../../server/src/engine/index';
import { positionsOf } from '../../server/src/cli/positions';
import { nodeHost } from '../../server/src/node/node-host';
import { createSession } from '../../server/src/node/session';
import { applyEdits, REPO_ROOT } from '../helpers/rules';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
// Fixtures are set up as the editor and the CLI set up documents: through the document session, rooted at fixtures/.
const session = createSession({ host: nodeHost(), roots: () => [FIXTURES] });
const CARET = /^(\s*<!--\s*)(\^+)\s+(error|warning|info|hint)\s+([a-z0-9-]+\/[a-z0-9-]+)(?::\s*(.*?))?\s*-->\s*$/;
const AT = /^\s*<!--\s*@(\d+):(\d+)-(\d+):(\d+)\s+(error|warning|info|hint)\s+([a-z0-9-]+\/[a-z0-9-]+)(?::\s*(.*?))?\s*-->\s*$/;

interface Expectation {
  key: string;
  message?: string;
}

/** Reads the expectations of a fixture as `L:C-L:C severity rule` keys (1-based). */
function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const expectations: Expectation[] = [];
  let target = -1;
  lines.forEach((line, index) => {
    const caret = CARET.exec(line);
    const at = AT.exec(line);
    if (caret) {
      assert.ok(target >= 0, `caret annotation on line ${index + 1} has no line above it`);
      const column = caret[1]!.length + 1;
      const key = `${target + 1}:${column}-${target + 1}:${column + caret[2]!.length} ${caret[3]} ${caret[4]}`;
      expectations.push({ key, ...(caret[5] ? { message: caret[5] } : {}) });
    } else if (at) {
      expectations.push({ key: `${at[1]}:${at[2]}-${at[3]}:${at[4]} ${at[5]} ${at[6]}`, ...(at[7] ? { message: at[7] } : {}) });
    } else target = index;
  });
  return expectations;
}

function keyOf(finding: Finding, toRange: ReturnType<typeof positionsOf>): string {
  const { start, end } = toRange(finding.range);
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${finding.severity} ${finding.ruleId}`;
}

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return fixtureFiles(path);
      return name.endsWith('.md') && !name.endsWith('.fixed.md') ? [path] : [];
    });
}

/** The fixture's configuration (nearest `.claimlint.yaml`) and bibliography (discovery up to test/fixtures). */
async function setupFor(path: string, text: string) {
  const { project, bibliography } = await session.analyse({ path, text });
  assert.deepEqual(project.problems, [], 'fixture config loads cleanly');
  assert.deepEqual(bibliography.problems, [], 'fixture bibliography loads cleanly');
  return { config: project.config, context: bibliography.context };
}

/** Edits in document order without repeats or overlaps (the first one wins). */
function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)) {
    const last = taken[taken.length - 1];
    if (last && (last.range.end > edit.range.start || (last.range.start === edit.range.start && last.range.end === edit.range.end))) continue;
    taken.push(edit);
  }
  return taken;
}

describe('fixtures', () => {
  for (const path of fixtureFiles(FIXTURES)) {
    const name = relative(FIXTURES, path);
    const source = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
    const expectations = readExpectations(source);

    for (const [ending, text] of [
      ['LF', source],
      ['CRLF', source.replace(/\n/g, '\r\n')],
    ] as const) {
      it(`${name} (${ending})`, async () => {
        const { config, context } = await setupFor(path, text);
        const result = lint({ path: name, text }, config, context);
        const toRange = positionsOf(text);
        const actual = result.findings.map((finding) => keyOf(finding, toRange)).sort();
        assert.deepEqual(actual, expectations.map((e) => e.key).sort(), 'findings differ from the annotations (nothing missing, nothing extra)');
        for (const expectation of expectations.filter((e) => e.message)) {
          const finding = result.findings.find((f) => keyOf(f, toRange) === expectation.key)!;
          assert.equal(finding.message, expectation.message);
        }
        assert.deepEqual(result.problems, []);
        for (const finding of result.findings) assert.equal(finding.text, text.slice(finding.range.start, finding.range.end));
      });
    }

    const goldenPath = path.replace(/\.md$/, '.fixed.md');
    if (existsSync(goldenPath) || process.env['UPDATE_FIXTURES'] === '1') {
      it(`${name}: preferred fixes give ${relative(FIXTURES, goldenPath)}`, async () => {
        const { config, context } = await setupFor(path, source);
        // As a "fix all" would: two rules on one sentence may prefer the same edit; it is applied once, and an edit
        // overlapping one already taken waits for the next pass (at most three).
        let result = source;
        for (let pass = 0; pass < 3; pass++) {
          const findings = lint({ path: name, text: result }, config, context).findings.filter((f) => f.fixes.some((fix) => fix.isPreferred));
          if (findings.length === 0) break;
          result = applyEdits(result, nonOverlapping(findings.flatMap((f) => f.fixes.find((fix) => fix.isPreferred)!.edits)));
        }
        if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(goldenPath, result);
        assert.equal(result, readFileSync(goldenPath, 'utf8'));
        // Fixing converges: nothing left offers a preferred fix, and no finding that had one is still on its words.
        const after = lint({ path: name, text: result }, config, context).findings;
        assert.deepEqual(
          after.filter((f) => f.fixes.some((fix) => fix.isPreferred)).map((f) => `${f.ruleId}: ${f.text}`),
          [],
          'fixable findings are gone after fixing',
        );
      });
    }
  }
});
