/**
 * Check kinds declare themselves (checks/kind.ts, registered in checks/index.ts), and what is derived from the
 * declarations and the schemas is current: the per-kind part of rule.schema.json (`npm run schemas`), the generated
 * types under server/src/engine/rules/generated/ (`npm run types`); the check kinds in rules/README.md are checked with
 * the other docs (docs.test.ts).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { GENERATED, RULE_SCHEMA, renderRuleSchema } from '../../scripts/build-schemas';
import { renderTypes, TYPE_TARGETS, TYPES_DIR } from '../../scripts/build-types';
import { renderCheckKindReference } from '../../scripts/generate-rule-docs';
import { CHECK_KIND_LIST, CHECK_KINDS } from '../../server/src/engine/checks/index';
import type { CheckKind } from '../../server/src/engine/checks/kind';
import { loadRules } from '../../server/src/engine/index';
import { DEMO_MANIFEST, DEMO_RULE } from '../helpers/demo-pack';

const MANIFEST = DEMO_MANIFEST;
const RULE = DEMO_RULE;

function problemsOf(text: string): string[] {
  return loadRules([MANIFEST, { path: '/p/demo/r.yaml', relativePath: 'demo/r.yaml', text }]).problems.map((problem) => problem.message);
}

describe('check kind declarations', () => {
  it('name each kind once, and the registry maps every name', () => {
    const names = CHECK_KIND_LIST.map((kind) => kind.kind);
    assert.equal(new Set(names).size, names.length);
    assert.deepEqual([...CHECK_KINDS.keys()], names);
  });

  it('document every kind, message variant, placeholder and option', () => {
    for (const kind of CHECK_KIND_LIST) {
      assert.match(kind.description, /^[A-Z].*\.$/s, kind.kind);
      for (const text of [...Object.values(kind.messages ?? {}), ...Object.values(kind.placeholders ?? {})]) assert.ok(text.length > 5, kind.kind);
      for (const [name, option] of Object.entries(kind.options ?? {})) assert.ok(option.description.length > 10, `${kind.kind} option ${name}`);
    }
  });

  it('give every option a default its own schema accepts', () => {
    const ajv = new Ajv({ strict: false });
    for (const kind of CHECK_KIND_LIST) for (const [name, option] of Object.entries(kind.options ?? {})) assert.ok(ajv.validate(option, option.default), `${kind.kind} option ${name}`);
  });

  it('derive rule.schema.json: the check enum and the marked allOf entries (run `npm run schemas`)', () => {
    const text = readFileSync(RULE_SCHEMA, 'utf8');
    assert.equal(text, renderRuleSchema(text));
    const schema = JSON.parse(text) as { properties: { check: { enum: string[] } }; allOf: Array<Record<string, unknown>> };
    assert.deepEqual(
      schema.properties.check.enum,
      CHECK_KIND_LIST.map((kind) => kind.kind),
    );
    assert.ok(
      schema.allOf.some((entry) => entry['$comment'] !== GENERATED),
      'the hand-written entries stay',
    );
  });

  it('are all a new kind needs to reach the schema and the docs', () => {
    const added: CheckKind = {
      kind: 'made-up',
      description: 'Flags made-up things.',
      fields: { required: ['phrases'], forbidden: ['swap', 'vocabulary'] },
      quotesText: false,
      placeholders: { count: 'how many' },
      options: { limit: { type: 'integer', minimum: 1, default: 3, description: 'How many to flag at most.' } },
      compile: () => ({ run: () => undefined }),
    };
    const schema = JSON.parse(renderRuleSchema(readFileSync(RULE_SCHEMA, 'utf8'), [...CHECK_KIND_LIST, added])) as object;
    const compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const validate = (data: object): boolean => compiled(data);
    const base = {
      check: 'made-up',
      severity: 'info',
      message: 'No quoted text in this one',
      rationale: 'Rules that exist only for this test.',
      source: { citation: 'Tests', url: 'https://example.org' },
      examples: { flagged: ['{{a}}'], clean: ['b'] },
    };
    assert.ok(validate({ ...base, phrases: ['a'], options: { limit: 2 } }), JSON.stringify(compiled.errors));
    assert.ok(!validate({ ...base, phrases: ['a'], vocabulary: 'reject' }), 'a forbidden field');
    assert.ok(!validate({ ...base, phrases: ['a'], options: { limit: 0 } }), 'an option out of range');
    assert.ok(!validate({ ...base, phrases: ['a'], options: { other: 1 } }), 'an undeclared option');
    assert.ok(!validate(base), 'a required field');
    assert.ok(!validate({ ...base, check: 'phrase', phrases: ['a'] }), 'other kinds still quote {text}');
    const docs = renderCheckKindReference([...CHECK_KIND_LIST, added]);
    assert.match(docs, /\| `made-up` \| `phrases` \(required\), `options: \{ limit \}`, `\{count\}` \| Flags made-up things\. Its messages need not quote `\{text\}`\. \|/);
    assert.match(docs, /\| `made-up` \| `limit` \| integer \(at least 1\) \| `3` \| How many to flag at most\. \|/);
  });
});

describe('rule options', () => {
  it('are checked against the options their kind declares', () => {
    assert.deepEqual(problemsOf(RULE.replace('check: phrase', 'check: reading-grade') + 'options: { target: 9 }\n'), []);
    assert.deepEqual(problemsOf(RULE.replace('check: phrase', 'check: reading-grade') + 'options: { target: nine }\n'), ['rule `demo/r`: `options.target` must be of type number']);
    assert.deepEqual(problemsOf(RULE.replace('check: phrase', 'check: needs-citation') + 'options: { paragraphModel: some }\n'), [
      'rule `demo/r`: `options.paragraphModel` must be one of `claims`, `all`, `off`',
    ]);
    assert.deepEqual(problemsOf(RULE + 'options: { target: 9 }\n'), ['rule `demo/r`: `options` has an unknown field `target`']);
    assert.deepEqual(problemsOf(RULE + 'options: {}\n'), []);
  });

  it('leave the problems of a rule without `check` as they were', () => {
    assert.deepEqual(problemsOf(RULE.replace('check: phrase\n', '') + 'options: { target: 8 }\n'), [
      'rule `demo/r`: the file is missing the required field `check`',
      'rule `demo/r`: the file has a field its `check` kind does not take',
      'rule `demo/r`: the file is missing the required field `swap`',
    ]);
  });
});

describe('generated types', () => {
  it('exist for every schema and nothing else (run `npm run types`)', () => {
    assert.deepEqual(readdirSync(TYPES_DIR).sort(), TYPE_TARGETS.map((target) => target.module).sort());
  });

  it('are current (run `npm run types`)', async function () {
    this.timeout(60000);
    for (const [path, content] of await renderTypes()) assert.equal(readFileSync(path, 'utf8'), content, path);
  });
});
