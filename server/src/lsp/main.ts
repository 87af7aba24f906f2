/**
 * The claimlint language server: all handler wiring on one page. Each handler
 * delegates to the engine and converts through convert.ts.
 *
 * Invariant: the server keeps no state a request depends on except caches it
 * can rebuild (analyses per document version, projects per config file).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadLedger, ledgerDocumentKey } from '../node/decisions';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  createConnection,
  type CodeAction,
  type Range,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentDiagnosticReportKind,
  MarkupKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  citationAt,
  citationDefinition,
  citationHover,
  completeCitationKey,
  coverageHover,
  doiLinks,
  findingsAt,
  hoverMarkdown,
  insertCitationFixes,
  keyOccurrences,
  type Problem,
} from '../engine/index';
import { acceptablePhrase, addAcceptedPhrase, addDecision, decisionFor, minimalEdit, newConfigWithAcceptedPhrase, type Finding } from '../engine/index';
import { workspaceFolderOf, type Project } from '../node/project';

import { createAnalyses } from './analysis';
import { problemToDiagnostic, SOURCE, toCodeActions, toDiagnostic, toLspFix, toRange, type DiagnosticData, type LspFix } from './convert';
import { createProblemPublisher } from './problems';
import { createProjects } from './projects';
import { runSafe } from './safe';
import { createSettings } from './settings';

/** The client command that asks for a decision's reason (client/src/extension.ts). */
const ACCEPT_AS_REVIEWED = 'claimlint.acceptAsReviewed';
/** The server command the client calls with the reviewer's answers. */
const RECORD_DECISION = 'claimlint.server.recordDecision';

/** Which finding a decision is about, as shown to the writer. */
interface DecisionRequest {
  uri: string;
  version: number;
  ruleId: string;
  range: Range;
}

/** What the reviewer says about it. */
interface DecisionDetails {
  reviewer: string;
  reason: string;
  reference?: string;
  locator?: string;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
// VS Code workspace trust (initializationOptions.trusted, false only when the client says so).
let workspaceTrusted = true;
const projects = createProjects(() => workspaceTrusted);
let supportsConfiguration = false;
let supportsRefresh = false;
let workspaceRoots: string[] = [];
const settings = createSettings(connection, () => supportsConfiguration);
const analyses = createAnalyses(projects, () => workspaceRoots);
const problemPublisher = createProblemPublisher(connection);

const DOCS_ROOT = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')].find((dir) => existsSync(dir));

function docUrl(ruleId: string): string | undefined {
  if (!DOCS_ROOT || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  const file = join(DOCS_ROOT, `${ruleId}.md`);
  return existsSync(file) ? pathToFileURL(file).toString() : undefined;
}

connection.onInitialize((params): InitializeResult => {
  supportsConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceTrusted = (params.initializationOptions as { trusted?: boolean } | undefined)?.trusted !== false;
  supportsRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
  workspaceRoots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []))
    .filter((folder) => folder.uri.startsWith('file:'))
    .map((folder) => fileURLToPath(folder.uri));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['@'] },
      definitionProvider: true,
      referencesProvider: true,
      documentLinkProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [RECORD_DECISION] },
    },
    serverInfo: { name: 'claimlint' },
  };
});

connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
  const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const uri = params.textDocument.uri;
  return runSafe(connection, 'diagnostics', uri, empty, async () => {
    const document = documents.get(uri);
    if (!document || !(await settings.forResource(uri)).enable || token.isCancellationRequested) return empty;
    const { result, project, bibliography } = analyses.forDocument(document);
    publishFileProblems();
    const items: Diagnostic[] = [
      ...projectSummary(project),
      ...result.findings.map((finding) => toDiagnostic(document, finding, docUrl(finding.ruleId), fileText)),
      // Directives that silence nothing fade out as hints, like unused code (the CLI's --report-unused-disables).
      ...(result.unusedDirectives ?? []).map(
        (range): Diagnostic => ({
          range: toRange(document, range),
          severity: DiagnosticSeverity.Hint,
          tags: [DiagnosticTag.Unnecessary],
          code: 'claimlint/unused-directive',
          source: SOURCE,
          message: 'This claimlint directive silences nothing; remove it',
        }),
      ),
      ...[...bibliography.problems, ...result.problems].filter((problem) => problem.path === uri || isDocumentPath(problem, uri)).map((problem) => problemToDiagnostic(document, problem)),
    ];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });
});

connection.onCodeAction((params) =>
  runSafe(connection, 'code actions', params.textDocument.uri, [], () => {
    const document = documents.get(params.textDocument.uri);
    // Citation suggestions are ranked here, on demand, not on every keystroke.
    const suggest = (data: DiagnosticData): LspFix[] => {
      if (!document || !data.citationSlot || document.version !== data.version) return [];
      const bibliography = analyses.forDocument(document).bibliography.context.bibliography;
      return insertCitationFixes(document.getText(), data.citationSlot, bibliography).map((fix) => toLspFix(document, fix, fileText));
    };
    const accept = (data: DiagnosticData, diagnostic: Diagnostic): LspFix[] => acceptPhraseFixes(document, data, diagnostic);
    return params.context.diagnostics.flatMap((diagnostic) => [...toCodeActions(diagnostic, suggest, accept), ...acceptAsReviewedAction(document, diagnostic)]);
  }),
);

/** "Accept as reviewed…": the client asks for the reason, then calls RECORD_DECISION. */
function acceptAsReviewedAction(document: TextDocument | undefined, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!document || !data || diagnostic.source !== SOURCE || !document.uri.startsWith('file:') || data.version !== document.version) return [];
  // Already accepted (shown as a hint): nothing more to record.
  const finding = findingShown(document, String(diagnostic.code), diagnostic.range);
  if (!finding || finding.accepted) return [];
  const args: DecisionRequest = { uri: document.uri, version: data.version, ruleId: String(diagnostic.code), range: diagnostic.range };
  return [{ title: 'Accept as reviewed…', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Accept as reviewed…', command: ACCEPT_AS_REVIEWED, arguments: [args] } }];
}

connection.onExecuteCommand((params) =>
  runSafe(connection, 'record decision', '', { ok: false, message: 'failed' }, async () => {
    if (params.command !== RECORD_DECISION) return { ok: false, message: `unknown command ${params.command}` };
    const outcome = await recordDecision((params.arguments?.[0] ?? {}) as DecisionRequest & DecisionDetails);
    // A notification, not a request: nothing to await, nothing to reject if the client cannot answer.
    if (!outcome.ok) void connection.sendNotification('window/showMessage', { type: 1, message: `claimlint: ${outcome.message}` });
    return outcome;
  }),
);

/** The current finding of `ruleId` exactly at `range`, as the diagnostic showed it. */
function findingShown(document: TextDocument, ruleId: string, range: Range): Finding | undefined {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return analyses.forDocument(document).result.findings.find((candidate) => candidate.ruleId === ruleId && candidate.range.start === start && candidate.range.end === end);
}

/** Writes the decision for a finding into the ledger (the open editor's buffer when the ledger is open). */
async function recordDecision(request: DecisionRequest & DecisionDetails): Promise<{ ok: boolean; message: string; ledger?: string }> {
  const document = documents.get(request.uri);
  if (!document || document.version !== request.version) return { ok: false, message: 'the document changed since the finding was shown; try again on the current finding' };
  if (!request.reason?.trim() || !request.reviewer?.trim()) return { ok: false, message: 'a decision needs a reviewer and a reason' };
  const analysis = analyses.forDocument(document);
  const finding = findingShown(document, request.ruleId, request.range);
  if (!finding) return { ok: false, message: `no ${request.ruleId} finding there any more` };
  const documentPath = fileURLToPath(document.uri);
  const root = workspaceFolderOf(documentPath, workspaceRoots) ?? dirname(documentPath);
  const ledger = loadLedger(analysis.project, root, documentPath);
  const decision = decisionFor(document.getText(), finding, { ...request, document: ledgerDocumentKey(ledger, documentPath), date: new Date().toISOString().slice(0, 10) });
  const ledgerUri = pathToFileURL(ledger.path).toString();
  const open = documents.get(ledgerUri);
  const before = open ? open.getText() : ledger.text;
  const after = addDecision(before, decision);
  if (after === undefined) return { ok: false, message: `cannot add to ${ledger.path}: fix its problems first` };
  if (open) {
    // The writer has the ledger open: edit the buffer (versioned), never the file under it.
    const change = minimalEdit(before, after);
    const applied = await connection.workspace.applyEdit({ documentChanges: [{ textDocument: { uri: ledgerUri, version: open.version }, edits: [{ range: toRange(open, change), newText: change.newText }] }] });
    if (!applied.applied) return { ok: false, message: `the edit to ${ledger.path} was refused${applied.failureReason ? `: ${applied.failureReason}` : ''}` };
  } else {
    mkdirSync(dirname(ledger.path), { recursive: true });
    writeFileSync(ledger.path, after);
  }
  analyses.clear();
  refresh();
  return { ok: true, message: `recorded in ${ledger.path}`, ledger: ledger.path };
}

/** "Add … to the accepted vocabulary": edits (or creates) the document's config file. */
function acceptPhraseFixes(document: TextDocument | undefined, data: DiagnosticData, diagnostic: Diagnostic): LspFix[] {
  if (!document || document.version !== data.version || !document.uri.startsWith('file:')) return [];
  // Wording only: citation gaps and reading grade are not phrases a team can accept.
  const ruleId = String(diagnostic.code ?? '');
  if (/^(citations|readability|vocabulary)\//.test(ruleId)) return [];
  const phrase = acceptablePhrase(document.getText(diagnostic.range));
  if (!phrase) return [];
  const documentPath = fileURLToPath(document.uri);
  const project = analyses.forDocument(document).project;
  const root = workspaceFolderOf(documentPath, workspaceRoots) ?? dirname(documentPath);
  const configPath = project.configPath ?? join(root, '.claimlint.yaml');
  const configUri = pathToFileURL(configPath).toString();
  const open = documents.get(configUri);
  const exists = open !== undefined || existsSync(configPath);
  const text = open ? open.getText() : exists ? fileText(configPath) : '';
  const newText = exists ? addAcceptedPhrase(configPath, text, phrase) : newConfigWithAcceptedPhrase(phrase);
  if (newText === undefined) return [];
  const configDocument = TextDocument.create(configUri, 'yaml', 0, text);
  // Only the changed lines: the writer's layout and comments elsewhere stay as they are.
  const change = minimalEdit(text, newText);
  return [
    {
      title: `Add "${phrase}" to the accepted vocabulary (${exists ? 'in' : 'new'} ${basename(configPath)})`,
      edits: [],
      fileEdits: [{ uri: configUri, edits: [{ range: toRange(configDocument, change), newText: change.newText }], create: !exists, ...(open ? { version: open.version } : {}) }],
    },
  ];
}

connection.onHover((params) =>
  runSafe(connection, 'hover', params.textDocument.uri, null, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(params.position);
    const analysis = analyses.forDocument(document);
    const parts: string[] = [];
    const citation = citationHover(document.getText(), offset, analysis.bibliography.context.bibliography);
    if (citation) parts.push(citation.markdown);
    const findings = findingsAt(analysis.result, offset);
    if (findings.length > 0) parts.push(hoverMarkdown(findings, docUrl));
    // On a claim with no finding, say which citation the linter took as its source.
    const coverage = parts.length === 0 ? coverageHover(document.getText(), offset, analysis.bibliography.context.citationScope) : undefined;
    if (coverage) return { contents: { kind: MarkupKind.Markdown, value: coverage.markdown }, range: toRange(document, coverage.range) };
    if (parts.length === 0) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(citation ? { range: toRange(document, citation.range) } : {}) };
  }),
);

connection.onCompletion((params) =>
  runSafe(connection, 'completion', params.textDocument.uri, [] as CompletionItem[], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const bibliography = analyses.forDocument(document).bibliography.context.bibliography;
    return completeCitationKey(document.getText(), document.offsetAt(params.position), bibliography).map((item) => ({
      label: item.key,
      kind: CompletionItemKind.Reference,
      detail: item.label,
      documentation: { kind: MarkupKind.Markdown, value: item.documentation },
      filterText: `${item.key} ${item.label}`,
      sortText: item.sortText,
      textEdit: { range: toRange(document, item.range), newText: item.key },
    }));
  }),
);

connection.onDefinition((params) =>
  runSafe(connection, 'definition', params.textDocument.uri, null, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const bibliography = analyses.forDocument(document).bibliography;
    const target = citationDefinition(document.getText(), document.offsetAt(params.position), bibliography.context.bibliography);
    if (!target) return null;
    const text = bibliography.texts.get(target.path) ?? '';
    return { uri: pathToFileURL(target.path).toString(), range: toRange(TextDocument.create('', 'plaintext', 0, text), target.range) };
  }),
);

connection.onReferences((params) =>
  runSafe(connection, 'references', params.textDocument.uri, [] as Location[], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const key = citationAt(document.getText(), document.offsetAt(params.position))?.key?.key;
    if (!key) return [];
    const locations: Location[] = [];
    for (const [uri, text] of workspaceMarkdown()) {
      const located = TextDocument.create(uri, 'markdown', 0, text);
      for (const range of keyOccurrences(text, key)) locations.push({ uri, range: toRange(located, range) });
    }
    return locations;
  }),
);

connection.onDocumentLinks((params) =>
  runSafe(connection, 'document links', params.textDocument.uri, [], () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return doiLinks(document.getText()).map((link) => ({ range: toRange(document, link.range), target: link.target, tooltip: `Open ${link.target}` }));
  }),
);

connection.onDidChangeConfiguration(() => {
  settings.clear();
  refresh();
});

connection.onDidChangeWatchedFiles(() => {
  projects.clear();
  analyses.clear();
  refresh();
});

documents.onDidClose((event) => {
  analyses.forget(event.document.uri);
  settings.forget(event.document.uri);
});

function refresh(): void {
  if (supportsRefresh) connection.languages.diagnostics.refresh().then(undefined, () => undefined);
}

function isDocumentPath(problem: Problem, uri: string): boolean {
  return uri.startsWith('file:') && problem.path === fileURLToPath(uri);
}

/** The text of a file edited by a fix (bibliography stubs): the open document if any, else disk. */
function fileText(path: string): string {
  const open = documents.get(pathToFileURL(path).toString());
  if (open) return open.getText();
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** One diagnostic at the top of a document when its config or rule packs have errors. */
function projectSummary(project: Project): Diagnostic[] {
  const errors = project.problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return [];
  const first = errors[0]!;
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1,
      code: 'claimlint/config-problem',
      source: SOURCE,
      message: `claimlint found ${errors.length} problem${errors.length === 1 ? '' : 's'} in its configuration or rule packs; first: ${first.path}: ${first.message}`,
    },
  ];
}

/** Publishes problems in config, rule and bibliography files on those files. */
function publishFileProblems(): void {
  const items: Array<{ problem: Problem; text: string }> = [];
  for (const project of projects.all()) for (const problem of project.problems) items.push({ problem, text: project.texts.get(problem.path) ?? '' });
  for (const document of documents.all()) {
    const { bibliography, ledger } = analyses.forDocument(document);
    for (const problem of bibliography.problems) if (bibliography.texts.has(problem.path)) items.push({ problem, text: bibliography.texts.get(problem.path)! });
    for (const problem of ledger?.problems ?? []) items.push({ problem, text: ledger!.text });
  }
  problemPublisher.publish(items);
}

/** Markdown files of the workspace folders (open documents take precedence over disk). */
function workspaceMarkdown(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, depth: number): void => {
    if (depth > 12) return;
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (/\.(md|markdown)$/i.test(name) && stat.size < 5_000_000) files.set(pathToFileURL(path).toString(), readFileSync(path, 'utf8'));
    }
  };
  for (const root of workspaceRoots) if (existsSync(root)) walk(root, 0);
  for (const document of documents.all()) files.set(document.uri, document.getText());
  return files;
}

documents.listen(connection);
connection.listen();
