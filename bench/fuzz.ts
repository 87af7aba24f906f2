/**
 * `npm run fuzz`: the differential fuzz of the language server (test/fuzz/driver.ts) for as long as you like.
 *
 *   npm run fuzz -- --edits 100000 [--seed S] [--check-every K] [--compare-every C] [--crlf]
 *   npm run fuzz -- --typing [--edits 10000]
 *
 * Random mode sends seeded random edits to a real server and, after every K-th, pulls diagnostics and compares them
 * with lint() of the same text. Typing mode types characters one at a time at the end of one paragraph (pulling after
 * each, as an editor does, and comparing every 100th pull by default), then reports the server's memory.
 *
 * Prints edits, mismatches, crashes and other errors, latency percentiles (didChange sent → diagnostics received)
 * and the server's peak resident memory (VmHWM from /proc, Linux). Exits 1 when anything failed; failure details go
 * to test-artifacts/fuzz/.
 */
import { parseArgs } from 'node:util';
import { describeFailures, percentile, runFuzz, type Failure } from '../test/fuzz/driver';
import { removeTempDirs } from '../test/helpers/temp';

const { values } = parseArgs({
  options: {
    edits: { type: 'string' },
    seed: { type: 'string' },
    'check-every': { type: 'string' },
    'compare-every': { type: 'string' },
    'requests-every': { type: 'string' },
    'race-every': { type: 'string' },
    crlf: { type: 'boolean', default: false },
    typing: { type: 'boolean', default: false },
    'warm-reference': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    [
      'npm run fuzz -- [options]',
      '  --edits N           didChange notifications to send (default 1000; 10000 with --typing)',
      '  --seed S            seed of the edit sequence (default 1)',
      '  --check-every K     pull diagnostics after every K-th edit (default 1)',
      '  --compare-every C   compare every C-th pull with lint() (default 1; 100 with --typing)',
      '  --requests-every R  a hover, code action, completion, link or definition request after about one edit in R (default 5; 0: none)',
      '  --race-every R      a pull raced by the next edit before about one edit in R (default 10; 0: none)',
      '  --crlf              start from the article with CRLF line breaks',
      '  --typing            type characters one at a time at the end of one paragraph',
      '  --warm-reference    let lint() reuse its per-chunk memos between checks (faster, less independent)',
    ].join('\n'),
  );
  process.exit(0);
}

const number = (value: string | undefined, fallback: number): number => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`not a number: ${value}`);
  return parsed;
};

async function main(): Promise<number> {
  const typing = values.typing === true;
  const edits = number(values.edits, typing ? 10_000 : 1000);
  const seed = number(values.seed, 1);
  const checkEvery = number(values['check-every'], 1);
  const compareEvery = number(values['compare-every'], typing ? 100 : 1);
  console.log(`claimlint differential fuzz: ${typing ? 'typing' : 'random edits'}, seed ${seed}, ${edits} edits, pull every ${checkEvery}, compare every ${compareEvery} pull(s)`);
  const result = await runFuzz({
    seed,
    edits,
    checkEvery,
    compareEvery,
    requestsEvery: number(values['requests-every'], 5),
    raceEvery: number(values['race-every'], 10),
    crlf: values.crlf === true,
    typing,
    warmReference: values['warm-reference'] === true,
    restartOnCrash: true,
    progress: (line) => console.log(`  ${line}`),
    progressEvery: edits >= 20_000 ? 5000 : 1000,
  });
  removeTempDirs();

  const count = (...kinds: Failure['kind'][]): number => result.failures.filter((f) => kinds.includes(f.kind)).length;
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
  const rows: Array<[string, string]> = [
    [
      'edits',
      `${result.edits} (${Object.entries(result.kinds)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(', ')})`,
    ],
    ['pulls / compared with lint()', `${result.checks} / ${result.compared}`],
    ['other requests / racing pulls', `${result.requests} / ${result.races}`],
    ['mismatches', String(count('mismatch'))],
    ['bad ranges or versions', String(count('range', 'version'))],
    ['crashes / hangs', `${count('crash')} / ${count('hang')}`],
    ['errors (server log, requests, lint())', `${count('server log')}, ${count('request')}, ${count('engine')}`],
    [
      'latency edit → diagnostics',
      `p50 ${ms(percentile(result.latencies, 50))}, p95 ${ms(percentile(result.latencies, 95))}, p99 ${ms(percentile(result.latencies, 99))}, max ${ms(Math.max(...result.latencies))} (${result.latencies.length} pulls)`,
    ],
    ['server peak RSS (VmHWM)', `${mb(result.peakRssKb)}; ${mb(result.finalRssKb)} at the end`],
    ['text at the end', `${result.finalLength} characters`],
    ['CPU: server / client + lint()', `${(result.serverCpuMs / 1000).toFixed(1)} s / ${(result.clientCpuMs / 1000).toFixed(1)} s`],
    ['wall time', `${(result.elapsedMs / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  if (result.failures.length > 0) {
    console.log(`\n${describeFailures(result.failures, 5)}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    removeTempDirs();
    process.exit(2);
  },
);
