/**
 * `claimlint config --print FILE`: the configuration a document gets, and where
 * each value comes from (rule default, an extended config or package, the
 * project's config file, the document's front matter).
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { matchingOverrides, readConfigFile, readFrontMatter } from '../engine/index';
import { resolveExtends } from '../node/extends';
import { resolveNodePackage } from '../node/node-packages';
import { findConfigFile, projectForDocument } from '../node/project';
import { cliSession, type RunOptions } from './report';

/** Prints the resolved configuration of `file` as JSON; returns the exit code. */
export async function printConfig(file: string, options: Pick<RunOptions, 'config' | 'root'>, out: (text: string) => void): Promise<number> {
  const session = cliSession(options);
  const fs = session.fileSystem;
  const host = { fs, resolvePackage: resolveNodePackage };
  const path = resolve(file);
  const text = await fs.readFile(path);
  const configPath = options.config ? resolve(options.config) : await findConfigFile(fs, dirname(path));
  const folderProject = await session.projectFor(path);
  const relativePath = configPath ? relative(dirname(configPath), path).split(sep).join('/') : undefined;
  const applied = relativePath && !relativePath.startsWith('../') ? matchingOverrides(folderProject.config, relativePath) : [];
  const documentProject = projectForDocument(folderProject, path);
  const project = documentProject ?? folderProject;
  const local = configPath ? readConfigFile({ path: configPath, text: await fs.readFile(configPath) }) : undefined;
  const extended = configPath && local?.data ? await resolveExtends(host, configPath, local.data, local.extendsRanges) : undefined;
  const overrideOf = (id: string): number | undefined => [...applied].reverse().find((index) => local?.data?.overrides?.[index]?.rules?.[id] !== undefined);
  const origin = (id: string): string =>
    overrideOf(id) !== undefined
      ? `config ${configPath} overrides[${overrideOf(id)}]`
      : local?.data?.rules?.[id] !== undefined
        ? `config ${configPath}`
        : extended?.data.rules?.[id] !== undefined
          ? 'extends'
          : 'rule default';
  const frontMatter = readFrontMatter(text);
  const { bibliography } = await session.analyse({ path, text });
  const settingOverride = (key: 'audience' | 'mode'): number | undefined => [...applied].reverse().find((index) => local?.data?.overrides?.[index]?.[key] !== undefined);
  const setting = <T>(key: 'audience' | 'mode', value: T): { value: T; from: string } => ({
    value: (frontMatter[key]?.value as T | undefined) ?? value,
    from: frontMatter[key]
      ? 'front matter'
      : settingOverride(key) !== undefined
        ? `config ${configPath} overrides[${settingOverride(key)}]`
        : local?.data?.[key] !== undefined
          ? `config ${configPath}`
          : extended?.data[key] !== undefined
            ? 'extends'
            : 'default',
  });
  const report = {
    document: path,
    configFile: configPath ?? null,
    extends: project.extended,
    ignored: documentProject === undefined,
    overrides: applied.map((index) => ({ index, files: folderProject.config.overrides[index]!.files })),
    vocabulary: project.config.vocabulary,
    packs: [...new Set(project.config.rules.map((active) => active.rule.definition.pack))].sort(),
    rules: Object.fromEntries(
      project.config.rules.map((active) => [
        active.rule.definition.id,
        { severity: active.severity, from: origin(active.rule.definition.id), ...(Object.keys(active.options).length ? { options: active.options } : {}) },
      ]),
    ),
    bibliography: { from: bibliography.origin, files: bibliography.context.bibliography.files.map((f) => f.path), entries: bibliography.context.bibliography.entries.size },
    citationScope: { value: project.config.citationScope, from: local?.data?.citationScope !== undefined ? `config ${configPath}` : 'default' },
    audience: setting('audience', project.config.audience),
    mode: setting('mode', project.config.mode),
    problems: [...project.problems, ...bibliography.problems].map((problem) => `${problem.path}: ${problem.message}`),
  };
  out(JSON.stringify(report, null, 2));
  return report.problems.length > 0 ? 2 : 0;
}
