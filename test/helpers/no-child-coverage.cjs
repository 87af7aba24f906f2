// Loaded by .mocharc.json. Under c8 (npm test) every child process inherits NODE_V8_COVERAGE, and each
// dist/ bundle the tests spawn (language server, CLI) would write ~13 MB of V8 coverage that cannot be
// mapped back to server/src through the minified bundle. The test process read the variable at start-up
// and still writes its own coverage; the children it spawns run without.
delete process.env.NODE_V8_COVERAGE;
