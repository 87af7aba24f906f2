/**
 * `claimlint check --cache`: a cached file prints exactly what a fresh run prints; a change to the document, its
 * bibliography, its config, a pack it uses or its ledger (or a new file the searches would find) lints it again, and
 * only it; an unusable cache is one warning and is rewritten, never a failure. Also the session's record of what an
 * analysis rests on, which the cache keys on.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputKeys, sha256, stillHolds } from '../../server/src/cli/digest';
import { readCacheText } from '../../server/src/cli/cache';
import { addDecision, sentenceFingerprint } from '../../server/src/engine/index';
import { nodeFileSystem } from '../../server/src/node/node-file-system';
import { nodeHost } from '../../server/src/node/node-host';
import { createSession } from '../../server/src/node/session';
import { REPO_ROOT } from '../helpers/rules';
import { makeTempDir, removeTempDirs } from '../helpers/temp';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const DEMO_PACK = join(REPO_ROOT, 'test', 'packages', 'claimlint-pack-demo', 'rules', 'demo');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const NOTICE = /^claimlint: (\d+) of (\d+) files from the cache \((.+)\)$/m;

/** How many files a `--cache` run took from the cache (from its notice). */
function fromCache(result: Run): number {
  const match = NOTICE.exec(result.stderr);
  assert.ok(match, `no cache notice in: ${result.stderr}`);
  return Number(match[1]);
}

/** stderr without the cache notice: what a run without --cache prints there. */
const problemsOf = (result: Run): string => result.stderr.replace(NOTICE, '').replace(/^\n/m, '');

const BIBTEX = (key: string): string => `@article{${key}, title={A trial}, author={Smith, Ann}, year={2020}, journal={J Trials}}\n`;

/**
 * A project: a.md names its bibliography in front matter, b.md finds one by searching (none yet), both under the root
 * config, which extends the demo pack by path; sub/c.md has a config of its own.
 */
function project(): string {
  const dir = makeTempDir('cache');
  cpSync(DEMO_PACK, join(dir, 'demo'), { recursive: true });
  writeFileSync(join(dir, '.claimlint.yaml'), 'extends: ./demo\npacks: [overclaim, citations, demo]\n');
  writeFileSync(join(dir, 'refs-a.bib'), BIBTEX('jones2019'));
  writeFileSync(join(dir, 'a.md'), '---\nbibliography: refs-a.bib\n---\n\nThis tea works wonders [@smith2020].\n');
  writeFileSync(join(dir, 'b.md'), '# Tea\n\nThis tea cures colds.\n');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', '.claimlint.yaml'), 'packs: [overclaim]\n');
  writeFileSync(join(dir, 'sub', 'c.md'), 'This supplement has no side effects.\n');
  return dir;
}

describe('claimlint check --cache', function () {
  // Each test runs the CLI many times, half of them linting from scratch.
  this.timeout(240_000);
  after(removeTempDirs);

  it('prints exactly what a run without the cache prints, stylish and JSON, from a cache made by either', () => {
    const dir = project();
    // A broken entry: a problem in another file than the document, which a cached run must print again.
    writeFileSync(join(dir, 'refs-a.bib'), `${BIBTEX('jones2019')}@article{broken, title={Unclosed}\n`);
    for (const format of ['json', 'stylish']) {
      const fresh = run(['check', '--format', format, '.'], dir);
      assert.match(fresh.stderr, /refs-a\.bib:2:\d+ {2}error/, 'the fixture has a problem in the bibliography');
      const cold = run(['check', '--cache', '--format', format, '.'], dir);
      const warm = run(['check', '--cache', '--format', format, '.'], dir);
      const other = run(['check', '--cache', '--format', format === 'json' ? 'stylish' : 'json', '.'], dir);
      assert.equal(fromCache(warm), 3);
      assert.equal(fromCache(other), 3, 'the format is not part of the key');
      for (const cached of [cold, warm]) {
        assert.equal(cached.stdout, fresh.stdout);
        assert.equal(problemsOf(cached), fresh.stderr);
        assert.equal(cached.code, fresh.code);
      }
      assert.equal(fresh.code, 2);
    }
  });

  it('lints again only the files whose document, bibliography, config, pack or ledger changed', () => {
    const dir = project();
    const check = (...args: string[]): Run => run(['check', '--cache', ...args, '.'], dir);
    assert.equal(fromCache(check()), 0);
    assert.equal(fromCache(check()), 3);

    // The bibliography named in a.md's front matter: only a.md.
    writeFileSync(join(dir, 'refs-a.bib'), BIBTEX('jones2019') + BIBTEX('smith2020'));
    let result = check();
    assert.equal(fromCache(result), 2);
    assert.doesNotMatch(result.stdout, /unknown-key/, 'a.md now finds smith2020');

    // A default bibliography that appears where b.md's search looks (sub/c.md's search reaches it too).
    writeFileSync(join(dir, 'references.bib'), BIBTEX('lee2021'));
    assert.equal(fromCache(check()), 1);
    assert.equal(fromCache(check()), 3);

    // The document itself.
    writeFileSync(join(dir, 'b.md'), '# Tea\n\nThis tea cures colds and flu.\n');
    result = check();
    assert.equal(fromCache(result), 2);
    assert.match(result.stdout, /b\.md:3:10-3:15 {2}\w+ {2}.+overclaim\/cure-claims/);

    // The root config: a.md and b.md, not sub/c.md.
    writeFileSync(join(dir, '.claimlint.yaml'), 'extends: ./demo\npacks: [overclaim, citations, demo]\nrules:\n  overclaim/cure-claims: off\n');
    result = check();
    assert.equal(fromCache(result), 1);
    assert.doesNotMatch(result.stdout, /cure-claims/);

    // A pack the root config extends: a.md and b.md.
    const rule = join(dir, 'demo', 'wonder-claims.yaml');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('is not house style', 'is not our style'));
    result = check();
    assert.equal(fromCache(result), 1);
    assert.match(result.stdout, /`works wonders` is not our style/);

    // The decision ledger beside the root config: a.md and b.md.
    writeFileSync(join(dir, '.claimlint.yaml'), 'extends: ./demo\npacks: [overclaim, citations, demo]\n');
    assert.match(check().stdout, /b\.md:.+overclaim\/cure-claims/);
    const sentence = 'This tea cures colds and flu.';
    const decision = { rule: 'overclaim/cure-claims', document: 'b.md', fingerprint: sentenceFingerprint(sentence), sentence, reviewer: 'Dr Ada Obi', date: '2026-11-21', reason: 'quoted' };
    mkdirSync(join(dir, '.claimlint'));
    writeFileSync(join(dir, '.claimlint', 'decisions.yaml'), addDecision('', decision)!);
    result = check();
    assert.equal(fromCache(result), 1);
    assert.doesNotMatch(result.stdout, /cure-claims/, 'the accepted finding is hidden');

    // Options that change results are part of the key.
    writeFileSync(join(dir, 'sub', 'c.md'), 'Plain.\n\n<!-- claimlint-disable-next-line overclaim/cure-claims -->\nNothing here.\n');
    check();
    result = check('--report-unused-disables');
    assert.equal(fromCache(result), 0);
    assert.match(result.stderr, /c\.md:3:1 {2}warning {2}.+silences nothing/);
    assert.equal(fromCache(check('--report-unused-disables')), 3);
  });

  it('lints again a file whose bibliography link now leads outside the root, though the text read is the same', () => {
    const dir = project();
    const outside = makeTempDir('cache-outside');
    mkdirSync(join(dir, 'bib'));
    writeFileSync(join(dir, 'bib', 'refs.bib'), BIBTEX('smith2020'));
    writeFileSync(join(outside, 'refs.bib'), BIBTEX('smith2020'));
    symlinkSync(join(dir, 'bib', 'refs.bib'), join(dir, 'linked.bib'));
    writeFileSync(join(dir, 'a.md'), '---\nbibliography: linked.bib\n---\n\nThis tea may help [@smith2020].\n');
    const check = (): Run => run(['check', '--cache', '--format', 'json', '.'], dir);
    assert.equal(fromCache(check()), 0);
    let result = check();
    assert.equal(fromCache(result), 3);
    assert.doesNotMatch(result.stdout, /outside the workspace/);
    // Same text through the link, but the link now leaves the root: refused, as a run without the cache says.
    unlinkSync(join(dir, 'linked.bib'));
    symlinkSync(join(outside, 'refs.bib'), join(dir, 'linked.bib'));
    result = check();
    assert.equal(fromCache(result), 2);
    assert.match(result.stdout, /outside the workspace/);
    assert.equal(result.code, 2);
  });

  it('ignores a cache that is corrupt, cut short or not its own with one warning, rewrites it, and keeps the exit code', () => {
    const dir = project();
    const cache = join(dir, '.claimlintcache');
    // One file keeps the many runs short.
    const fresh = run(['check', 'b.md'], dir);
    run(['check', '--cache', 'b.md'], dir);
    const valid = readFileSync(cache, 'utf8');
    const [header, body] = valid.split('\n') as [string, string];
    const broken: Record<string, string> = {
      'random bytes': '\u0000\u00ff\u0013garbage',
      'cut short': valid.slice(0, Math.floor(valid.length / 2)),
      'without its body': `${header}\n`,
      'a body that does not match its checksum': `${header}\n${body.replace('"check"', '"check" ')}\n`,
      "another tool's": '{"version":"9.0.0","files":{}}\n',
      'another cache format': `${header.replace('"format":1', '"format":2')}\n${body}\n`,
      empty: '',
    };
    for (const [what, text] of Object.entries(broken)) {
      writeFileSync(cache, text);
      const result = run(['check', '--cache', 'b.md'], dir);
      const warnings = result.stderr.split('\n').filter((line) => line.startsWith('claimlint: warning:'));
      assert.equal(warnings.length, 1, `${what}: ${result.stderr}`);
      assert.match(warnings[0]!, /^claimlint: warning: the cache .+\.claimlintcache .+; it is ignored and will be rewritten$/);
      assert.equal(result.code, fresh.code, what);
      assert.equal(result.stdout, fresh.stdout, what);
      const again = run(['check', '--cache', 'b.md'], dir);
      assert.doesNotMatch(again.stderr, /warning/, `${what}: rewritten`);
      assert.equal(fromCache(again), 1, what);
    }
  });

  it('never fails the run when the cache can be neither read nor written', () => {
    const dir = project();
    mkdirSync(join(dir, '.claimlintcache'));
    const fresh = run(['check', '.'], dir);
    const result = run(['check', '--cache', '.'], dir);
    assert.equal(result.code, fresh.code);
    assert.equal(result.stdout, fresh.stdout);
    assert.match(result.stderr, /^claimlint: warning: cannot read the cache .+\.claimlintcache \(.+\); it is ignored and will be rewritten$/m);
    assert.match(result.stderr, /^claimlint: warning: cannot write the cache .+\.claimlintcache \(.+\)$/m);
  });

  it('keeps the cache in the root folder unless --cache-location names a file or a folder, and leaves no temporary files', () => {
    const dir = project();
    const elsewhere = makeTempDir('cache-location');
    run(['check', '--cache', '--root', dir, join(dir, 'b.md')], elsewhere);
    assert.ok(existsSync(join(dir, '.claimlintcache')), 'default: in --root');
    assert.equal(readdirSync(elsewhere).length, 0, 'nothing in the working folder');

    const file = join(elsewhere, 'ci', 'claimlint.cache');
    assert.equal(fromCache(run(['check', '--cache', '--cache-location', file, '.'], dir)), 0);
    assert.equal(fromCache(run(['check', '--cache', '--cache-location', file, '.'], dir)), 3);
    assert.deepEqual(readdirSync(join(elsewhere, 'ci')), ['claimlint.cache'], 'written by renaming a temporary file, which is gone');

    const folder = join(elsewhere, 'folder');
    mkdirSync(folder);
    run(['check', '--cache', '--cache-location', folder, '.'], dir);
    assert.deepEqual(readdirSync(folder), ['.claimlintcache']);
    run(['check', '--cache', '--cache-location', `${join(elsewhere, 'new')}/`, '.'], dir);
    assert.deepEqual(readdirSync(join(elsewhere, 'new')), ['.claimlintcache'], 'a trailing separator names a folder');

    const usage = run(['check', '--cache-location', file, '.'], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--cache-location needs --cache/);
  });

  it('says nothing about the cache with --quiet', () => {
    const dir = project();
    run(['check', '--cache', '.'], dir);
    const result = run(['check', '--cache', '--quiet', '.'], dir);
    assert.equal(result.stderr, '');
  });
});

describe('what an analysis rests on (DocumentAnalysis.inputs)', () => {
  after(removeTempDirs);

  it('records the config search and file, the packs, the bibliography and the ledger, and notices a change', async () => {
    const dir = project();
    const session = createSession({ host: nodeHost(), roots: () => [dir] });
    const path = join(dir, 'a.md');
    const analysis = await session.analyse({ path, text: readFileSync(path, 'utf8') });
    const seen = (kind: string, file: string): boolean => analysis.inputs.some((input) => input.kind === kind && 'path' in input && input.path === file);
    assert.ok(seen('stat', join(dir, '.claimlint.yaml')), 'the config search');
    assert.ok(seen('text', join(dir, '.claimlint.yaml')), 'the config');
    assert.ok(seen('text', join(dir, 'demo', 'wonder-claims.yaml')), 'the extended pack');
    assert.ok(seen('list', join(dir, 'demo')), "the extended pack's files");
    assert.ok(
      analysis.inputs.some((input) => input.kind === 'text' && input.path.endsWith(join('rules', 'overclaim', 'pack.yaml'))),
      'the built-in packs',
    );
    assert.ok(seen('text', join(dir, 'refs-a.bib')), 'the bibliography');
    assert.ok(
      analysis.inputs.some((input) => input.kind === 'text' && input.path === join(dir, '.claimlint', 'decisions.yaml') && input.text === undefined),
      'the ledger, not there',
    );

    const keys = inputKeys(analysis.inputs)!;
    assert.equal(new Set(keys.map(([kind, subject]) => `${kind} ${subject}`)).size, keys.length, 'each observation once');
    const fs = nodeFileSystem();
    const holds = async (): Promise<boolean[]> => Promise.all(keys.map((key) => stillHolds(key, fs)));
    assert.ok((await holds()).every(Boolean));
    writeFileSync(join(dir, 'refs-a.bib'), BIBTEX('smith2020'));
    mkdirSync(join(dir, '.claimlint'));
    writeFileSync(join(dir, '.claimlint', 'decisions.yaml'), 'version: 1\ndecisions: []\n');
    const now = await holds();
    const changed = keys.filter((_, index) => !now[index]);
    assert.deepEqual(changed.map(([kind, subject]) => `${kind} ${subject}`).sort(), [`text ${join(dir, '.claimlint', 'decisions.yaml')}`, `text ${join(dir, 'refs-a.bib')}`]);
  });

  it('starts a new cache, without a warning, for another version or build of claimlint', () => {
    const body = '{"inputs":[],"files":{"check":{},"analyze":{}}}';
    const cache = (engine: string, build: string): string => `${JSON.stringify({ tool: 'claimlint-cache', format: 1, engine, build, checksum: sha256(body) })}\n${body}\n`;
    const identity = { engine: '0.1.0', build: 'b' };
    assert.ok('body' in readCacheText(cache('0.1.0', 'b'), identity));
    assert.deepEqual(readCacheText(cache('0.0.9', 'b'), identity), { stale: true });
    assert.deepEqual(readCacheText(cache('0.1.0', 'a'), identity), { stale: true });
  });
});
