/**
 * What a report says about each rule loaded for a run (SARIF's `tool.driver.rules`): taken from the projects the
 * session loaded, so a run over several configs (team packs, `extends`) describes every rule any of them loaded.
 * Plain data, so worker threads can send it back.
 */
import type { Project } from '../node/project';
import type { Severity } from '../engine/index';

/** One loaded rule, as reports describe it. */
export interface RuleDescription {
  id: string;
  title?: string;
  /** The message template as written in the rule (`{text}` and other placeholders unfilled). */
  message: string;
  rationale: string;
  /** The rule's own default severity (configs may change it per project; results carry the severity used). */
  severity: Severity;
  pack: string;
  packVersion?: string;
  /** False when the rule's pack is off unless a config lists it (`enabledByDefault: false`). */
  enabledByDefault: boolean;
  source: { citation: string; url?: string; section?: string };
  /** The rule this one extends, if any. */
  extends?: string;
  /** Ships with claimlint, so it has a generated page under `docs/rules/`. */
  builtin: boolean;
}

/** Every rule loaded by `projects`, one per id, sorted by id. */
export function describeRules(projects: readonly Project[], isBuiltin: (ruleId: string) => boolean): RuleDescription[] {
  const all: RuleDescription[] = [];
  for (const project of projects) {
    const loaded = project.config.origin?.loaded;
    const packs = new Map((loaded?.packs ?? []).map((pack) => [pack.name, pack]));
    const rules = loaded ? loaded.rules : project.config.rules.map((active) => active.rule);
    for (const { definition } of rules) {
      const pack = packs.get(definition.pack);
      const { citation, url, section } = definition.source;
      all.push({
        id: definition.id,
        ...(definition.title ? { title: definition.title } : {}),
        message: definition.message,
        rationale: definition.rationale,
        severity: definition.severity,
        pack: definition.pack,
        ...(pack?.version ? { packVersion: pack.version } : {}),
        enabledByDefault: pack?.enabledByDefault !== false,
        source: { citation, ...(url ? { url } : {}), ...(section ? { section } : {}) },
        ...(definition.extends ? { extends: definition.extends } : {}),
        builtin: isBuiltin(definition.id),
      });
    }
  }
  return mergeRuleDescriptions([all]);
}

/**
 * One description per id, sorted by id. When two projects describe one id differently (two team packs with the same
 * rule name), the first in a fixed order is kept, so the result does not depend on which files a run saw first.
 */
export function mergeRuleDescriptions(lists: ReadonlyArray<readonly RuleDescription[] | undefined>): RuleDescription[] {
  const byId = new Map<string, { rule: RuleDescription; key: string }>();
  for (const list of lists) {
    for (const rule of list ?? []) {
      const key = JSON.stringify(rule);
      const kept = byId.get(rule.id);
      if (!kept || key < kept.key) byId.set(rule.id, { rule, key });
    }
  }
  return [...byId.values()].map(({ rule }) => rule).sort((a, b) => compareText(a.id, b.id));
}

/** The rules of several batches (worker threads), when they described any. */
export function mergedRules(batches: ReadonlyArray<{ rules?: RuleDescription[] }>): { rules?: RuleDescription[] } {
  return batches.some((batch) => batch.rules) ? { rules: mergeRuleDescriptions(batches.map((batch) => batch.rules)) } : {};
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
