/**
 * The .vsix that the real-editor tests install: freshly built and small.
 * (Its file list is checked by test/package.test.ts against `.vscodeignore`.)
 */
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, vsixPath } from './env';

// The desktop and the web bundles (the web server carries the built-in packs inside it).
const MAX_BYTES = 3 * 1024 * 1024;

describe('the packaged extension', () => {
  it(`is built from the current bundles and is under ${MAX_BYTES / 1024 / 1024} MB`, () => {
    const vsix = statSync(vsixPath());
    assert.ok(vsix.mtimeMs >= statSync(join(ROOT, 'dist', 'server.js')).mtimeMs, 'the .vsix is older than dist/server.js: run `npm run package`');
    assert.ok(vsix.size < MAX_BYTES, `${vsix.size} bytes`);
    process.stdout.write(`      ${vsixPath()}: ${(vsix.size / 1024).toFixed(0)} KB\n`);
  });
});
