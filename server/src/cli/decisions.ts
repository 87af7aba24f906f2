/**
 * `claimlint decisions [--prune] [DIR]`: checks the reviewer decision ledger of
 * the project at DIR (default: the current folder). A decision lapses when its
 * document is gone or no finding of its rule remains in a sentence with its
 * fingerprint (the words changed, or the claim was rewritten). Lapsed entries
 * make the exit code 1, so CI keeps the ledger clean; `--prune` removes them.
 */
import { join, resolve } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { extendedRuleIds, findingSentence, lint, removeDecisions, sentenceFingerprint, type Decision } from '../engine/index';
import { createFileCache } from '../node/file-cache';
import { loadLedger } from '../node/decisions';
import { projectForDocument, type Project } from '../node/project';
import type { DocumentSession } from '../node/session';
import { cliSession } from './report';

/** Checks (and with `prune`, cleans) the ledger; returns the exit code. */
export async function checkDecisions(dir: string, explicitConfig: string | undefined, prune: boolean, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const root = resolve(dir);
  const session = cliSession({ config: explicitConfig, root });
  const fs = session.fileSystem;
  // The project of a document directly in DIR: DIR's config (or the explicit one).
  const project = await session.projectFor(join(root, 'document.md'));
  const ledger = await loadLedger(createFileCache(fs), project, root);
  if (ledger.problems.length > 0) {
    for (const problem of ledger.problems) err(`${problem.path}${lineOf(ledger.text, problem.range?.start)}  error  ${problem.message}`);
    return 2;
  }
  if ((await fs.stat(ledger.path))?.type !== 'file') {
    out(`No decision ledger at ${ledger.path}.`);
    return 0;
  }
  const lines = entryLines(ledger.text);
  const lapsed = new Set<number>();
  for (const [index, decision] of ledger.decisions.entries()) {
    const reason = await lapseReason(session, decision, join(ledger.root, decision.document), project);
    if (!reason) continue;
    lapsed.add(index);
    out(`${ledger.path}:${lines[index] ?? 1}  lapsed  ${decision.rule} in ${decision.document} (accepted by ${decision.reviewer} on ${decision.date}): ${reason}`);
  }
  const active = ledger.decisions.length - lapsed.size;
  if (lapsed.size === 0) {
    out(`${active} decision${active === 1 ? '' : 's'}, none lapsed.`);
    return 0;
  }
  if (prune) {
    await session.writeFile(ledger.path, removeDecisions(ledger.text, lapsed));
    out(`Removed ${lapsed.size} lapsed decision${lapsed.size === 1 ? '' : 's'}; ${active} remain.`);
    return 0;
  }
  out(`${lapsed.size} of ${ledger.decisions.length} decisions lapsed; run \`claimlint decisions --prune\` to remove them.`);
  return 1;
}

/** Why a decision no longer applies, or undefined while it does. */
async function lapseReason(session: DocumentSession, decision: Decision, path: string, folderProject: Project): Promise<string | undefined> {
  if ((await session.fileSystem.stat(path))?.type !== 'file') return 'the document no longer exists';
  const text = await session.fileSystem.readFile(path);
  const project = projectForDocument(folderProject, path);
  if (!project) return 'the document is ignored by the config';
  const { bibliography } = await session.analyse({ path, text });
  // Decisions are checked against the raw findings, before the ledger hides them.
  const findings = lint({ path, text }, project.config, bibliography.context).findings;
  const baseOf = extendedRuleIds(project.config);
  const ofRule = findings.filter((finding) => finding.ruleId === decision.rule || baseOf.get(finding.ruleId) === decision.rule);
  if (ofRule.some((finding) => sentenceFingerprint(findingSentence(text, finding)) === decision.fingerprint)) return undefined;
  return ofRule.length === 0 ? 'the rule no longer flags anything in the document' : 'the sentence changed since it was reviewed';
}

/** 1-based line of each ledger entry. */
function entryLines(text: string): number[] {
  const list = parseDocument(text).get('decisions');
  if (!isSeq(list)) return [];
  return list.items.map((item) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    return text.slice(0, offset).split('\n').length;
  });
}

function lineOf(text: string, offset: number | undefined): string {
  return offset === undefined ? '' : `:${text.slice(0, offset).split('\n').length}`;
}
