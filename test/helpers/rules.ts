/**
 * Test helpers shared by engine tests: the built-in rules, resolved once.
 */
import { join } from 'node:path';
import { resolveConfig, type LoadedRules, type ResolvedConfig } from '../../server/src/engine/index';
import { loadPackFolderSync as loadPackFolder } from '../../scripts/pack-files';
import '../../server/src/node/node-inflector';

export const REPO_ROOT = join(__dirname, '..', '..');
export const RULES_ROOT = join(REPO_ROOT, 'rules');

let cached: { loaded: LoadedRules; config: ResolvedConfig } | undefined;

/** The shipped packs with the default configuration. */
export function builtinRules(): { loaded: LoadedRules; config: ResolvedConfig } {
  if (!cached) {
    const loaded = loadPackFolder(RULES_ROOT);
    cached = { loaded, config: resolveConfig(loaded).config };
  }
  return cached;
}

/** A configuration with only `ruleId` active, at its default severity. */
export function onlyRule(ruleId: string): ResolvedConfig {
  const { config } = builtinRules();
  return { ...config, rules: config.rules.filter((active) => active.rule.definition.id === ruleId) };
}

export { applyEdits } from '../../server/src/engine/index';
