/**
 * "claimlint: Open evidence report": a webview beside the editor showing the evidence report of the active Markdown
 * document, as the server renders it (the claims matrix `claimlint report` writes). The panel follows the active
 * Markdown editor, refreshes (debounced) as the document or its diagnostics change, reveals a claim's sentence when
 * its row is clicked, and saves the report as HTML or CSV. The page's only script is the server's, allowed by nonce.
 */
import { commands, languages, Range, Uri, ViewColumn, window, workspace, type ExtensionContext, type TextDocument, type WebviewPanel } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EVIDENCE_REPORT, EXPORT_EVIDENCE_REPORT_CSV, EXPORT_EVIDENCE_REPORT_HTML, OPEN_EVIDENCE_REPORT, type EvidenceReportParams, type EvidenceReportResult } from '../../server/src/protocol';

/** The webview panel's type (VS Code restores panels by it). */
export const EVIDENCE_REPORT_VIEW = 'claimlint.evidenceReport';
// Quiet time after the last keystroke or diagnostics change before the report is asked for again.
const REFRESH_DELAY_MS = 300;

type Message = { type: 'reveal'; start: number; end: number } | { type: 'export'; format: 'html' | 'csv' };

export function registerEvidenceReport(context: ExtensionContext, client: () => BaseLanguageClient | undefined): void {
  let panel: WebviewPanel | undefined;
  let shown: Uri | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const markdownDocument = (document: TextDocument | undefined): TextDocument | undefined => (document?.languageId === 'markdown' ? document : undefined);
  const openDocument = (uri: Uri | undefined): TextDocument | undefined => (uri ? workspace.textDocuments.find((document) => document.uri.toString() === uri.toString()) : undefined);

  async function requestReport(uri: Uri, format: EvidenceReportParams['format'], nonce?: string): Promise<EvidenceReportResult> {
    const languageClient = client();
    if (!languageClient) return null;
    return languageClient.sendRequest<EvidenceReportResult>(EVIDENCE_REPORT, { textDocument: { uri: uri.toString() }, format, ...(nonce ? { nonce } : {}) });
  }

  async function render(): Promise<void> {
    const target = panel;
    const uri = shown;
    if (!target || !uri) return;
    const mine = ++generation;
    const nonce = newNonce();
    let result: EvidenceReportResult = null;
    try {
      result = await requestReport(uri, 'html', nonce);
    } catch (error) {
      result = null;
      void error;
    }
    // A newer render started, or the panel closed, while this one waited.
    if (mine !== generation || panel !== target) return;
    target.title = `Evidence report: ${uri.path.split('/').pop() ?? ''}`;
    target.webview.html = result?.content ?? notAvailable(nonce);
  }

  function schedule(): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void render();
    }, REFRESH_DELAY_MS);
  }

  async function reveal(start: number, end: number): Promise<void> {
    const document = openDocument(shown) ?? (shown ? await workspace.openTextDocument(shown) : undefined);
    if (!document) return;
    const length = document.getText().length;
    const range = new Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
    const column = window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn ?? ViewColumn.One;
    await window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
  }

  async function exportReport(format: 'html' | 'csv'): Promise<void> {
    const uri = shown ?? markdownDocument(window.activeTextEditor?.document)?.uri;
    if (!uri) {
      void window.showInformationMessage('Open a Markdown document to export its evidence report.');
      return;
    }
    const result = await requestReport(uri, format);
    if (!result) {
      void window.showWarningMessage('claimlint could not make the evidence report of this document.');
      return;
    }
    const name = (uri.path.split('/').pop() ?? 'document').replace(/\.(md|markdown)$/i, '');
    const target = await window.showSaveDialog({
      defaultUri: Uri.joinPath(uri, '..', `${name}.evidence-report.${format}`),
      filters: format === 'html' ? { 'HTML page': ['html'] } : { 'CSV (spreadsheet)': ['csv'] },
      title: `Save the evidence report as ${format.toUpperCase()}`,
    });
    if (!target) return;
    await workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
    void window.showInformationMessage(`Evidence report saved: ${target.path.split('/').pop() ?? ''}`);
  }

  function open(): void {
    const document = markdownDocument(window.activeTextEditor?.document);
    if (!document) {
      void window.showInformationMessage('Open a Markdown document to see its evidence report.');
      return;
    }
    shown = document.uri;
    if (panel) panel.reveal(ViewColumn.Beside, true);
    else {
      panel = window.createWebviewPanel(
        EVIDENCE_REPORT_VIEW,
        'Evidence report',
        { viewColumn: ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
      );
      panel.onDidDispose(() => {
        panel = undefined;
        shown = undefined;
        if (timer) clearTimeout(timer);
      });
      panel.webview.onDidReceiveMessage((message: Message) => {
        if (message?.type === 'reveal' && Number.isInteger(message.start) && Number.isInteger(message.end)) void reveal(message.start, message.end);
        else if (message?.type === 'export' && (message.format === 'html' || message.format === 'csv')) void exportReport(message.format);
      });
    }
    void render();
  }

  context.subscriptions.push(
    commands.registerCommand(OPEN_EVIDENCE_REPORT, open),
    commands.registerCommand(EXPORT_EVIDENCE_REPORT_HTML, () => exportReport('html')),
    commands.registerCommand(EXPORT_EVIDENCE_REPORT_CSV, () => exportReport('csv')),
    workspace.onDidChangeTextDocument((event) => {
      if (panel && shown && event.document.uri.toString() === shown.toString()) schedule();
    }),
    // Ledger, bibliography and config edits reach the report through the document's diagnostics.
    languages.onDidChangeDiagnostics((event) => {
      if (panel && shown && event.uris.some((uri) => uri.toString() === shown!.toString())) schedule();
    }),
    window.onDidChangeActiveTextEditor((editor) => {
      const document = markdownDocument(editor?.document);
      if (!panel || !document || document.uri.toString() === shown?.toString()) return;
      shown = document.uri;
      schedule();
    }),
  );
}

/** A page for a document the server cannot report on (not yet analysed, or outside what it serves). */
function notAvailable(nonce: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';"><style nonce="${nonce}">body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);margin:1.5rem}</style></head><body><p>No evidence report for this document yet: claimlint has not analysed it. Edit or save it, or check the claimlint output channel.</p></body></html>`;
}

function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
