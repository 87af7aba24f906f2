/**
 * Resolves which rules run, at which severity: rule defaults, then the packs the
 * project enables, then per-rule overrides from its config file.
 */
import configSchema from '../../../schema/config.schema.json';
import type { CompiledRule, LoadedRules } from '../rules/load';
import { keyRangeOf, nodeRange, parseDataFile } from '../rules/yaml';
import type { Problem, Severity, TextFile, TextRange } from '../types';

/** A rule that will run, with its effective severity. */
export interface ActiveRule {
  rule: CompiledRule;
  severity: Severity;
  /** The rule's options with the config's overrides merged in. */
  options: Record<string, unknown>;
}

/** The configuration `lint` runs with. */
export interface ResolvedConfig {
  rules: ActiveRule[];
  /** Every loaded rule id and pack name, for validating inline directives. */
  knownRuleIds: ReadonlySet<string>;
  knownPacks: ReadonlySet<string>;
  /** Bibliography paths as written in the config file (relative to it). */
  bibliography: string[];
  citationScope: 'sentence' | 'paragraph';
  /** Defaults for documents whose front matter does not say. */
  audience: 'patient' | 'professional';
  mode: 'editorial' | 'product';
}

/** The settings a config file may hold (format v1). */
export interface ConfigData {
  packs?: string[];
  rules?: Record<string, Severity | 'off' | { severity?: Severity | 'off'; options?: Record<string, unknown> }>;
  bibliography?: string | string[];
  citationScope?: 'sentence' | 'paragraph';
  audience?: 'patient' | 'professional';
  mode?: 'editorial' | 'product';
  /** Shared configs or packs this one builds on: a relative path or an npm package name. */
  extends?: string | string[];
  /** Marks a project root (documentation: discovery takes the nearest file anyway). */
  root?: boolean;
}

/** Reads and validates a config file; `data` is undefined when it has errors. */
export function readConfigFile(file: TextFile): { data: ConfigData | undefined; problems: Problem[]; extendsRanges: TextRange[] } {
  const parsed = parseDataFile(file, configSchema, 'config');
  if (parsed.problems.length > 0) return { data: undefined, problems: parsed.problems, extendsRanges: [] };
  const data = (parsed.value as ConfigData | null) ?? {};
  const list = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  const extendsRanges = list.map((_, index) => nodeRange(parsed.document, Array.isArray(data.extends) ? ['extends', index] : ['extends'], file.text.length));
  return { data, problems: [], extendsRanges };
}

/** Layers `local` over `base`: rules merge per rule, every other setting replaces. */
export function mergeConfigData(base: ConfigData, local: ConfigData): ConfigData {
  return { ...base, ...local, rules: { ...(base.rules ?? {}), ...(local.rules ?? {}) } };
}

/** Resolves `loaded` rules against an optional config file layered over `inherited` settings (from `extends`). */
export function resolveConfig(loaded: LoadedRules, configFile?: TextFile, inherited: ConfigData = {}): { config: ResolvedConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  let data: ConfigData = inherited;
  const knownPacks = new Set(loaded.packs.map((pack) => pack.name));
  const knownRuleIds = new Set(loaded.rules.map((rule) => rule.definition.id));
  if (configFile) {
    const parsed = parseDataFile(configFile, configSchema, 'config');
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      data = mergeConfigData(inherited, (parsed.value as ConfigData | null) ?? {});
      data.packs?.forEach((pack, index) => {
        if (!knownPacks.has(pack))
          problems.push({
            path: configFile.path,
            severity: 'error',
            message: `config: unknown pack \`${pack}\`; known packs: ${[...knownPacks].sort().join(', ') || 'none'}`,
            range: nodeRange(parsed.document, ['packs', index], configFile.text.length),
          });
      });
      for (const id of Object.keys(data.rules ?? {})) {
        if (!knownRuleIds.has(id))
          problems.push({
            path: configFile.path,
            severity: 'error',
            message: `config: unknown rule \`${id}\``,
            range: keyRangeOf(parsed.document, ['rules'], id, configFile.text.length),
          });
      }
    }
  }
  const enabledPacks = new Set(
    data.packs ?? loaded.packs.filter((pack) => pack.enabledByDefault !== false).map((pack) => pack.name),
  );
  const rules: ActiveRule[] = [];
  for (const rule of loaded.rules) {
    const setting = data.rules?.[rule.definition.id];
    const override = typeof setting === 'object' ? setting.severity : setting;
    if (override === 'off') continue;
    if (!enabledPacks.has(rule.definition.pack) && setting === undefined) continue;
    const options = { ...(rule.definition.options ?? {}), ...(typeof setting === 'object' ? (setting.options ?? {}) : {}) };
    rules.push({ rule, severity: override ?? rule.definition.severity, options });
  }
  const bibliography = data.bibliography === undefined ? [] : Array.isArray(data.bibliography) ? data.bibliography : [data.bibliography];
  return {
    config: { rules, knownRuleIds, knownPacks, bibliography, citationScope: data.citationScope ?? 'sentence', audience: data.audience ?? 'professional', mode: data.mode ?? 'editorial' },
    problems,
  };
}
