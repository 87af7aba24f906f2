/**
 * The layers of claimlint, enforced (`npm run lint:layers`, part of `npm test`).
 *
 *   server/src/engine  pure: its own code and npm packages; no Node built-ins, no editor, no LSP
 *   server/src/node    the document pipeline shared by the adapters; never the adapters themselves; only its
 *                      node-*.ts modules touch the disk, the rest goes through the FileSystem interface
 *   server/src/protocol.ts  what client and server agree on; imports nothing, the only server module the client may import
 *   server/src/lsp     the language server  } never each other; the server (all but lsp/main.ts) is platform
 *                                            } neutral, so it also runs in the web worker
 *   server/src/cli     the command line     }
 *   server/src/browser the web worker's composition root: no Node built-ins (`path` is aliased to a POSIX module)
 *   client/src         the VS Code client: its own code, vscode, vscode-languageclient (and Node built-ins)
 *
 * Paths are relative to the folder depcruise runs in, so test/engine/boundary.test.ts can run this
 * same rule set on known-bad files under test/fixtures/layers/.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const { join } = require('node:path');

/** The editor's API and every vscode-languageserver*, -languageclient, -jsonrpc package, resolved or not. */
const EDITOR_OR_LSP = '^vscode($|[-/])|(^|/)node_modules/(@types/)?vscode($|[-/])';

module.exports = {
  forbidden: [
    {
      name: 'engine-no-node',
      comment: 'The engine is pure: it runs anywhere, so it imports no Node built-in (node:fs, path, …), statically, with import() or with require().',
      severity: 'error',
      from: { path: '^server/src/engine/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-no-editor-or-lsp',
      comment: 'The engine imports nothing of vscode, vscode-languageserver*, vscode-languageclient or vscode-jsonrpc; the adapters translate.',
      severity: 'error',
      from: { path: '^server/src/engine/' },
      to: { path: EDITOR_OR_LSP },
    },
    {
      name: 'engine-no-adapters',
      comment: 'The engine depends on no layer above it (node, lsp, cli, client).',
      severity: 'error',
      from: { path: '^server/src/engine/' },
      to: { path: '^(server/src/(node|lsp|cli)|client/src)/' },
    },
    {
      name: 'node-no-adapters',
      comment: 'server/src/node is shared by the language server and the CLI, so it imports neither (nor the client).',
      severity: 'error',
      from: { path: '^server/src/node/' },
      to: { path: '^(server/src/(lsp|cli)|client/src)/' },
    },
    {
      name: 'pipeline-through-file-system',
      comment: 'The document pipeline reads files only through its FileSystem, so it runs on disk and in the browser alike; only the disk host (node-*.ts) imports Node built-ins besides path.',
      severity: 'error',
      from: { path: '^server/src/node/', pathNot: '^server/src/node/node-[^/]+$' },
      to: { dependencyTypes: ['core'], pathNot: '^path$' },
    },
    {
      name: 'lsp-platform-neutral',
      comment: 'The language server runs in Node and in a web worker: only its desktop composition root (lsp/main.ts) imports Node built-ins (besides path) or vscode-languageserver/node.',
      severity: 'error',
      from: { path: '^server/src/lsp/', pathNot: '^server/src/lsp/main\\.ts$' },
      to: { path: '(^|/)node_modules/vscode-languageserver/lib/node/|^vscode-languageserver/node$|^(fs|url|module|child_process|os|worker_threads)$' },
    },
    {
      name: 'protocol-imports-nothing',
      comment: 'protocol.ts is shared with the client, so it imports nothing.',
      severity: 'error',
      from: { path: '^server/src/protocol\\.ts$' },
      to: {},
    },
    {
      name: 'lsp-not-cli',
      comment: 'The language server and the CLI are separate adapters; what they share lives in server/src/node or the engine.',
      severity: 'error',
      from: { path: '^server/src/lsp/' },
      to: { path: '^server/src/cli/' },
    },
    {
      name: 'cli-not-lsp',
      comment: 'The CLI and the language server are separate adapters; what they share lives in server/src/node or the engine.',
      severity: 'error',
      from: { path: '^server/src/cli/' },
      to: { path: '^server/src/lsp/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server never imports the VS Code client.',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^client/src/' },
    },
    {
      name: 'client-only-editor',
      comment:
        'The client talks to the server over LSP only: it imports its own code, vscode, vscode-languageclient (and Node built-ins) and the shared ids of server/src/protocol.ts, never other server code or other packages.',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { pathNot: '^client/src/|^server/src/protocol\\.ts$|^vscode$|(^|/)node_modules/(@types/vscode|vscode-languageclient)(/|$)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'browser-no-node',
      comment: 'The web worker has no Node: server/src/browser imports no Node built-in and nothing of the desktop host (node-*.ts, lsp/main.ts).',
      severity: 'error',
      from: { path: '^server/src/browser/' },
      to: { path: '^server/src/node/node-[^/]+$|^server/src/lsp/main\\.ts$|(^|/)node_modules/vscode-languageserver/lib/node/|^vscode-languageserver/node$', dependencyTypesNot: ['core'] },
    },
    {
      name: 'browser-no-node-builtins',
      comment: 'The web worker has no Node built-ins.',
      severity: 'error',
      from: { path: '^server/src/browser/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'Every import resolves (so the path rules above see real paths); only `vscode` is provided by the editor at run time, and `claimlint:builtin-packs` by esbuild.mjs (the rule packs embedded in the web server bundle).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vscode$|^claimlint:builtin-packs$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: `import type … from 'vscode-languageserver'` is still a dependency on the LSP.
    tsPreCompilationDeps: true,
    // Resolution as TypeScript does it (extensionless .ts imports, JSON modules); absolute, so it works from any folder.
    tsConfig: { fileName: join(__dirname, 'tsconfig.base.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
