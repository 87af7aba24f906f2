/**
 * The extension in a real VS Code: diagnostics, hover and quick fixes through the
 * VS Code API. Waits on events with timeouts, never on fixed sleeps.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Resolves with the document's claimlint diagnostics once there are some. */
function claimlintDiagnostics(uri: vscode.Uri, timeoutMs = 20000): Promise<vscode.Diagnostic[]> {
  const current = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'claimlint');
  return new Promise((resolve, reject) => {
    if (current().length > 0) return resolve(current());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no claimlint diagnostics for ${uri.toString()} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && current().length > 0) {
        clearTimeout(timer);
        listener.dispose();
        resolve(current());
      }
    });
  });
}

export function diagnosticsSuite(): void {
  describe('claimlint in VS Code', () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? path.join(__dirname, '..', '..', 'test', 'vscode', 'workspace');
    const uri = vscode.Uri.file(path.join(folder, 'article.md'));

    it('shows diagnostics with rule codes on the flagged words', async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const diagnostics = await claimlintDiagnostics(uri);
      const flagged = diagnostics.map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)} ${document.getText(d.range)}`);
      assert.ok(flagged.includes('overclaim/mechanism-as-fact mechanically resets'), flagged.join('\n'));
    });

    it('hovers with the rationale and source', async () => {
      const diagnostics = await claimlintDiagnostics(uri);
      const target = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'overclaim/mechanism-as-fact')!;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, target.range.start.translate(0, 2));
      const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
      assert.match(text, /\*Why:\*/);
      assert.match(text, /\*Source:\*/);
    });

    it('offers the quick fix and the disable action', async () => {
      const diagnostics = await claimlintDiagnostics(uri);
      const target = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'overclaim/mechanism-as-fact')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.includes('Replace `mechanically resets` with `may help relax`'), titles.join('\n'));
      // The squiggle may carry another rule's note on the same words; its disable action names both.
      assert.ok(
        titles.some((title) => /^Disable overclaim\/mechanism-as-fact( and [\w/-]+)? for this line$/.test(title)),
        titles.join('\n'),
      );
    });

    it('accepts a finding as reviewed: the ledger records it and the finding goes away', async () => {
      const ledger = path.join(folder, '.claimlint');
      try {
        const diagnostics = await claimlintDiagnostics(uri);
        const target = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'overclaim/hype-superlatives')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range);
        // Other rules may flag the same words (needs-citation on an uncited superlative): take this rule's action.
        const accept = actions.find(
          (action) => action.title === 'Accept as reviewed…' && (action.command?.arguments?.[0] as { ruleId?: string } | undefined)?.ruleId === 'overclaim/hype-superlatives',
        );
        assert.ok(accept?.command, actions.map((action) => action.title).join('\n'));
        const gone = new Promise<void>((resolve) => {
          const listener = vscode.languages.onDidChangeDiagnostics(() => {
            const codes = vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
            if (!codes.includes('overclaim/hype-superlatives')) {
              listener.dispose();
              resolve();
            }
          });
        });
        // The answers the prompts would collect, passed straight to the client command.
        await vscode.commands.executeCommand(accept.command.command, {
          ...(accept.command.arguments![0] as object),
          reviewer: 'Dr Ada Obi',
          reason: 'the trial compared it with every usual treatment',
        });
        await gone;
        const written = (await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(ledger, 'decisions.yaml')))).toString();
        assert.match(written, /rule: overclaim\/hype-superlatives\n {4}document: article\.md\n/);
      } finally {
        await vscode.workspace.fs.delete(vscode.Uri.file(ledger), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      }
    });
  });
}
