/**
 * The web worker's FileSystem (server/src/browser/client-file-system.ts): URIs of any scheme map to POSIX paths and
 * back to the same URIs, and every operation is the FS_* request of protocol.ts, answered here by a fake client.
 */
import assert from 'node:assert/strict';
import { clientFileSystem, encodePath, parseUri } from '../../server/src/browser/client-file-system';
import { FS_LIST, FS_READ_FILE, FS_STAT, FS_WRITE_FILE } from '../../server/src/protocol';

/** A client answering FS_* from a map of URI → text (folders are implied by their files). */
function fakeClient(files: Record<string, string>) {
  const requests: Array<{ method: string; params: { uri: string; text?: string } }> = [];
  const connection = {
    async sendRequest<R>(method: string, params: unknown): Promise<R> {
      const { uri, text } = params as { uri: string; text?: string };
      requests.push({ method, params: { uri, ...(text !== undefined ? { text } : {}) } });
      const children = Object.keys(files).filter((file) => file.startsWith(`${uri}/`));
      switch (method) {
        case FS_READ_FILE:
          return (files[uri] ?? null) as R;
        case FS_STAT:
          return (files[uri] !== undefined ? { type: 'file', size: files[uri]!.length, mtime: 42 } : children.length ? { type: 'directory', size: 0, mtime: 7 } : null) as R;
        case FS_LIST:
          return [...new Set(children.map((child) => child.slice(uri.length + 1).split('/')[0]!))].reverse() as R;
        case FS_WRITE_FILE:
          files[uri] = text!;
          return null as R;
        default:
          throw new Error(`unexpected request ${method}`);
      }
    },
  };
  return { connection, requests, files };
}

describe('client file system (web worker)', () => {
  it('maps URIs of any scheme to their decoded path and back to the same URI', () => {
    const fs = clientFileSystem(fakeClient({}).connection);
    for (const [uri, path] of [
      ['vscode-vfs://github/owner/repo/docs/a%20b.md', '/owner/repo/docs/a b.md'],
      ['vscode-test-web://mount/article.md', '/article.md'],
      ['vscode-remote://localhost%3A8080/home/me/notes/%C3%A9t%C3%A9.md', '/home/me/notes/été.md'],
      ['file:///c%3A/Users/me/a.md', '/c:/Users/me/a.md'],
    ]) {
      assert.equal(fs.pathOf(uri!), path, uri);
      assert.equal(fs.uriOf(path!), uri, path);
    }
  });

  it('gives no path for untitled documents and URIs it could not give back', () => {
    const fs = clientFileSystem(fakeClient({}).connection);
    assert.equal(fs.pathOf('untitled:Untitled-1'), undefined);
    assert.equal(fs.pathOf('git:/owner/repo/a.md?%7B%22ref%22%3A%22HEAD%22%7D'), undefined);
    assert.equal(fs.pathOf('vscode-vfs://github/owner/repo/bad%E0%A4%A.md'), undefined);
  });

  it('puts a path on the origin of the documents it is nearest to, also above the workspace folder', () => {
    const fs = clientFileSystem(fakeClient({}).connection);
    fs.pathOf('vscode-vfs://github/owner/repo/docs/a.md');
    fs.pathOf('vscode-test-web://mount/notes/b.md');
    assert.equal(fs.uriOf('/owner/repo/.claimlint.yaml'), 'vscode-vfs://github/owner/repo/.claimlint.yaml');
    assert.equal(fs.uriOf('/owner/.claimlint.yaml'), 'vscode-vfs://github/owner/.claimlint.yaml');
    assert.equal(fs.uriOf('/notes/references.bib'), 'vscode-test-web://mount/notes/references.bib');
  });

  it('encodes paths as VS Code does', () => {
    assert.equal(encodePath("/a b/c:d/(x)!'*~.md"), '/a%20b/c%3Ad/%28x%29%21%27%2A~.md');
    assert.deepEqual(parseUri('vscode-vfs://github/o/r/x.md'), { scheme: 'vscode-vfs', authority: 'github', path: '/o/r/x.md' });
  });

  it('reads, stats, lists and writes with the FS_* requests', async () => {
    const client = fakeClient({ 'vscode-vfs://github/o/r/references.bib': '@article{a, title={A}}', 'vscode-vfs://github/o/r/rules/x/pack.yaml': 'name: x' });
    const fs = clientFileSystem(client.connection);
    fs.pathOf('vscode-vfs://github/o/r/article.md');
    assert.equal(await fs.readFile('/o/r/references.bib'), '@article{a, title={A}}');
    assert.deepEqual(await fs.stat('/o/r/references.bib'), { type: 'file', size: 22, mtimeMs: 42 });
    assert.deepEqual(await fs.stat('/o/r/rules'), { type: 'directory', size: 0, mtimeMs: 7 });
    assert.equal(await fs.stat('/o/r/missing.bib'), undefined);
    assert.deepEqual(await fs.list('/o/r'), ['references.bib', 'rules']);
    assert.deepEqual(await fs.list('/o/r/nothing'), []);
    await fs.writeFile('/o/r/.claimlint/decisions.yaml', 'decisions: []\n');
    assert.equal(client.files['vscode-vfs://github/o/r/.claimlint/decisions.yaml'], 'decisions: []\n');
    assert.deepEqual(
      client.requests.map((request) => request.method),
      [FS_READ_FILE, FS_STAT, FS_STAT, FS_STAT, FS_LIST, FS_LIST, FS_WRITE_FILE],
    );
  });

  it('rejects a read of a missing file, and a failed request, with a readable message', async () => {
    const fs = clientFileSystem(fakeClient({}).connection);
    fs.pathOf('vscode-vfs://github/o/r/article.md');
    await assert.rejects(fs.readFile('/o/r/.claimlint.yaml'), /cannot read \/o\/r\/\.claimlint\.yaml: no such file/);
    const failing = clientFileSystem({ sendRequest: () => Promise.reject(new Error('permission denied')) });
    await assert.rejects(failing.readFile('/x'), /cannot read \/x: permission denied/);
    await assert.rejects(failing.writeFile('/x', ''), /cannot write \/x: permission denied/);
    assert.equal(await failing.stat('/x'), undefined);
    assert.deepEqual(await failing.list('/x'), []);
  });
});
