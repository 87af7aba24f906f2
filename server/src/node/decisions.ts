/**
 * Finds, reads and applies a project's reviewer decision ledger, through the
 * session's FileCache. One code path for every adapter, so accepted findings
 * disappear (or show as hints) alike in the editor and the CLI.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { applyDecisions, extendedRuleIds, readDecisions, type Approval, type Decision, type LintResult, type Problem, type SuppressedFinding } from '../engine/index';
import type { FileCache } from './file-cache';
import type { Project } from './project';

/** A loaded ledger. */
export interface Ledger {
  path: string;
  /** The folder document paths in the ledger are relative to. */
  root: string;
  text: string;
  decisions: Decision[];
  /** Approvals of whole documents (sentence fingerprints as approved). */
  approvals: Approval[];
  problems: Problem[];
}

// Parsed ledgers by text: reading is cached by the FileCache, parsing here.
const parsed = new Map<string, Pick<Ledger, 'decisions' | 'approvals' | 'problems'>>();
const MAX_PARSED = 16;

/**
 * Where the project's ledger is: relative to its config file; without one, the
 * nearest ledger at or above the document (up to `fallbackRoot`), else under
 * `fallbackRoot` (the workspace folder, or the CLI's working folder).
 */
export async function ledgerLocation(files: FileCache, project: Project, fallbackRoot: string, documentPath?: string): Promise<{ path: string; root: string }> {
  if (project.configPath) {
    const root = dirname(project.configPath);
    return { path: resolve(root, project.config.decisions.file), root };
  }
  if (documentPath) {
    for (let dir = dirname(documentPath); ; dir = dirname(dir)) {
      const candidate = resolve(dir, project.config.decisions.file);
      if (await files.isFile(candidate)) return { path: candidate, root: dir };
      if (dir === dirname(dir) || resolve(dir) === resolve(fallbackRoot)) break;
    }
  }
  return { path: resolve(fallbackRoot, project.config.decisions.file), root: fallbackRoot };
}

/** The ledger of `project` (empty when the file does not exist), re-read when the file changes. */
export async function loadLedger(files: FileCache, project: Project, fallbackRoot: string, documentPath?: string): Promise<Ledger> {
  const { path, root } = await ledgerLocation(files, project, fallbackRoot, documentPath);
  const file = await files.read(path);
  if (!file) return { path, root, text: '', decisions: [], approvals: [], problems: [] };
  const key = `${path}\u0000${file.text}`;
  let read = parsed.get(key);
  if (!read) {
    read = readDecisions({ path, text: file.text });
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(key, read);
  }
  return { path, root, text: file.text, ...read };
}

/** The ledger's approval of the document at `documentPath`, if any. */
export function approvalOf(ledger: Pick<Ledger, 'root' | 'approvals'>, documentPath: string): Approval | undefined {
  const key = ledgerDocumentKey(ledger, documentPath);
  return ledger.approvals.find((approval) => approval.document === key);
}

/** The document's key in the ledger: its path relative to the ledger's root, with forward slashes. */
export function ledgerDocumentKey(ledger: Pick<Ledger, 'root'>, documentPath: string): string {
  return relative(ledger.root, documentPath).split(sep).join('/');
}

/**
 * `result` with the ledger's decisions for `documentPath` applied. When the result lists silenced findings
 * (`suppressed`, from `keepSuppressed`), the findings the ledger hides join them with the decision's reviewer and reason.
 */
export function withDecisions(result: LintResult, text: string, documentPath: string, project: Project, ledger: Ledger): LintResult {
  if (ledger.decisions.length === 0) return result;
  const applied = applyDecisions(result.findings, text, ledgerDocumentKey(ledger, documentPath), ledger.decisions, project.config.decisions.accepted, extendedRuleIds(project.config));
  if (!result.suppressed || applied.hidden.length === 0) return { ...result, findings: applied.findings };
  const accepted = applied.hidden.map(({ finding, decision }): SuppressedFinding => {
    const { reviewer, date, reason, reference, locator } = decision;
    return { ...finding, suppressedBy: { kind: 'ledger', reviewer, date, reason, ...(reference ? { reference } : {}), ...(locator ? { locator } : {}) } };
  });
  const suppressed = [...result.suppressed, ...accepted].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  return { ...result, findings: applied.findings, suppressed };
}
