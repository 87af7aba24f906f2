// Bundles the entry points: the desktop VS Code client, the language server and the CLI (CommonJS for Node), and the
// web extension (dist/web/: the client for the web extension host and the language server for a web worker).
// `node esbuild.mjs` builds once; `node esbuild.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const watch = process.argv.includes('--watch');
const ROOT = fileURLToPath(new URL('.', import.meta.url));

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

/**
 * `path` and `node:path` resolve to `pathe` in the web worker: Node's path API on POSIX-style paths, which is what the
 * worker's client file system uses (server/src/browser/client-file-system.ts).
 * @type {import('esbuild').Plugin}
 */
const browserPath = {
  name: 'claimlint-browser-path',
  setup(build) {
    build.onResolve({ filter: /^(node:)?path(\/posix)?$/ }, (args) => build.resolve('pathe', { kind: args.kind, resolveDir: ROOT }));
  },
};

/** Every `*.yaml`/`*.yml` under `rules/`, walked as server/src/node/packs.ts walks it (sorted, depth first). */
function builtinPackFiles() {
  const root = join(ROOT, 'rules');
  const files = [];
  const folders = [root];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        folders.push(path);
        walk(path);
      } else if (/\.ya?ml$/.test(name)) files.push({ path, relativePath: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return { files, folders };
}

/**
 * The virtual module `claimlint:builtin-packs`: the built-in rule packs embedded in the web server bundle, so the
 * worker fetches nothing at run time. Rebuilt in watch mode when a rule file changes.
 * @type {import('esbuild').Plugin}
 */
const embedBuiltinPacks = {
  name: 'claimlint-builtin-packs',
  setup(build) {
    build.onResolve({ filter: /^claimlint:builtin-packs$/ }, (args) => ({ path: args.path, namespace: 'claimlint-builtin-packs' }));
    build.onLoad({ filter: /.*/, namespace: 'claimlint-builtin-packs' }, () => {
      const { files, folders } = builtinPackFiles();
      const contents = `export default ${JSON.stringify(files.map(({ relativePath, text }) => ({ relativePath, text })))};`;
      return { contents, loader: 'js', watchFiles: files.map((file) => file.path), watchDirs: folders };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: 'linked',
  minify: !watch,
  keepNames: true,
  logLevel: 'warning',
  // Libraries that read process.env.NODE_ENV get a constant, not a ReferenceError.
  define: { 'process.env.NODE_ENV': '"production"' },
};

const entries = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: "#!/usr/bin/env node\nconst __claimlintImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  // The web extension: its client runs in the web extension host (CommonJS, `vscode` provided by the host)...
  { ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
  // ...and its server in a web worker it starts: one self-contained script with the rule packs inside.
  // `worker` first: packages with a DOM build for `browser` (decode-named-character-reference) have a worker-safe one.
  { ...browser, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'], plugins: [browserPath, embedBuiltinPacks] },
];

mkdirSync('dist/web', { recursive: true });
// Bundles are CommonJS whatever the root package says.
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');

if (watch) {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context(entry)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching client, server, cli and the web extension');
} else {
  await Promise.all(entries.map((entry) => esbuild.build(entry)));
}
