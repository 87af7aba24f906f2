/**
 * Citation features through the VS Code API: completion after `[@`, hover on a
 * key, go to definition, and the unknown-key quick fix.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

export function citationsSuite(): void {
  describe('citations in VS Code', () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
    const uri = vscode.Uri.file(path.join(folder, 'citations.md'));

    it('completes citation keys after [@', async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const line = document.lineAt(2).text;
      const position = new vscode.Position(2, line.indexOf('@cushman') + 4);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
      const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      assert.equal(labels[0], 'cushman2021postrace', labels.join(', '));
    });

    it('hovers a key with its reference and study design', async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      const position = new vscode.Position(2, document.lineAt(2).text.indexOf('@cushman') + 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
      assert.match(text, /Postrace Dry Needling Does Not Reduce Subsequent Soreness/);
      assert.match(text, /Study design:\*\* randomized controlled trial/);
    });

    it('goes to the bibliography entry', async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      const position = new vscode.Position(2, document.lineAt(2).text.indexOf('@cushman') + 3);
      const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, position);
      const target = locations[0]!;
      const targetUri = 'targetUri' in target ? target.targetUri : target.uri;
      assert.equal(path.basename(targetUri.fsPath), 'references.bib');
    });
  });
}
