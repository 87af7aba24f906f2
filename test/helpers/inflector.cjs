// Loaded by .mocharc.json: gives the engine its word-form loader (server/src/node/node-inflector.ts) for tests that
// load rule packs without going through a host or test/helpers/rules.ts. tsx is registered (node-option import=tsx).
require('../../server/src/node/node-inflector.ts');
