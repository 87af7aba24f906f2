// Bundles the three entry points: the VS Code client, the language server and the CLI.
// `node esbuild.mjs` builds once; `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  minify: !watch,
  keepNames: true,
  logLevel: 'warning',
  // Some ESM dependencies call createRequire(import.meta.url); give the CJS bundle a real one.
  define: { 'import.meta.url': '__claimlintImportMetaUrl' },
  banner: { js: "const __claimlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst __claimlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" } },
];

mkdirSync('dist', { recursive: true });
// Bundles are CommonJS whatever the root package says.
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

if (watch) {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry })));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching client, server and cli');
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
