/**
 * V8 settings for the Node entry points (desktop server, CLI and its worker threads), imported first by each.
 *
 * `--no-regexp-tier-up`: V8 normally runs a regular expression's first match in its bytecode interpreter and compiles
 * it to machine code on the next one, so each pattern is compiled twice. claimlint's claim and rule patterns are few,
 * large and all used on the first document, so compiling each once, straight to machine code, cuts the first lint's
 * pattern compilation by about two thirds (docs/performance.md) and changes nothing once they are compiled. Set at
 * run time, before any pattern runs, so it holds however the process was started (the client, a test, `node cli.js`).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
