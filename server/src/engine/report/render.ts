/**
 * The evidence report as Markdown, CSV, JSON and a self-contained HTML page. Pure string building: the same bytes
 * for the same report, so the CLI's goldens pin them and the editor shows exactly what the CLI writes.
 */
import { COLUMNS, headerFields, rowCells, verdictTone, findingText } from './cells';
import type { DocumentReport, EvidenceReport } from './model';

export type ReportFormat = 'md' | 'html' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'csv', 'json'];

/** Renders `report` in `format`; `html` takes the editor's options (see `renderHtml`). */
export function renderReport(report: EvidenceReport, format: ReportFormat, html: HtmlOptions = {}): string {
  if (format === 'md') return renderMarkdown(report);
  if (format === 'csv') return renderCsv(report);
  if (format === 'json') return renderJson(report);
  return renderHtml(report, html);
}

/** The report as it is (`EvidenceReport`), two-space indented, keys in a fixed order, with a final newline. */
export function renderJson(report: EvidenceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------- Markdown

/** A Markdown document: a section per document with its header fields and a GFM table of its claims. */
export function renderMarkdown(report: EvidenceReport): string {
  const out: string[] = ['# Evidence report', ''];
  if (report.documents.length === 0) out.push('No documents.', '');
  for (const document of report.documents) {
    out.push(`## ${mdInline(document.header.title ?? document.document)}`, '');
    out.push(`Document: \`${document.document.replace(/`/g, "'")}\``, '');
    for (const [label, value] of headerFields(document.header)) out.push(`- ${label}: ${mdInline(value)}`);
    out.push('', summaryText(document), '');
    if (document.ignored) {
      out.push('Ignored by its configuration: not checked.', '');
      continue;
    }
    if (document.rows.length > 0) {
      out.push(`| ${COLUMNS.join(' | ')} |`, `| ${COLUMNS.map((column) => (column === 'Line' ? '---:' : '---')).join(' | ')} |`);
      for (const row of document.rows) {
        const cells = rowCells(row);
        out.push(`| ${COLUMNS.map((column) => mdCell(cells[column])).join(' | ')} |`);
      }
      out.push('');
    }
    if (document.otherFindings.length > 0) {
      out.push('Findings outside claim sentences:', '');
      for (const finding of document.otherFindings) out.push(`- line ${finding.line}: ${mdInline(findingText(finding))}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function summaryText(document: DocumentReport): string {
  const { summary } = document;
  return `${count(summary.rows, 'row')}: ${count(summary.claims, 'claim')}, ${summary.cited} cited, ${summary.needsCitation} needing a citation; ${count(summary.openFindings, 'open finding')}, ${count(summary.decisions, 'reviewer decision')}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Text safe inside a Markdown line: HTML and Markdown punctuation escaped. */
function mdInline(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

function mdCell(lines: string[]): string {
  return lines.length === 0 ? '' : lines.map(mdInline).join('<br>');
}

// ---------------------------------------------------------------------------------------------------- CSV

const CSV_COLUMNS = ['Document', ...COLUMNS] as const;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8): CRLF between records, every
 * field quoted, quotes doubled, a cell's lines separated by line breaks. A cell starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading `'`, so a spreadsheet never runs it as a formula (OWASP CSV injection).
 */
export function renderCsv(report: EvidenceReport): string {
  const records = [CSV_COLUMNS.map(csvField).join(',')];
  for (const document of report.documents)
    for (const row of document.rows) {
      const cells = rowCells(row);
      records.push([document.document, ...COLUMNS.map((column) => cells[column].join('\n'))].map(csvField).join(','));
    }
  return `\uFEFF${records.join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

// ---------------------------------------------------------------------------------------------------- HTML

/** How the editor's webview wants the page; the defaults make the standalone file. */
export interface HtmlOptions {
  /**
   * For a VS Code webview: a nonce for the page's one style and script element (its Content Security Policy allows
   * nothing else), rows that reveal their sentence when clicked (`{ type: 'reveal', start, end }` posted to the
   * editor) and export buttons (`{ type: 'export', format }`). Without it the page has no script at all.
   */
  nonce?: string;
}

const STYLE = `
:root { color-scheme: light dark; }
body { font: 13px/1.45 var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #fff); margin: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; }
.path { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: .85em; opacity: .8; margin: 0 0 .5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.missing { opacity: .65; font-style: italic; }
.summary { margin: .5rem 0 1rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--vscode-panel-border, #d0d7de); padding: .3rem .45rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--vscode-editorWidget-background, #f6f8fa); font-weight: 600; }
td.line { text-align: right; font-variant-numeric: tabular-nums; }
td ul { margin: 0; padding-left: 1.1rem; }
td.claim { min-width: 14rem; }
td.sources, td.findings, td.decisions { min-width: 11rem; }
td.sources { overflow-wrap: anywhere; }
td.line, td.strength, td.level { white-space: nowrap; }
td.design { min-width: 6rem; }
.verdict { font-weight: 600; min-width: 8rem; }
.tone-ok .verdict { color: var(--vscode-testing-iconPassed, #1a7f37); }
.tone-warn .verdict { color: var(--vscode-editorWarning-foreground, #9a6700); }
.tone-gap .verdict { color: var(--vscode-editorError-foreground, #cf222e); }
.sev-error { color: var(--vscode-editorError-foreground, #cf222e); }
.sev-warning { color: var(--vscode-editorWarning-foreground, #9a6700); }
.rule { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: .85em; opacity: .8; }
.toolbar { display: flex; gap: .5rem; margin-bottom: 1rem; }
.toolbar button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0969da); border: 0; padding: .25rem .75rem; cursor: pointer; }
.interactive tbody tr { cursor: pointer; }
.interactive tbody tr:hover, .interactive tbody tr:focus { background: var(--vscode-list-hoverBackground, #eaeef2); outline: none; }
@media print {
  :root { color-scheme: light; }
  body { margin: 0; color: #000; background: #fff; font-size: 9.5pt; }
  .toolbar { display: none; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  .table { overflow: visible; }
  td.claim { min-width: 10rem; }
  td.sources, td.findings, td.decisions, td.design { min-width: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section + section { break-before: page; page-break-before: always; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { size: A4 landscape; margin: 12mm; }
`;

const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  function reveal(row) {
    if (row && row.dataset.start) vscode.postMessage({ type: 'reveal', start: Number(row.dataset.start), end: Number(row.dataset.end) });
  }
  document.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-export]');
    if (button) { vscode.postMessage({ type: 'export', format: button.dataset.export }); return; }
    reveal(event.target.closest('tbody tr'));
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' || event.key === ' ') { const row = event.target.closest('tbody tr'); if (row) { event.preventDefault(); reveal(row); } }
  });
})();
`;

/**
 * One self-contained HTML file: inline CSS, no script (unless `nonce` asks for the editor's), no network, every text
 * escaped. Prints on A4 landscape with table headers repeated on each page and no row cut across pages.
 */
export function renderHtml(report: EvidenceReport, options: HtmlOptions = {}): string {
  const { nonce } = options;
  const csp = nonce ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';` : "default-src 'none'; style-src 'unsafe-inline';";
  const title = report.documents.length === 1 ? `Evidence report: ${report.documents[0]!.header.title ?? report.documents[0]!.document}` : 'Evidence report';
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style${nonce ? ` nonce="${escapeHtml(nonce)}"` : ''}>${STYLE}</style>`,
    '</head>',
    `<body${nonce ? ' class="interactive"' : ''}>`,
  ];
  if (nonce) out.push('<div class="toolbar"><button type="button" data-export="html">Export HTML…</button><button type="button" data-export="csv">Export CSV…</button></div>');
  out.push('<h1>Evidence report</h1>');
  if (report.documents.length === 0) out.push('<p>No documents.</p>');
  for (const document of report.documents) out.push(htmlSection(document, nonce !== undefined));
  if (nonce) out.push(`<script nonce="${escapeHtml(nonce)}">${SCRIPT}</script>`);
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}

function htmlSection(document: DocumentReport, interactive: boolean): string {
  const out: string[] = ['<section>', `<h2>${escapeHtml(document.header.title ?? document.document)}</h2>`, `<p class="path">${escapeHtml(document.document)}</p>`, '<dl>'];
  for (const [label, value] of headerFields(document.header)) out.push(`<dt>${escapeHtml(label)}</dt><dd${value === 'not recorded' ? ' class="missing"' : ''}>${escapeHtml(value)}</dd>`);
  out.push('</dl>', `<p class="summary">${escapeHtml(summaryText(document))}</p>`);
  if (document.ignored) out.push('<p>Ignored by its configuration: not checked.</p>');
  if (document.rows.length > 0) {
    out.push('<div class="table">', '<table>', `<thead><tr>${COLUMNS.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`, '<tbody>');
    for (const row of document.rows) {
      const cells = rowCells(row);
      const attributes = `class="tone-${verdictTone(row.verdict)}" data-line="${row.line}" data-start="${row.range.start}" data-end="${row.range.end}"${interactive ? ' tabindex="0" title="Show in the editor"' : ''}`;
      const findings = row.findings.map((finding) => `<span class="sev-${finding.severity}">${escapeHtml(finding.message)}</span> <span class="rule">${escapeHtml(finding.ruleId)}</span>`);
      out.push(
        `<tr ${attributes}>`,
        `<td class="line">${row.line}</td>`,
        `<td class="claim">${escapeHtml(row.sentence)}</td>`,
        `<td class="strength">${escapeHtml(row.strength)}</td>`,
        `<td class="sources">${htmlList(cells.Citations.map(escapeHtml))}</td>`,
        `<td class="design">${htmlList(cells['Study design'].map(escapeHtml))}</td>`,
        `<td class="level">${htmlList(cells['Evidence level'].map(escapeHtml))}</td>`,
        `<td class="verdict">${escapeHtml(row.verdict)}</td>`,
        `<td class="findings">${htmlList(findings)}</td>`,
        `<td class="decisions">${htmlList(cells['Reviewer decision'].map(escapeHtml))}</td>`,
        '</tr>',
      );
    }
    out.push('</tbody>', '</table>', '</div>');
  }
  if (document.otherFindings.length > 0) {
    out.push('<h3>Findings outside claim sentences</h3>', '<ul>');
    for (const finding of document.otherFindings)
      out.push(`<li>line ${finding.line}: <span class="sev-${finding.severity}">${escapeHtml(finding.message)}</span> <span class="rule">${escapeHtml(finding.ruleId)}</span></li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** One item as is, several as a list (already escaped). */
function htmlList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
