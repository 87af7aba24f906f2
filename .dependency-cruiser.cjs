/**
 * The layers of claimlint, enforced (`npm run lint:layers`, part of `npm test`).
 *
 *   server/src/engine  pure: its own code and npm packages; no Node built-ins, no editor, no LSP
 *   server/src/node    disk access shared by the adapters; never the adapters themselves
 *   server/src/lsp     the language server  } never each other
 *   server/src/cli     the command line     }
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
      comment: 'The client talks to the server over LSP only: it imports its own code, vscode and vscode-languageclient (and Node built-ins), never server code or other packages.',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { pathNot: '^client/src/|^vscode$|(^|/)node_modules/(@types/vscode|vscode-languageclient)(/|$)', dependencyTypesNot: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves (so the path rules above see real paths); only `vscode` is provided by the editor at run time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vscode$' },
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
