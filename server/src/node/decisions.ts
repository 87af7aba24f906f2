/**
 * Finds, reads and applies a project's reviewer decision ledger. One code path
 * for the language server and the CLI, so accepted findings disappear (or show
 * as hints) in both alike.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { applyDecisions, extendedRuleIds, readDecisions, type Decision, type LintResult, type Problem } from '../engine/index';
import type { Project } from './project';

/** A loaded ledger. */
export interface Ledger {
  path: string;
  /** The folder document paths in the ledger are relative to. */
  root: string;
  text: string;
  decisions: Decision[];
  problems: Problem[];
}

const cache = new Map<string, { size: number; mtimeMs: number; ledger: Ledger }>();

/**
 * Where the project's ledger is: relative to its config file; without one, the
 * nearest ledger at or above the document (up to `fallbackRoot`), else under
 * `fallbackRoot` (the workspace folder, or the CLI's working folder).
 */
export function ledgerLocation(project: Project, fallbackRoot: string, documentPath?: string): { path: string; root: string } {
  if (project.configPath) {
    const root = dirname(project.configPath);
    return { path: resolve(root, project.config.decisions.file), root };
  }
  if (documentPath) {
    for (let dir = dirname(documentPath); ; dir = dirname(dir)) {
      const candidate = resolve(dir, project.config.decisions.file);
      if (existsSync(candidate)) return { path: candidate, root: dir };
      if (dir === dirname(dir) || resolve(dir) === resolve(fallbackRoot)) break;
    }
  }
  return { path: resolve(fallbackRoot, project.config.decisions.file), root: fallbackRoot };
}

/** The ledger of `project` (empty when the file does not exist), re-read when the file changes. */
export function loadLedger(project: Project, fallbackRoot: string, documentPath?: string): Ledger {
  const { path, root } = ledgerLocation(project, fallbackRoot, documentPath);
  if (!existsSync(path)) return { path, root, text: '', decisions: [], problems: [] };
  try {
    const stat = statSync(path);
    const cached = cache.get(path);
    if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs && cached.ledger.root === root) return cached.ledger;
    const text = readFileSync(path, 'utf8');
    const ledger = { path, root, text, ...readDecisions({ path, text }) };
    cache.set(path, { size: stat.size, mtimeMs: stat.mtimeMs, ledger });
    return ledger;
  } catch (error) {
    return { path, root, text: '', decisions: [], problems: [{ path, severity: 'error', message: `cannot read the decision ledger: ${(error as Error).message}` }] };
  }
}

/** The document's key in the ledger: its path relative to the ledger's root, with forward slashes. */
export function ledgerDocumentKey(ledger: Pick<Ledger, 'root'>, documentPath: string): string {
  return relative(ledger.root, documentPath).split(sep).join('/');
}

/** `result` with the ledger's decisions for `documentPath` applied. */
export function withDecisions(result: LintResult, text: string, documentPath: string | undefined, project: Project, fallbackRoot: string): LintResult {
  if (!documentPath) return result;
  const ledger = loadLedger(project, fallbackRoot, documentPath);
  if (ledger.decisions.length === 0) return result;
  const applied = applyDecisions(result.findings, text, ledgerDocumentKey(ledger, documentPath), ledger.decisions, project.config.decisions.accepted, extendedRuleIds(project.config));
  return { ...result, findings: applied.findings };
}
