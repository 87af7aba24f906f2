/**
 * The claimlint language server: all handler wiring on one page. Each handler
 * delegates to the engine and converts through convert.ts.
 *
 * Invariant: the server keeps no state a request depends on except caches it
 * can rebuild (lint results per document version, projects per config file).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingsAt, hoverMarkdown, lint, type LintResult, type Problem } from '../engine/index';
import type { Project } from '../node/project';
import { problemToDiagnostic, SOURCE, toCodeActions, toDiagnostic } from './convert';
import { createProjects } from './projects';
import { runSafe } from './safe';
import { createSettings } from './settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const projects = createProjects();
let supportsConfiguration = false;
let supportsRefresh = false;
const settings = createSettings(connection, () => supportsConfiguration);

// Lint results per document version, so hover and code actions reuse the last run.
const results = new Map<string, { version: number; result: LintResult }>();
// Files outside the editor's Markdown documents (config, rule packs) that have problem diagnostics.
const problemUris = new Set<string>();

const DOCS_ROOT = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')].find((dir) => existsSync(dir));

function docUrl(ruleId: string): string | undefined {
  if (!DOCS_ROOT || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  const file = join(DOCS_ROOT, `${ruleId}.md`);
  return existsSync(file) ? pathToFileURL(file).toString() : undefined;
}

function lintDocument(document: TextDocument): { result: LintResult; project: Project } {
  const project = projects.forDocument(document.uri);
  const cached = results.get(document.uri);
  if (cached && cached.version === document.version) return { result: cached.result, project };
  const result = lint({ path: document.uri, text: document.getText() }, project.config);
  results.set(document.uri, { version: document.version, result });
  return { result, project };
}

connection.onInitialize((params): InitializeResult => {
  supportsConfiguration = params.capabilities.workspace?.configuration === true;
  supportsRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
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
    const { result, project } = lintDocument(document);
    publishProjectProblems(project);
    const items: Diagnostic[] = [
      ...projectSummary(project),
      ...result.findings.map((finding) => toDiagnostic(document, finding, docUrl(finding.ruleId))),
      ...result.problems.filter((problem) => problem.path === uri).map((problem) => problemToDiagnostic(document, problem)),
    ];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });
});

connection.onCodeAction((params) =>
  runSafe(connection, 'code actions', params.textDocument.uri, [], () => params.context.diagnostics.flatMap(toCodeActions)),
);

connection.onHover((params) =>
  runSafe(connection, 'hover', params.textDocument.uri, null, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(params.position);
    const findings = findingsAt(lintDocument(document).result, offset);
    if (findings.length === 0) return null;
    return { contents: { kind: 'markdown' as const, value: hoverMarkdown(findings, docUrl) } };
  }),
);

connection.onDidChangeConfiguration(() => {
  settings.clear();
  refresh();
});

connection.onDidChangeWatchedFiles(() => {
  projects.clear();
  results.clear();
  refresh();
});

documents.onDidClose((event) => {
  results.delete(event.document.uri);
  settings.forget(event.document.uri);
});

function refresh(): void {
  if (supportsRefresh) void connection.languages.diagnostics.refresh();
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

/** Publishes problem diagnostics on config and rule files, clearing fixed ones. */
function publishProjectProblems(_current: Project): void {
  const byUri = new Map<string, Problem[]>();
  for (const project of projects.all())
    for (const problem of project.problems) {
      const uri = pathToFileURL(problem.path).toString();
      byUri.set(uri, [...(byUri.get(uri) ?? []), problem]);
    }
  for (const uri of problemUris) if (!byUri.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
  problemUris.clear();
  for (const [uri, problems] of byUri) {
    const project = projects.all().find((candidate) => candidate.problems.includes(problems[0]!))!;
    const text = project.texts.get(problems[0]!.path) ?? '';
    const document = TextDocument.create(uri, 'yaml', 0, text);
    connection.sendDiagnostics({ uri, diagnostics: problems.map((problem) => problemToDiagnostic(document, problem)) });
    problemUris.add(uri);
  }
}

documents.listen(connection);
connection.listen();
