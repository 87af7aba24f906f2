/**
 * What a `check` run loads before it knows it has to lint: nothing of the engine (but its version) nor the session,
 * so a run where every file is cached starts in a fraction of the time. Read from the import graph (the bundle keeps
 * modules reached only through `import()` unevaluated until then): from main.ts and from check.ts, the static value
 * imports reach no heavy module, and the linting module (parallel.ts) is imported dynamically.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/rules';

const DEPCRUISE = join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const CONFIG = join(REPO_ROOT, '.dependency-cruiser.cjs');

interface Module {
  source: string;
  dependencies: Array<{ resolved: string; dependencyTypes: string[] }>;
}

function importGraph(entry: string): Map<string, Module> {
  const run = spawnSync(process.execPath, [DEPCRUISE, entry, '--config', CONFIG, '--output-type', 'json'], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.stdout, `depcruise printed nothing (exit ${run.status}): ${run.stderr}`);
  const { modules } = JSON.parse(run.stdout) as { modules: Module[] };
  return new Map(modules.map((module) => [module.source, module]));
}

/** Modules evaluated when `from` is: its static value imports, transitively (type-only and `import()` excluded). */
function loadedWith(graph: Map<string, Module>, from: string): Set<string> {
  const loaded = new Set<string>();
  const pending = [from];
  while (pending.length > 0) {
    const source = pending.pop()!;
    if (loaded.has(source)) continue;
    loaded.add(source);
    for (const dependency of graph.get(source)?.dependencies ?? [])
      if (!dependency.dependencyTypes.some((type) => type === 'type-only' || type === 'dynamic-import' || type === 'core')) pending.push(dependency.resolved);
  }
  return loaded;
}

const HEAVY = /^server\/src\/(engine\/(?!version\.ts$)|node\/(session|project|bibliography|decisions|packs|extends|node-host)\.ts$|cli\/(report|parallel|config|decisions|pack)\.ts$)/;

describe('what a check run loads before it lints', function () {
  this.timeout(60_000);

  it('neither the engine nor the session, from main.ts or check.ts; the linting module only by import()', () => {
    const graph = importGraph('server/src/cli/main.ts');
    for (const entry of ['server/src/cli/main.ts', 'server/src/cli/check.ts']) {
      const heavy = [...loadedWith(graph, entry)].filter((source) => HEAVY.test(source));
      assert.deepEqual(heavy, [], `${entry} loads ${heavy.join(', ')}`);
    }
    const parallel = graph.get('server/src/cli/check.ts')!.dependencies.find((dependency) => dependency.resolved === 'server/src/cli/parallel.ts');
    assert.deepEqual(parallel?.dependencyTypes.includes('dynamic-import'), true);
    assert.ok(loadedWith(graph, 'server/src/cli/parallel.ts').has('server/src/engine/index.ts'), 'the check sees the engine where it is loaded');
  });
});
