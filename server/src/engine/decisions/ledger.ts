/**
 * The reviewer decision ledger: accepted findings keyed by rule, document and a
 * fingerprint of the sentence's words. Moving the sentence keeps the decision;
 * changing its words lapses it. Pure: reading, matching and editing the ledger
 * as text; the adapters find and write the file.
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import decisionsSchema from '../../../schema/decisions.schema.json';
import { keepLineEndings } from '../config/vocabulary-edit';
import type { DecisionLedgerFile } from '../rules/generated/decisions';
import { parseDataFile } from '../rules/yaml';
import type { Finding, Problem, TextFile } from '../types';

/** One accepted finding (generated from decisions.schema.json). */
export type Decision = DecisionLedgerFile['decisions'][number];

/** The approval of a whole document: its sentences' fingerprints as approved (generated from decisions.schema.json). */
export type Approval = NonNullable<DecisionLedgerFile['approvals']>[number];

/** How accepted findings show: hidden, or as hints that say who accepted them. */
export type AcceptedDisplay = 'hide' | 'hint';

/** Reads a ledger file; a broken one yields no decisions and problems at their place. */
export function readDecisions(file: TextFile): { decisions: Decision[]; approvals: Approval[]; problems: Problem[] } {
  if (file.text.trim() === '') return { decisions: [], approvals: [], problems: [] };
  const parsed = parseDataFile(file, decisionsSchema, 'decision ledger');
  if (parsed.problems.length > 0) return { decisions: [], approvals: [], problems: parsed.problems };
  const value = parsed.value as DecisionLedgerFile;
  return { decisions: value.decisions, approvals: value.approvals ?? [], problems: [] };
}

/** The words of a sentence, normalised: case, Markdown emphasis, spacing and quote styles do not count. */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*_`]+/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 64-bit FNV-1a over the normalised sentence's UTF-16 code units, as 16 hex digits (stable across platforms). */
export function sentenceFingerprint(text: string): string {
  const normalised = normaliseSentence(text);
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < normalised.length; index++) {
    const unit = normalised.charCodeAt(index);
    for (const byte of [unit & 0xff, unit >> 8]) {
      hash ^= BigInt(byte);
      hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return hash.toString(16).padStart(16, '0');
}

/** The text a finding's fingerprint is taken from: its sentence, or its line when the sentence is unknown. */
export function findingSentence(text: string, finding: Pick<Finding, 'range' | 'sentence'>): string {
  if (finding.sentence) return text.slice(finding.sentence.start, finding.sentence.end);
  const start = text.lastIndexOf('\n', finding.range.start - 1) + 1;
  const newline = text.indexOf('\n', finding.range.end);
  return text.slice(start, newline === -1 ? text.length : newline);
}

/** The ledger entry accepting `finding` in `text`: the sentence as read, its fingerprint, and the reviewer's answers (trimmed). */
export function decisionFor(
  text: string,
  finding: Pick<Finding, 'ruleId' | 'range' | 'sentence'>,
  details: { document: string; reviewer: string; reason: string; date: string; reference?: string; locator?: string },
): Decision {
  const sentence = findingSentence(text, finding).replace(/\s+/g, ' ').trim();
  const reference = details.reference?.trim().replace(/^@/, '');
  const locator = details.locator?.trim();
  return {
    rule: finding.ruleId,
    document: details.document,
    fingerprint: sentenceFingerprint(sentence),
    sentence,
    reviewer: details.reviewer.trim(),
    date: details.date,
    reason: details.reason.trim(),
    ...(reference ? { reference } : {}),
    ...(locator ? { locator } : {}),
  };
}

/**
 * Applies decisions for one document: accepted findings are dropped (`hide`) or
 * become hints that name the reviewer (`hint`). Returns which decisions matched,
 * and the findings dropped with the decision that accepted each.
 */
export function applyDecisions(
  findings: readonly Finding[],
  text: string,
  document: string,
  decisions: readonly Decision[],
  display: AcceptedDisplay,
  /** Extending rule id → base rule id: a decision about the base rule covers the house rule that replaced it. */
  baseOf: ReadonlyMap<string, string> = new Map(),
): { findings: Finding[]; matched: Set<Decision>; hidden: Array<{ finding: Finding; decision: Decision }> } {
  const matched = new Set<Decision>();
  const hidden: Array<{ finding: Finding; decision: Decision }> = [];
  const mine = decisions.filter((decision) => decision.document === document);
  if (mine.length === 0) return { findings: [...findings], matched, hidden };
  const result: Finding[] = [];
  for (const finding of findings) {
    const fingerprint = sentenceFingerprint(findingSentence(text, finding));
    const decision = mine.find((candidate) => (candidate.rule === finding.ruleId || candidate.rule === baseOf.get(finding.ruleId)) && candidate.fingerprint === fingerprint);
    if (!decision) {
      result.push(finding);
      continue;
    }
    matched.add(decision);
    if (display === 'hint') {
      const { reviewer, date, reason, reference, locator } = decision;
      result.push({
        ...finding,
        severity: 'hint',
        message: `${finding.message} (accepted by ${reviewer} on ${date}: ${reason})`,
        accepted: { reviewer, date, reason, ...(reference ? { reference } : {}), ...(locator ? { locator } : {}) },
        fixes: [],
      });
    } else hidden.push({ finding, decision });
  }
  return { findings: result, matched, hidden };
}

/** The ledger text with `decision` appended (a new ledger when `text` is empty); comments and layout are kept. */
export function addDecision(text: string, decision: Decision): string | undefined {
  const entry = Object.fromEntries(Object.entries(decision).filter(([, value]) => value !== undefined));
  if (text.trim() === '') {
    const document = parseDocument('version: 1\ndecisions: []\n');
    document.commentBefore = ' Reviewer decisions (claimlint): accepted findings, by sentence fingerprint. Commit this file.';
    const list = document.get('decisions');
    if (isSeq(list)) {
      list.flow = false;
      list.add(document.createNode(entry));
    }
    return document.toString({ lineWidth: 0 });
  }
  const document = parseDocument(text);
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const list = document.get('decisions');
  if (!isSeq(list)) return undefined;
  list.flow = false;
  list.add(document.createNode(entry));
  return keepLineEndings(text, document.toString({ lineWidth: 0 }));
}

/**
 * The ledger text with `approval` recorded: it replaces an earlier approval of the same document (a new ledger when
 * `text` is empty); comments and layout are kept. Undefined when the ledger cannot be parsed.
 */
export function addApproval(text: string, approval: Approval): string | undefined {
  const fresh = text.trim() === '';
  const document = parseDocument(fresh ? 'version: 1\ndecisions: []\n' : text);
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  if (fresh) document.commentBefore = ' Reviewer decisions (claimlint): accepted findings, by sentence fingerprint. Commit this file.';
  let list = document.get('approvals');
  if (list === undefined) {
    document.set('approvals', document.createNode([]));
    list = document.get('approvals');
  }
  if (!isSeq(list)) return undefined;
  list.flow = false;
  list.items = list.items.filter((item) => !(isMap(item) && item.get('document') === approval.document));
  const node = document.createNode({ ...approval, fingerprints: [...approval.fingerprints] });
  const fingerprints = isMap(node) ? node.get('fingerprints', true) : undefined;
  if (isSeq(fingerprints)) fingerprints.flow = true;
  list.add(node);
  const after = document.toString({ lineWidth: 0 });
  return fresh ? after : keepLineEndings(text, after);
}

/** The ledger text without the entries at `indexes` (lapsed decisions); comments and layout are kept. */
export function removeDecisions(text: string, indexes: ReadonlySet<number>): string {
  const document = parseDocument(text);
  const list = document.get('decisions');
  if (!isSeq(list)) return text;
  list.items = list.items.filter((_, index) => !indexes.has(index));
  return keepLineEndings(text, document.toString({ lineWidth: 0 }));
}
