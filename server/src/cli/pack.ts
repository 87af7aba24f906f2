/**
 * `claimlint pack test DIR` (a pack's CI: schema, ids, engine range, and every
 * rule's examples) and `claimlint pack new NAME` (a working pack to start from).
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ENGINE_VERSION, loadRules, testRuleExamples } from '../engine/index';
import { builtinRulesRoot } from '../node/node-host';
import { nodeFileSystem } from '../node/node-file-system';
import { readPackFiles } from '../node/packs';
import { positionsOf } from './positions';
import { readFileSync } from 'node:fs';

/** Tests the pack at `dir` (a folder with pack.yaml) or every pack inside it; returns the exit code. */
export async function packTest(dir: string, out: (line: string) => void): Promise<number> {
  const fs = nodeFileSystem();
  const folder = resolve(dir);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    out(`claimlint: no such folder: ${dir}`);
    return 2;
  }
  const single = existsSync(join(folder, 'pack.yaml')) || existsSync(join(folder, 'pack.yml'));
  const root = single ? dirname(folder) : folder;
  const files = (await readPackFiles(fs, root)).filter((file) => !single || file.relativePath.startsWith(`${basename(folder)}/`));
  // The built-in packs load beside the tested ones, so rules that extend a built-in rule find their base;
  // only the tested files' rules, packs and problems are reported.
  const tested = new Set(files.map((file) => file.path));
  const bases = resolve(builtinRulesRoot()) === resolve(root) ? [] : (await readPackFiles(fs, builtinRulesRoot())).filter((file) => !files.some((own) => own.relativePath === file.relativePath));
  const all = loadRules([...bases, ...files]);
  const loaded = {
    packs: all.packs.filter((pack) => tested.has(pack.path)),
    rules: all.rules.filter((rule) => tested.has(rule.definition.path)),
    problems: all.problems.filter((problem) => tested.has(problem.path)),
  };
  for (const problem of loaded.problems) {
    const where = problem.range ? positionsOf(readFileSync(problem.path, 'utf8'))(problem.range).start : undefined;
    out(`${relative(process.cwd(), problem.path)}${where ? `:${where.line + 1}:${where.character + 1}` : ''}  ${problem.severity}  ${problem.message}`);
  }
  let passed = 0;
  let failed = 0;
  for (const rule of loaded.rules) {
    for (const result of testRuleExamples(rule)) {
      if (result.failures.length === 0) passed++;
      else {
        failed++;
        out(`FAIL ${result.ruleId} ${result.kind} example ${result.index + 1}: ${result.example}`);
        for (const failure of result.failures) out(`     ${failure}`);
      }
    }
  }
  out(`packs: ${loaded.packs.map((pack) => `${pack.name} ${pack.version}`).join(', ') || 'none'} (engine ${ENGINE_VERSION}), ${loaded.rules.length} rules`);
  out(`${passed} passed, ${failed} failed`);
  if (loaded.problems.some((problem) => problem.severity === 'error')) return 2;
  return failed > 0 ? 1 : 0;
}

/** Creates `NAME/` with a manifest, one example rule and a README; returns the exit code. */
export function packNew(name: string, dir: string, out: (line: string) => void): number {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    out(`claimlint: a pack name is lower-case kebab case (for example house-style); \`${name}\` is not`);
    return 2;
  }
  const folder = join(resolve(dir), name);
  if (existsSync(folder) && readdirSync(folder).length > 0) {
    out(`claimlint: ${folder} already exists and is not empty`);
    return 2;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'pack.yaml'), `name: ${name}\nversion: 0.1.0\ndescription: House rules for health writing at our organisation.\nlicense: UNLICENSED\nengine: ">=${ENGINE_VERSION}"\n`);
  writeFileSync(
    join(folder, 'banned-phrases.yaml'),
    [
      'check: phrase',
      'severity: warning',
      'title: Phrases our editors do not accept',
      'message: "`{text}` is not house style for health claims; say what the evidence shows instead"',
      'rationale: House style avoids wording that promises more than health evidence usually supports.',
      'source:',
      '  citation: Our editorial style guide (replace with the section you follow)',
      '  url: https://example.org/style-guide',
      'phrases:',
      '  - "(works|worked) wonders"',
      '  - "{detox}"',
      'examples:',
      '  flagged:',
      '    - "This tea {{works wonders}} for bloating."',
      '    - "Juice cleanses {{detox}} the liver."',
      '  clean:',
      '    - "This tea may ease bloating in some people."',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'README.md'),
    `# ${name}\n\nA claimlint rule pack. One rule per YAML file; the format is documented in claimlint's rules/README.md.\n\n- Test it: \`claimlint pack test ${name}\` (run this in CI).\n- Use it: list its parent folder under \`packs\` in \`.claimlint.yaml\`.\n`,
  );
  out(`created ${relative(process.cwd(), folder) || folder}: pack.yaml, banned-phrases.yaml, README.md`);
  out(`next: claimlint pack test ${relative(process.cwd(), folder) || folder}`);
  return 0;
}
