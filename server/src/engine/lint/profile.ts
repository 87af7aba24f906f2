// A document's profile (audience, mode): which rules run for it, and how product mode rewrites findings.
import type { ResolvedConfig } from '../config/resolve';
import { readFrontMatter } from '../markdown/front-matter';
import type { Audience, Mode } from '../rules/model';
import { fillMessage, type FindingDraft } from './draft';

export interface Profile {
  audience: Audience;
  mode: Mode;
}

const DEFAULT_PROFILE = { audience: 'professional', mode: 'editorial' } as const;

/** The context's profile, else the config's; front matter `audience:` and `mode:` override either for one document. */
export function documentProfile(text: string, config: ResolvedConfig, contextProfile: Profile | undefined): Profile {
  const defaults = contextProfile ?? { audience: config.audience ?? DEFAULT_PROFILE.audience, mode: config.mode ?? DEFAULT_PROFILE.mode };
  if (!text.startsWith('---')) return defaults;
  const frontMatter = readFrontMatter(text);
  const audience = frontMatter.audience?.value;
  const mode = frontMatter.mode?.value;
  return {
    audience: audience === 'patient' || audience === 'professional' ? audience : defaults.audience,
    mode: mode === 'editorial' || mode === 'product' ? mode : defaults.mode,
  };
}

/** The rules that run for a profile: those whose `when` matches it, an extending rule in place of the one it extends. */
export function profileConfig(config: ResolvedConfig, profile: Profile): ResolvedConfig {
  const forProfile = config.rules.filter(({ rule }) => {
    const when = rule.definition.when;
    return !when || ((!when.audience || when.audience === profile.audience) && (!when.mode || when.mode === profile.mode));
  });
  // A rule that extends another replaces it where it runs: the house version, not both.
  const replaced = new Set(forProfile.flatMap(({ rule }) => (rule.definition.extends ? [rule.definition.extends] : [])));
  const rules = replaced.size > 0 ? forProfile.filter(({ rule }) => !replaced.has(rule.definition.id)) : forProfile;
  return rules.length === config.rules.length ? config : { ...config, rules };
}

/**
 * Product mode follows advertising regulators (domain reference §7): a hedge does
 * not cure a disease or level-of-support claim, so hedging fixes are dropped, the
 * rule's product severity applies, and "Remove this claim" is offered.
 */
export function forProduct(draft: FindingDraft, config: ResolvedConfig, text: string): FindingDraft {
  const definition = config.rules.find(({ rule }) => rule.definition.id === draft.ruleId)?.rule.definition;
  const removal = definition?.product?.removal === true;
  // A citation does not answer an advertising rule (`unless: cited` and `unless: attributed` hold in editorial copy
  // only), so the placeholder a ladder rule offers there is dropped; one that a merged needs-citation finding brings stays.
  const citationAnswers = definition?.unless === undefined || (draft.also ?? []).includes('citations/needs-citation');
  const fixes = draft.fixes.filter((fix) => fix.kind !== 'hedge' && !(fix.kind === 'cite' && (removal || !citationAnswers)));
  const sentence = draft.sentence;
  if (removal && sentence && !fixes.some((fix) => fix.kind === 'remove')) {
    let end = sentence.end;
    while (end < text.length && text[end] === ' ') end++;
    fixes.push({ title: 'Remove this claim', edits: [{ range: { start: sentence.start, end }, newText: '' }], kind: 'remove' });
  }
  if (fixes[0] && !fixes.some((fix) => fix.isPreferred)) fixes[0] = { ...fixes[0], isPreferred: true };
  const productMessage = definition?.messages?.['product'];
  // Only removal cures such a claim, so it has no citation slot (and no sentence from one).
  const { citationSlot: _slot, ...withoutSlot } = draft;
  return {
    ...(removal ? withoutSlot : draft),
    ...(productMessage ? { message: fillMessage(productMessage, draft.text, undefined) } : {}),
    severity: definition?.product?.severity ?? draft.severity,
    fixes,
  };
}
