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

/** A document at least this long (characters) makes the server let its heap grow as V8 likes (see `fitHeapGrowth`). */
export const LARGE_DOCUMENT_CHARS = 200_000;
/** Old-generation growth per major collection while every recent document is small: 1.6x instead of V8's up to 4x. */
const SMALL_HEAP_GROWING_PERCENT = 60;
const RECENT = 16;
const recentSizes: number[] = [];
let growingPercent: number | undefined;

/**
 * The desktop server's heap growth, fitted to the documents it lints (`ServerHost.documentLinted`). With only articles
 * open, the live heap is about 50 MB, yet V8 lets the old generation grow to several times that between major
 * collections, all of it garbage from earlier lints: opening 1,000 documents took the server to 270 MB. Growing 1.6x
 * instead keeps it near 175 MB at no cost to a keystroke in an article. A megabyte document lives on a larger heap
 * and would collect far more often (twice its keystroke latency), so while one of the last 16 documents linted is
 * that large V8 chooses the growth again.
 */
export function fitHeapGrowth(chars: number): void {
  recentSizes.push(chars);
  if (recentSizes.length > RECENT) recentSizes.shift();
  const wanted = Math.max(...recentSizes) >= LARGE_DOCUMENT_CHARS ? 0 : SMALL_HEAP_GROWING_PERCENT;
  if (wanted === growingPercent) return;
  growingPercent = wanted;
  // 0 is V8's default: a factor it picks from the collector's speed.
  setFlagsFromString(`--heap-growing-percent=${wanted}`);
}
