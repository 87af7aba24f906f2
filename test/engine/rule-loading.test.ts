/**
 * Broken rule packs and configs: every problem names its file and position, and
 * everything that is not broken still loads.
 */
import assert from 'node:assert/strict';
import { lint, loadRules, resolveConfig, type PackFile, type Problem } from '../../server/src/engine/index';
import { builtinRules } from '../helpers/rules';
import { DEMO_MANIFEST, DEMO_RULE } from '../helpers/demo-pack';

const MANIFEST = DEMO_MANIFEST;
const GOOD = DEMO_RULE;

function rule(name: string, text: string): PackFile {
  return { path: `/p/demo/${name}.yaml`, relativePath: `demo/${name}.yaml`, text };
}

/** `line:column message` (1-based) for each problem, computed from the file text. */
function located(problems: Problem[], files: PackFile[]): string[] {
  return problems.map((problem) => {
    const text = files.find((file) => file.path === problem.path)?.text ?? '';
    if (!problem.range) return `${problem.path} ${problem.message}`;
    const before = text.slice(0, problem.range.start).split('\n');
    return `${problem.path}:${before.length}:${before.at(-1)!.length + 1} ${problem.message}`;
  });
}

describe('rule loading', () => {
  it('loads a valid pack', () => {
    const loaded = loadRules([MANIFEST, rule('good', GOOD)]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(
      loaded.rules.map((r) => r.definition.id),
      ['demo/good'],
    );
  });

  it('reports each broken rule at its position and still loads the others', () => {
    const files = [
      MANIFEST,
      rule('good', GOOD),
      rule('bad-severity', GOOD.replace('severity: warning', 'severity: loud')),
      rule('bad-yaml', GOOD.replace('phrases: [wonder cure]', 'phrases: [wonder cure')),
      rule('bad-pattern', GOOD.replace('phrases: [wonder cure]', 'phrases: ["(wonder|) cure"]')),
      rule('unknown-field', GOOD.replace('phrases:', 'phrazes: [x]\nphrases:')),
      rule('no-source', GOOD.replace(/^source: .*\n/m, '')),
      { path: '/p/demo/Bad_Name.yaml', relativePath: 'demo/Bad_Name.yaml', text: GOOD },
    ];
    const loaded = loadRules(files);
    assert.deepEqual(
      loaded.rules.map((r) => r.definition.id),
      ['demo/good'],
    );
    assert.deepEqual(located(loaded.problems, files), [
      '/p/demo/Bad_Name.yaml rule files must be named <pack>/<rule-name>.yaml in lower-case kebab case; `demo/Bad_Name.yaml` is not',
      '/p/demo/bad-pattern.yaml:6:11 rule `demo/bad-pattern`: group `(wonder|)` has an empty alternative; use `( … )?` for an optional group',
      '/p/demo/bad-severity.yaml:2:11 rule `demo/bad-severity`: `severity` must be one of `error`, `warning`, `info`, `hint`',
      '/p/demo/bad-yaml.yaml:7:1 rule `demo/bad-yaml` is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '/p/demo/no-source.yaml:1:1 rule `demo/no-source`: the file is missing the required field `source`',
      '/p/demo/unknown-field.yaml:6:1 rule `demo/unknown-field`: the file has an unknown field `phrazes`',
    ]);
  });

  it('requires a manifest whose name matches its folder', () => {
    const wrong = { ...MANIFEST, text: MANIFEST.text.replace('name: demo', 'name: other') };
    const loaded = loadRules([wrong, rule('good', GOOD)]);
    assert.deepEqual(located(loaded.problems, [wrong]), [
      '/p/demo/pack.yaml:1:7 pack manifest names the pack `other` but its folder is `demo`',
      '/p/demo/good.yaml pack `demo` has no pack.yaml manifest; add one beside this rule',
    ]);
  });
});

describe('config resolution', () => {
  const loaded = loadRules([MANIFEST, rule('good', GOOD)]);

  it('applies severities and turns rules off', () => {
    const { config, problems } = resolveConfig(loaded, { path: '/c.yaml', text: 'rules:\n  demo/good: error\n' });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      config.rules.map((r) => [r.rule.definition.id, r.severity]),
      [['demo/good', 'error']],
    );
    assert.deepEqual(resolveConfig(loaded, { path: '/c.yaml', text: 'rules:\n  demo/good: off\n' }).config.rules, []);
    assert.deepEqual(resolveConfig(loaded, { path: '/c.yaml', text: 'packs: []\n' }).config.rules, []);
  });

  it('reports unknown packs, unknown rules and bad values at their position', () => {
    const file = { path: '/c.yaml', text: 'packs: [demo, nope]\nrules:\n  demo/missing: error\n  demo/good: loud\nextra: 1\n' };
    const { problems } = resolveConfig(loaded, file);
    assert.deepEqual(located(problems, [file as PackFile]), [
      '/c.yaml:4:14 config: `rules.demo/good` must be one of `error`, `warning`, `info`, `hint`, `off`, or a value of type object',
      '/c.yaml:5:1 config: the file has an unknown field `extra`',
    ]);
    const second = { path: '/c.yaml', text: 'packs: [demo, nope]\nrules:\n  demo/missing: error\n' };
    assert.deepEqual(located(resolveConfig(loaded, second).problems, [second as PackFile]), [
      '/c.yaml:1:15 config: unknown pack `nope`; known packs: demo',
      '/c.yaml:3:3 config: unknown rule `demo/missing`',
    ]);
  });
});

describe('rule options from the config', () => {
  it('override a rule option (the readability target) and keep the rule default otherwise', () => {
    const text =
      '---\naudience: patient\n---\n\nIliotibial band syndrome is characterised by lateral knee pain. Biomechanical abnormalities, including excessive hip adduction and internal rotation during the stance phase of running, are considered contributory factors in its pathogenesis, although prospective investigations remain inconclusive.\n';
    const { loaded } = builtinRules();
    const strict = resolveConfig(loaded, { path: '/c.yaml', text: 'packs: [readability]\n' });
    const relaxed = resolveConfig(loaded, { path: '/c.yaml', text: 'packs: [readability]\nrules:\n  readability/grade-level: { options: { target: 30 } }\n' });
    assert.deepEqual(relaxed.problems, []);
    assert.equal(lint({ path: 'a.md', text }, strict.config).findings.length, 1);
    assert.equal(lint({ path: 'a.md', text }, relaxed.config).findings.length, 0);
  });
});
