/**
 * The only module that turns engine data (offsets) into LSP data (positions),
 * and back. Everything else in the server deals in one or the other.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type Location,
  type Position,
  type Range,
  type TextDocumentEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Problem, Severity, TextRange } from '../engine/index';

/** How a fix that edits another file (a bibliography stub) finds that file: its URI and its current text. */
export interface OtherFiles {
  uriOf(path: string): string;
  text(path: string): string;
  /** The version of the file when it is open: the edit then applies only to that version of the buffer. */
  version(path: string): number | undefined;
}

export const SOURCE = 'claimlint';

/**
 * What a diagnostic carries for its code actions: the document version it was computed for and the index of its
 * finding in that version's analysis. The fixes themselves are converted when the writer asks for them: carrying
 * every fix and suppression of every finding made each diagnostic pull of a 1 MB document several megabytes of JSON.
 */
export interface DiagnosticData {
  version: number;
  finding: number;
}

/** A fix with LSP ranges, valid for `DiagnosticData.version` of the document. */
export interface LspFix {
  title: string;
  isPreferred?: boolean;
  edits: Array<{ range: Range; newText: string }>;
  /** Edits to other files (a bibliography stub), by URI. */
  fileEdits?: Array<{ uri: string; edits: Array<{ range: Range; newText: string }>; create?: boolean; version?: number }>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** An LSP range for an offset range of `document`. */
export function toRange(document: Pick<TextDocument, 'positionAt'>, range: TextRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

/** An LSP range for an offset range in a text that is not an open document (a config file a fix edits). */
export function toRangeInText(text: string, range: TextRange): Range {
  return toRange(TextDocument.create('', 'plaintext', 0, text), range);
}

/** The offset of an LSP position in `document`. */
export function toOffset(document: Pick<TextDocument, 'offsetAt'>, position: Position): number {
  return document.offsetAt(position);
}

/** An LSP location for an offset range in another file's text. */
export function toLocation(uri: string, text: string, range: TextRange): Location {
  return { uri, range: toRangeInText(text, range) };
}

/** The diagnostic for a finding; `files` gives the files that fixes edit besides the document. */
export function toDiagnostic(document: TextDocument, finding: Finding, index: number, docUrl: string | undefined): Diagnostic {
  // No URI: a long document has thousands of diagnostics, and the code action request names its document anyway.
  const data: DiagnosticData = { version: document.version, finding: index };
  return {
    range: toRange(document, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    ...(docUrl ? { codeDescription: { href: docUrl } } : {}),
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/** A diagnostic for a problem in a config, rule or directive, on the file it names. */
export function problemToDiagnostic(document: Pick<TextDocument, 'positionAt'>, problem: Problem): Diagnostic {
  return {
    range: problem.range ? toRange(document, problem.range) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: SEVERITY[problem.severity],
    code: 'claimlint/problem',
    source: SOURCE,
    message: problem.message,
  };
}

/** Directives that silence nothing fade out as hints, like unused code (the CLI's --report-unused-disables). */
export function unusedDirectiveDiagnostic(document: Pick<TextDocument, 'positionAt'>, range: TextRange): Diagnostic {
  return {
    range: toRange(document, range),
    severity: DiagnosticSeverity.Hint,
    tags: [DiagnosticTag.Unnecessary],
    code: 'claimlint/unused-directive',
    source: SOURCE,
    message: 'This claimlint directive silences nothing; remove it',
  };
}

/** One error at the top of a document when its config or rule packs have errors (their own files show the details). */
export function configProblemsDiagnostic(problems: readonly Problem[]): Diagnostic[] {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return [];
  const first = errors[0]!;
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error,
      code: 'claimlint/config-problem',
      source: SOURCE,
      message: `claimlint found ${errors.length} problem${errors.length === 1 ? '' : 's'} in its configuration or rule packs; first: ${first.path}: ${first.message}`,
    },
  ];
}

/** A versioned edit replacing `range` of an open document (the ledger buffer). */
export function toDocumentEdit(document: TextDocument, range: TextRange, newText: string): TextDocumentEdit {
  return { textDocument: { uri: document.uri, version: document.version }, edits: [{ range: toRange(document, range), newText }] };
}

/**
 * The changes that turn `before` into `before` + `change` in a file the server does not write itself (the ledger):
 * a versioned edit of the open buffer; else an edit of the file on disk, created first when it does not exist.
 */
export function fileChanges(uri: string, open: TextDocument | undefined, exists: boolean, before: string, change: TextRange & { newText: string }): Array<TextDocumentEdit | CreateFile> {
  if (open) return [toDocumentEdit(open, change, change.newText)];
  const edit: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: toRangeInText(before, change), newText: change.newText }] };
  return exists ? [edit] : [{ kind: 'create', uri, options: { ignoreIfExists: true } }, edit];
}

/**
 * Quick-fix code actions for a diagnostic of document `uri` that carries claimlint data; `computed`
 * adds fixes worked out on demand (citation suggestions), listed first, and
 * `trailing` ones listed after the rule's own fixes (accepting the phrase).
 */
export function toCodeActions(uri: string, diagnostic: Diagnostic, fixes: { before: LspFix[]; own: LspFix[]; after: LspFix[]; suppressions: LspFix[] }): CodeAction[] {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (diagnostic.source !== SOURCE || !data) return [];
  const action = (fix: LspFix, preferred: boolean): CodeAction => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: {
      // Versioned: the client refuses the edit if the writer changed the text since.
      documentChanges: [
        ...(fix.edits.length > 0 ? [{ textDocument: { uri, version: data.version }, edits: fix.edits }] : []),
        ...(fix.fileEdits ?? []).flatMap((file): Array<TextDocumentEdit | CreateFile> => [
          ...(file.create ? [{ kind: 'create' as const, uri: file.uri, options: { ignoreIfExists: true } }] : []),
          { textDocument: { uri: file.uri, version: file.version ?? null }, edits: file.edits },
        ]),
      ],
    },
  });
  return [
    ...fixes.before.map((fix) => action(fix, false)),
    ...fixes.own.map((fix) => action(fix, fix.isPreferred === true)),
    ...fixes.after.map((fix) => action(fix, false)),
    ...fixes.suppressions.map((fix) => action(fix, false)),
  ];
}

/**
 * The finding a diagnostic was made from, if `analysis` is of the version the diagnostic carries: by its index, checked
 * against the rule and the range (an analysis redone after a bibliography changed may list findings differently).
 */
export function findingOf(document: TextDocument, findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  if (!data || data.version !== document.version) return undefined;
  const matches = (finding: Finding | undefined): boolean => {
    if (!finding || finding.ruleId !== diagnostic.code) return false;
    const range = toRange(document, finding.range);
    return (
      range.start.line === diagnostic.range.start.line &&
      range.start.character === diagnostic.range.start.character &&
      range.end.line === diagnostic.range.end.line &&
      range.end.character === diagnostic.range.end.character
    );
  };
  const indexed = findings[data.finding];
  return matches(indexed) ? indexed : findings.find(matches);
}

/** Converts an engine fix to LSP ranges in `document` (and in the other files it edits). */
export function toLspFix(document: TextDocument, fix: Fix, files: OtherFiles): LspFix {
  return {
    title: fix.title,
    ...(fix.isPreferred ? { isPreferred: true } : {}),
    edits: fix.edits.map((edit) => ({ range: toRange(document, edit.range), newText: edit.newText })),
    ...(fix.fileEdits
      ? {
          fileEdits: fix.fileEdits.map((file) => {
            const other = TextDocument.create(files.uriOf(file.path), 'plaintext', 0, files.text(file.path));
            const version = files.version(file.path);
            return { uri: other.uri, edits: file.edits.map((edit) => ({ range: toRange(other, edit.range), newText: edit.newText })), ...(version !== undefined ? { version } : {}) };
          }),
        }
      : {}),
  };
}
