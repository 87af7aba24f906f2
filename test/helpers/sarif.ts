/**
 * Validates SARIF logs against the published SARIF 2.1.0 JSON Schema (rtm.5, draft-04), shipped as test data in
 * test/fixtures/sarif/ (see the README there). The file is used as published, with ajv's draft-04 build
 * (ajv-draft-04). Ajv, the project's validator, checks the `uri`, `uri-reference` and `date-time` formats the schema
 * uses with the checks below.
 *
 * Also the fixture project the SARIF and merge-reports tests lint.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import { addDecision, sentenceFingerprint } from '../../server/src/engine/index';
import { REPO_ROOT } from './rules';
import { makeTempDir } from './temp';

export const SARIF_SCHEMA_PATH = join(REPO_ROOT, 'test', 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json');

// RFC 3986: an absolute URI has a scheme; a reference is any string without spaces or control characters.
const FORMATS = {
  uri: (value: string): boolean => /^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f]*$/i.test(value),
  'uri-reference': (value: string): boolean => !/[\s\u0000-\u001f]/.test(value),
  'date-time': (value: string): boolean => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)),
};

let validate: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (validate) return validate;
  if (!existsSync(SARIF_SCHEMA_PATH)) throw new Error(`the SARIF 2.1.0 JSON Schema is missing at ${SARIF_SCHEMA_PATH}`);
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const warnings: string[] = [];
  // unicodeRegExp off: the published schema's `language` pattern (`…]?$`) is not valid with the u flag.
  const options = {
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    formats: FORMATS,
    logger: { log: () => undefined, warn: (message: string) => void warnings.push(message), error: () => undefined },
  };
  validate = new AjvDraft04(options).compile(schema);
  if (warnings.length > 0) throw new Error(`the SARIF schema did not compile cleanly: ${warnings.join('; ')}`);
  return validate;
}

/** The schema's errors for `log`, one line each (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  const check = validator();
  if (check(log)) return [];
  return (check.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** Writes `files` (path → text) under `dir`, making folders; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// CRLF, an emoji (two UTF-16 code units, one code point) before a finding, a directive with a reason, and an astral
// CJK character (two code units) before a finding the ledger accepts.
export const TEA_LINES = [
  '# Tea and colds',
  '',
  'This 🍵 tea cures colds.',
  '',
  '<!-- claimlint-disable-next-line overclaim/cure-claims -- quoting the regulator -->',
  'It cures colds.',
  '',
  '𠀋茶 is a miracle brew for winter.',
  '',
];
const TEA = TEA_LINES.join('\r\n');
const ACCEPTED_SENTENCE = '𠀋茶 is a miracle brew for winter.';

/** The fixture project: overclaim rules, a ledger accepting one finding, two documents (one in a folder with a space). */
export function sarifProject(options: { accepted?: 'hide' | 'hint' } = {}): string {
  const decision = {
    rule: 'overclaim/miracle-claims',
    document: 'tea.md',
    fingerprint: sentenceFingerprint(ACCEPTED_SENTENCE),
    sentence: ACCEPTED_SENTENCE,
    reviewer: 'Dr Ada Obi',
    date: '2026-11-21',
    reason: 'the product name, quoted',
  };
  return writeFiles(makeTempDir('sarif'), {
    '.claimlint.yaml': `packs: [overclaim]\n${options.accepted === 'hint' ? 'decisions: { accepted: hint }\n' : ''}`,
    '.claimlint/decisions.yaml': addDecision('', decision)!,
    'tea.md': TEA,
    'side notes/supplement.md': 'This supplement has no side effects.\n\nIt is clinically proven to work.\n',
  });
}
