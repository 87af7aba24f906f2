/**
 * Resolves which rules run, at which severity: rule defaults, then the packs the
 * project enables, then per-rule overrides from its config file.
 */
import picomatch from 'picomatch';
import configSchema from '../../../schema/config.schema.json';
import type { ChunkCheck, CitationScope } from '../checks/kind';
import { compilePhraseSearch } from '../checks/phrase-search';
import { phraseCheck } from '../checks/phrase';
import { compilePattern, PatternError } from '../text/patterns';
import type { CompiledRule, LoadedRules } from '../rules/load';
import type { ConfigFile } from '../rules/generated/config';
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
  citationScope: CitationScope;
  /** Defaults for documents whose front matter does not say. */
  audience: 'patient' | 'professional';
  mode: 'editorial' | 'product';
  /** Globs (relative to the config file) of documents never linted. */
  ignore: string[];
  /** House vocabulary: accepted phrases are never flagged, rejected ones always are. */
  vocabulary: { accept: string[]; reject: string[] };
  /** Finds accepted phrases; undefined when there are none. */
  accepted?: ChunkCheck;
  /** The decision ledger (relative to the config file) and how accepted findings show. */
  decisions: { file: string; accepted: 'hide' | 'hint' };
  /** Per-glob settings, applied by `configForDocument`. */
  overrides: OverrideData[];
  /** What this config was built from, so per-document variants can be built the same way. */
  origin?: { loaded: LoadedRules; data: ConfigData };
}

/** The settings a config file may hold (format v1; generated from config.schema.json). */
export type ConfigData = ConfigFile;

/** Settings that apply to the documents matching `files`. */
export type OverrideData = NonNullable<ConfigFile['overrides']>[number];

/** Settings a config file and an `overrides` entry share. */
type SharedSettings = Omit<OverrideData, 'files'>;

/** Reads and validates a config file; `data` is undefined when it has errors. */
export function readConfigFile(file: TextFile): { data: ConfigData | undefined; problems: Problem[]; extendsRanges: TextRange[] } {
  const parsed = parseDataFile(file, configSchema, 'config', {});
  if (parsed.problems.length > 0) return { data: undefined, problems: parsed.problems, extendsRanges: [] };
  const data = (parsed.value as ConfigData | null) ?? {};
  const list = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
  const extendsRanges = list.map((_, index) => nodeRange(parsed.document, Array.isArray(data.extends) ? ['extends', index] : ['extends'], file.text.length));
  return { data, problems: [], extendsRanges };
}

/** Layers `local` over `base`: rules merge per rule, vocabulary, ignore and overrides add up, every other setting replaces. */
export function mergeConfigData(base: ConfigData, local: ConfigData | SharedSettings): ConfigData {
  const { files: _files, ...settings } = local as OverrideData;
  const accept = [...(base.vocabulary?.accept ?? []), ...(local.vocabulary?.accept ?? [])];
  const reject = [...(base.vocabulary?.reject ?? []), ...(local.vocabulary?.reject ?? [])];
  const localConfig = local as ConfigData;
  return {
    ...base,
    ...settings,
    rules: mergeRuleSettings(base.rules ?? {}, local.rules ?? {}),
    vocabulary: { accept: [...new Set(accept)], reject: [...new Set(reject)] },
    ignore: [...(base.ignore ?? []), ...(localConfig.ignore ?? [])],
    overrides: [...(base.overrides ?? []), ...(localConfig.overrides ?? [])],
  };
}

type RuleSetting = NonNullable<ConfigData['rules']>[string];

/** Per rule: a later severity replaces an earlier one, options merge key by key (an options-only override keeps the severity). */
function mergeRuleSettings(base: Record<string, RuleSetting>, local: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const [id, setting] of Object.entries(local)) {
    const before = base[id];
    if (before === undefined || typeof setting === 'string') {
      merged[id] = setting;
      continue;
    }
    const earlier = typeof before === 'string' ? { severity: before } : before;
    const severity = setting.severity ?? earlier.severity;
    const options = { ...(earlier.options ?? {}), ...(setting.options ?? {}) };
    merged[id] = { ...(severity ? { severity } : {}), ...(Object.keys(options).length > 0 ? { options } : {}) };
  }
  return merged;
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
      const local = (parsed.value as ConfigData | null) ?? {};
      const report = (message: string, range: TextRange): void => {
        problems.push({ path: configFile.path, severity: 'error', message: `config: ${message}`, range });
      };
      const settingsAt = (settings: SharedSettings, at: Array<string | number>): void =>
        validateSettings(settings, at, {
          knownPacks,
          knownRuleIds,
          report,
          range: (path) => nodeRange(parsed.document, path, configFile.text.length),
          keyRange: (path, key) => keyRangeOf(parsed.document, path, key, configFile.text.length),
        });
      settingsAt(local, []);
      local.overrides?.forEach((override, index) => settingsAt(override, ['overrides', index]));
    }
  }
  return { config: buildConfig(loaded, data), problems };
}

/** What validating one block of settings needs. */
interface Validation {
  knownPacks: ReadonlySet<string>;
  knownRuleIds: ReadonlySet<string>;
  report(message: string, range: TextRange): void;
  range(path: Array<string | number>): TextRange;
  keyRange(path: Array<string | number>, key: string): TextRange;
}

/** Reports unknown packs and rules and malformed vocabulary phrases, at their place. */
function validateSettings(settings: SharedSettings, at: Array<string | number>, validation: Validation): void {
  const { knownPacks, knownRuleIds, report } = validation;
  settings.packs?.forEach((pack, index) => {
    if (!knownPacks.has(pack)) report(`unknown pack \`${pack}\`; known packs: ${[...knownPacks].sort().join(', ') || 'none'}`, validation.range([...at, 'packs', index]));
  });
  for (const id of Object.keys(settings.rules ?? {})) {
    if (!knownRuleIds.has(id)) report(`unknown rule \`${id}\``, validation.keyRange([...at, 'rules'], id));
  }
  for (const list of ['accept', 'reject'] as const) {
    settings.vocabulary?.[list]?.forEach((phrase, index) => {
      try {
        compilePattern(phrase);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        report(`vocabulary ${list} phrase: ${error.message}`, validation.range([...at, 'vocabulary', list, index]));
      }
    });
  }
  const files = (settings as OverrideData).files;
  for (const [index, glob] of (files === undefined ? [] : Array.isArray(files) ? files : [files]).entries()) {
    if (glob.startsWith('/') || glob.startsWith('../'))
      report(`override glob \`${glob}\` must be relative to this config file and inside its folder`, validation.range([...at, 'files', ...(Array.isArray(files) ? [index] : [])]));
  }
}

/** The rules that run, at which severity, for validated settings. */
function buildConfig(loaded: LoadedRules, data: ConfigData): ResolvedConfig {
  const knownPacks = new Set(loaded.packs.map((pack) => pack.name));
  const knownRuleIds = new Set(loaded.rules.map((rule) => rule.definition.id));
  const vocabulary = { accept: validPhrases(data.vocabulary?.accept), reject: validPhrases(data.vocabulary?.reject) };
  const enabledPacks = new Set(data.packs ?? loaded.packs.filter((pack) => pack.enabledByDefault !== false).map((pack) => pack.name));
  const rules: ActiveRule[] = [];
  for (const rule of loaded.rules) {
    const setting = data.rules?.[rule.definition.id];
    const override = typeof setting === 'object' ? setting.severity : setting;
    if (override === 'off') continue;
    // A rule that is off by default (`enabled: false`) runs only when the config names it.
    if (rule.definition.enabled === false && setting === undefined) continue;
    // Listing rejected phrases is asking for them to be flagged, whichever packs are listed.
    const wanted = enabledPacks.has(rule.definition.pack) || setting !== undefined || (rule.definition.vocabulary === 'reject' && vocabulary.reject.length > 0);
    if (!wanted) continue;
    const options = { ...(rule.definition.options ?? {}), ...(typeof setting === 'object' ? (setting.options ?? {}) : {}) };
    const active = rule.definition.vocabulary === 'reject' ? withVocabulary(rule, vocabulary.reject) : rule;
    if (active) rules.push({ rule: active, severity: override ?? rule.definition.severity, options });
  }
  const bibliography = data.bibliography === undefined ? [] : Array.isArray(data.bibliography) ? data.bibliography : [data.bibliography];
  return {
    rules,
    knownRuleIds,
    knownPacks,
    bibliography,
    citationScope: data.citationScope ?? 'preceding',
    audience: data.audience ?? 'professional',
    mode: data.mode ?? 'editorial',
    ignore: data.ignore ?? [],
    vocabulary,
    ...(vocabulary.accept.length > 0
      ? {
          accepted: compilePhraseSearch(
            vocabulary.accept.map((pattern) => ({ pattern, replacements: [] })),
            [],
          ),
        }
      : {}),
    overrides: data.overrides ?? [],
    decisions: { file: data.decisions?.file ?? '.claimlint/decisions.yaml', accepted: data.decisions?.accepted ?? 'hide' },
    origin: { loaded, data },
  };
}

/** A rule whose phrases come from the project's rejected vocabulary; undefined (not run) when that is empty. */
function withVocabulary(rule: CompiledRule, phrases: string[]): CompiledRule | undefined {
  if (phrases.length === 0) return undefined;
  const definition = { ...rule.definition, phrases };
  return { definition, check: phraseCheck.compile(definition) };
}

/** Phrases that compile; the others were reported when the config was read. */
function validPhrases(phrases: readonly string[] | undefined): string[] {
  return (phrases ?? []).filter((phrase) => {
    try {
      compilePattern(phrase);
      return true;
    } catch {
      return false;
    }
  });
}

const perDocument = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig | undefined>>();

/**
 * The configuration for one document, by its path relative to the config file's
 * folder (forward slashes): undefined when an `ignore` glob matches it, otherwise
 * the config with every matching `overrides` entry applied in order. Memoised, so
 * a document keeps its config object (and its lint memo) between runs.
 */
export function configForDocument(config: ResolvedConfig, relativePath: string | undefined): ResolvedConfig | undefined {
  if (relativePath === undefined || (config.ignore.length === 0 && config.overrides.length === 0)) return config;
  const path = relativePath.replace(/\\/g, '/');
  if (config.ignore.length > 0 && picomatch.isMatch(path, config.ignore, { dot: true })) return undefined;
  const matching = matchingOverrides(config, path);
  if (matching.length === 0 || !config.origin) return config;
  let cache = perDocument.get(config);
  if (!cache) perDocument.set(config, (cache = new Map()));
  const key = matching.join(',');
  if (!cache.has(key)) {
    const { loaded, data } = config.origin;
    const merged = matching.reduce((settings, index) => mergeConfigData(settings, config.overrides[index]!), { ...data, overrides: [] } as ConfigData);
    cache.set(key, { ...buildConfig(loaded, merged), ignore: config.ignore });
  }
  return cache.get(key);
}

/** Indexes of the `overrides` entries whose globs match `relativePath` (relative to the config file, forward slashes). */
export function matchingOverrides(config: ResolvedConfig, relativePath: string): number[] {
  return config.overrides.flatMap((override, index) => (picomatch.isMatch(relativePath, override.files, { dot: true }) ? [index] : []));
}
