/**
 * `lint`: Markdown text and a resolved configuration in, findings and problems out.
 * Synchronous and total: it never throws on document text, and every range it
 * returns lies inside the text.
 *
 * Findings are computed per chunk (see markdown/chunks.ts) and memoised by chunk
 * text and configuration; directives and suppression fixes, which depend on the
 * whole document, are applied afterwards.
 */
import { coverageOf, findableCitations } from '../citations/coverage';
import { META_HEADING, REPORTED_LEAD_IN } from '../citations/frames';
import { referenceSections, sectionHeadings } from '../markdown/sections';
import { recognizeCitations } from '../citations/recognize';
import type { Candidate, ChunkCheck, DocumentCandidate, DocumentCheck, DocumentFacts, LintContext } from '../checks/kind';
import { EMPTY_BIBLIOGRAPHY } from '../bibliography/model';
import type { ResolvedConfig } from '../config/resolve';
import { prepareDocument, sentenceOfToken, TextMemo, type PreparedChunk, type PreparedDocument } from '../document';
import { readDirectives } from './directives';
import { replacementFixes, rewriteLadderFixes } from '../fixes';
import { DEFAULT_GUARDS, firstApplyingGuard, type GuardName } from '../guards';
import { sourceRange, type ProseBlock } from '../markdown/prose';
import type { Audience, Mode, Scope } from '../rules/model';
import { readFrontMatter } from '../markdown/front-matter';
import { disableFileFix, disableFix, type BlockPlacement } from './disable-fixes';
import { lineInfo } from '../text/lines';
import { upperBound } from '../text/sorted';
import type { Finding, Fix, LintResult, Problem, SourceDocument, TextRange } from '../types';

const CHECK_FAILED = 'claimlint/check-failed';

/** A finding inside one chunk, with chunk-relative ranges and its block's placement. */
interface ChunkFinding {
  finding: Omit<Finding, 'suppressions'>;
  placement: BlockPlacement;
  /** The sentence holding the finding (for "Remove this claim" in product mode). */
  sentence?: TextRange;
}

const findingMemos = new WeakMap<ResolvedConfig, TextMemo<ChunkFinding[]>>();

const DEFAULT_CONTEXT: LintContext = { bibliography: EMPTY_BIBLIOGRAPHY, citationScope: 'preceding' };
const DEFAULT_PROFILE = { audience: 'professional', mode: 'editorial' } as const;

/** Lints one document; `context` carries its bibliography and citation settings. */
export function lint(document: SourceDocument, config: ResolvedConfig, context: LintContext = DEFAULT_CONTEXT): LintResult {
  try {
    return lintUnsafe(document, config, context);
  } catch (error) {
    // Defence in depth: a bug must cost the writer one message, not the editor session.
    return {
      findings: [],
      problems: [{ path: document.path, severity: 'error', message: `claimlint failed on this document: ${describeError(error)}` }],
    };
  }
}

function lintUnsafe(document: SourceDocument, fullConfig: ResolvedConfig, context: LintContext): LintResult {
  const text = document.text;
  const profile = documentProfile(text, context.profile ?? { audience: fullConfig.audience ?? DEFAULT_PROFILE.audience, mode: fullConfig.mode ?? DEFAULT_PROFILE.mode });
  // Rules that ask for a profile (`when: { audience: patient }`) run only for it.
  const config = profileConfig(fullConfig, profile);
  const prepared = prepareDocument(text);
  const lines = lineInfo(text);
  const html = prepared.chunks.flatMap(({ start, chunk }) => chunk.structure.html.map((range) => shift(range, start)));
  const { suppressions, problems } = readDirectives(html, text, lines.starts, { ruleIds: config.knownRuleIds, packs: config.knownPacks }, document.path);
  // A rule that extends another also answers to the base rule's id, so existing directives keep working.
  const baseOf = extendedRuleIds(config);
  const isSuppressed = (ruleId: string, offset: number): boolean => {
    if (suppressions.isSuppressed(ruleId, offset)) return true;
    const base = baseOf.get(ruleId);
    return base !== undefined && suppressions.isSuppressed(base, offset);
  };
  let memo = findingMemos.get(fullConfig);
  if (!memo) {
    memo = new TextMemo(5000);
    findingMemos.set(fullConfig, memo);
  }
  const profileKey = `${profile.audience}/${profile.mode}\u0000`;
  const findings: Finding[] = [];
  for (const { start, chunk } of prepared.chunks) {
    for (const { finding, placement, sentence } of memo.get(profileKey + chunk.text, () => lintChunk(chunk, config))) {
      const range = shift(finding.range, start);
      if (finding.ruleId !== CHECK_FAILED && isSuppressed(finding.ruleId, range.start)) continue;
      const block = { range: shift(placement.range, start), ...(placement.table ? { table: shift(placement.table, start) } : {}), ...(placement.listItem ? { listItem: placement.listItem } : {}) };
      findings.push({
        ...finding,
        range,
        fixes: finding.fixes.map((fix) => shiftFix(fix, start)),
        suppressions: finding.ruleId === CHECK_FAILED ? [] : [disableFix(text, lines, block, finding.ruleId, range), disableFileFix(text, lines, finding.ruleId)],
        ...(sentence ? { sentenceRange: shift(sentence, start) } : {}),
        blockRange: block.range,
      } as Finding & { sentenceRange?: TextRange; blockRange?: TextRange });
    }
  }
  // Citations are recognised once, and only when a rule needs them.
  let facts: DocumentFacts | undefined;
  const documentFacts = (): DocumentFacts => (facts ??= { context, citations: recognizeCitations(prepared) });
  // Advertising rules do not bend to a citation (domain reference §7): only editorial copy defers to its sources.
  if (profile.mode !== 'product') dropCitedFindings(findings, config, prepared, documentFacts);
  findings.push(...lintDocumentChecks(prepared, config, documentFacts, (ruleId, range) => isSuppressed(ruleId, range.start), lines, findings));
  dropNotTheWritersClaims(findings, prepared, documentFacts);
  const accepted = acceptedRanges(prepared, config);
  if (accepted.length > 0) {
    // Accepted vocabulary is never flagged, by any rule: drop findings that lie inside an accepted phrase.
    const kept = findings.filter((finding) => !accepted.some((range) => range.start <= finding.range.start && finding.range.end <= range.end));
    findings.splice(0, findings.length, ...kept);
  }
  const adjusted = profile.mode === 'product' ? findings.map((finding) => forProduct(finding, config, text)) : findings.map(stripSentence);
  return { findings: keepInBounds(adjusted, text.length, problems, document.path).sort(compareFindings), problems, unusedDirectives: suppressions.unused() };
}

/** Where the project's accepted vocabulary occurs, in absolute offsets. */
function acceptedRanges(prepared: PreparedDocument, config: ResolvedConfig): TextRange[] {
  const search = config.accepted;
  if (!search) return [];
  const ranges: TextRange[] = [];
  for (const { start, chunk } of prepared.chunks) {
    search.run(chunk, (candidate) => {
      const block = chunk.blocks[candidate.block]!;
      const tokens = chunk.tokens[candidate.block]!;
      ranges.push(shift(sourceRange(block, tokens[candidate.from]!.start, tokens[candidate.to - 1]!.end), start));
    }, {});
  }
  return ranges;
}

/** Extending rule id → the id of the rule it extends, for the active rules. */
export function extendedRuleIds(config: Pick<ResolvedConfig, 'rules'>): Map<string, string> {
  return new Map(config.rules.flatMap(({ rule }) => (rule.definition.extends ? [[rule.definition.id, rule.definition.extends] as const] : [])));
}

/** Front matter `audience:` and `mode:` override the project's defaults for one document. */
function documentProfile(text: string, defaults: { audience: Audience; mode: Mode }): { audience: Audience; mode: Mode } {
  if (!text.startsWith('---')) return defaults;
  const frontMatter = readFrontMatter(text);
  const audience = frontMatter.audience?.value;
  const mode = frontMatter.mode?.value;
  return {
    audience: audience === 'patient' || audience === 'professional' ? audience : defaults.audience,
    mode: mode === 'editorial' || mode === 'product' ? mode : defaults.mode,
  };
}

function profileConfig(config: ResolvedConfig, profile: { audience: string; mode: string }): ResolvedConfig {
  const forProfile = config.rules.filter(({ rule }) => {
    const when = rule.definition.when;
    return !when || ((!when.audience || when.audience === profile.audience) && (!when.mode || when.mode === profile.mode));
  });
  // A rule that extends another replaces it where it runs: the house version, not both.
  const replaced = new Set(forProfile.flatMap(({ rule }) => (rule.definition.extends ? [rule.definition.extends] : [])));
  const rules = replaced.size > 0 ? forProfile.filter(({ rule }) => !replaced.has(rule.definition.id)) : forProfile;
  return rules.length === config.rules.length ? config : { ...config, rules };
}

function stripSentence(finding: Finding & { sentenceRange?: TextRange; blockRange?: TextRange }): Finding {
  const { sentenceRange, blockRange: _block, ...rest } = finding;
  const sentence = sentenceRange ?? finding.citationSlot?.sentence;
  return sentence ? { ...rest, sentence } : rest;
}

/**
 * Product mode follows advertising regulators (domain reference §7): a hedge does
 * not cure a disease or level-of-support claim, so hedging fixes are dropped, the
 * rule's product severity applies, and "Remove this claim" is offered.
 */
function forProduct(withSentence: Finding & { sentenceRange?: TextRange; blockRange?: TextRange }, config: ResolvedConfig, text: string): Finding {
  const { sentenceRange, blockRange: _block, ...finding } = withSentence;
  const definition = config.rules.find(({ rule }) => rule.definition.id === finding.ruleId)?.rule.definition;
  const removal = definition?.product?.removal === true;
  const fixes = finding.fixes.filter((fix) => fix.kind !== 'hedge' && !(removal && fix.kind === 'cite'));
  if (removal) delete finding.citationSlot;
  if (removal && sentenceRange && !fixes.some((fix) => fix.kind === 'remove')) {
    let end = sentenceRange.end;
    while (end < text.length && text[end] === ' ') end++;
    fixes.push({ title: 'Remove this claim', edits: [{ range: { start: sentenceRange.start, end }, newText: '' }], kind: 'remove' });
  }
  if (fixes[0] && !fixes.some((fix) => fix.isPreferred)) fixes[0] = { ...fixes[0], isPreferred: true };
  const productMessage = definition?.messages?.['product'];
  const sentence = sentenceRange ?? finding.citationSlot?.sentence;
  return {
    ...finding,
    ...(sentence ? { sentence } : {}),
    ...(productMessage ? { message: fillMessage(productMessage, finding.text, undefined) } : {}),
    severity: definition?.product?.severity ?? finding.severity,
    fixes,
  };
}

/** Findings of the document-level rules (citations, reference lists), not memoised. */
function lintDocumentChecks(
  prepared: PreparedDocument,
  config: ResolvedConfig,
  documentFacts: () => DocumentFacts,
  isSuppressed: (ruleId: string, range: TextRange) => boolean,
  lines: ReturnType<typeof lineInfo>,
  earlier: readonly Finding[],
): Finding[] {
  // One squiggle per span: a candidate with alternatives moves off spans other rules already flag.
  const occupied = overlapIndex(earlier.map((finding) => finding.range));
  const documentRules = config.rules.filter(({ rule }) => isDocumentCheck(rule.check));
  if (documentRules.length === 0) return [];
  const facts = documentFacts();
  const findings: Finding[] = [];
  for (const { rule, severity, options } of documentRules) {
    const definition = rule.definition;
    try {
      (rule.check as DocumentCheck).runDocument(prepared, facts, (proposed: DocumentCandidate) => {
        const free = proposed.alternatives && occupied(proposed.range) ? proposed.alternatives.find((alternative) => !occupied(alternative.range)) : undefined;
        const candidate = free ? { ...proposed, range: free.range, ...(free.variant ? { variant: free.variant } : {}) } : proposed;
        if (isSuppressed(definition.id, candidate.range)) return;
        const text = prepared.source.slice(candidate.range.start, candidate.range.end);
        const message = fillMessage((candidate.variant && definition.messages?.[candidate.variant]) || definition.message, text, candidate.values);
        // No free span left: the finding already on these words carries this one too (message, fixes, citation slot),
        // so the writer sees one squiggle with both notes, not two.
        const shared = proposed.alternatives && !free ? sharedFinding(earlier, candidate.range) : undefined;
        if (shared) {
          Object.assign(shared, {
            message: `${shared.message}; ${message}`,
            fixes: uniqueFixes([...shared.fixes, ...(candidate.fixes ?? [])]),
            ...(candidate.citationSlot && !shared.citationSlot ? { citationSlot: candidate.citationSlot } : {}),
            also: [...(shared.also ?? []), definition.id],
          });
          return;
        }
        findings.push({
          ruleId: definition.id,
          ...(definition.title ? { title: definition.title } : {}),
          severity: milder(severity, candidate.severity),
          message,
          range: candidate.range,
          text,
          fixes: candidate.fixes ?? [],
          suppressions: [disableFix(prepared.source, lines, placementAt(prepared, candidate.range.start), definition.id, candidate.range), disableFileFix(prepared.source, lines, definition.id)],
          rationale: definition.rationale,
          source: definition.source,
          ...(candidate.citationSlot ? { citationSlot: candidate.citationSlot } : {}),
          ...(candidate.explanation ? { explanation: candidate.explanation } : {}),
        });
      }, options);
    } catch (error) {
      findings.push({ ...checkFailed(definition.id, error), suppressions: [] });
    }
  }
  return findings;
}

// Rules about the reference list itself still apply in any section.
const REFERENCE_RULES = /^citations\/(?:missing-reference|unused-reference|duplicate-reference|unknown-key|placeholder)$/;

/**
 * Removes claim findings where the words are not the writer's own claim about health: items of a list introduced as
 * other people's claims ("Competing claims:"), sections about the page itself ("How to contribute"), and reference lists.
 */
function dropNotTheWritersClaims(findings: Finding[], prepared: PreparedDocument, documentFacts: () => DocumentFacts): void {
  if (findings.length === 0) return;
  const headingAt = sectionHeadings(prepared);
  const references = referenceSections(prepared);
  let coverage: ReturnType<typeof coverageOf> | undefined;
  const blocks = blockIndex(prepared);
  const kept = findings.filter((finding) => {
    if (REFERENCE_RULES.test(finding.ruleId) || finding.ruleId === CHECK_FAILED) return true;
    if (META_HEADING.test(headingAt(finding.range.start))) return false;
    // Titles and notes in a reference list are not claims.
    if (references.some((section) => section.start < finding.range.start && finding.range.start < section.end)) return false;
    const block = blocks(finding.range.start);
    if (!block?.listItem?.list) return true;
    coverage ??= coverageOf(prepared, documentFacts().citations.citations, documentFacts().context.citationScope);
    const lead = coverage.leadIn(block.range);
    return !(lead && REPORTED_LEAD_IN.test(prepared.source.slice(lead.start, lead.end)));
  });
  findings.splice(0, findings.length, ...kept);
}

/** The prose block (absolute range, list item) holding an offset. */
function blockIndex(prepared: PreparedDocument): (offset: number) => { range: TextRange; listItem?: ProseBlock['listItem'] } | undefined {
  const blocks = prepared.chunks.flatMap(({ start, chunk }) => chunk.blocks.map((block) => ({ range: shift(block.range, start), ...(block.listItem ? { listItem: block.listItem } : {}) })));
  const starts = blocks.map((block) => block.range.start);
  return (offset) => {
    const block = blocks[upperBound(starts, offset) - 1];
    return block && offset <= block.range.end ? block : undefined;
  };
}

/** Removes the findings of `unless: cited` rules whose sentence a citation covers (citations/coverage.ts). */
function dropCitedFindings(findings: Finding[], config: ResolvedConfig, prepared: PreparedDocument, documentFacts: () => DocumentFacts): void {
  const rules = new Set(config.rules.filter(({ rule }) => rule.definition.unless === 'cited').map(({ rule }) => rule.definition.id));
  if (rules.size === 0 || !findings.some((finding) => rules.has(finding.ruleId))) return;
  const facts = documentFacts();
  const coverage = coverageOf(prepared, findableCitations(facts.citations), facts.context.citationScope, { placeholders: false });
  const kept = findings.filter((finding) => {
    const sentence = (finding as Finding & { sentenceRange?: TextRange }).sentenceRange;
    const block = (finding as Finding & { blockRange?: TextRange }).blockRange;
    return !(rules.has(finding.ruleId) && sentence && block && coverage.covering(sentence, block));
  });
  findings.splice(0, findings.length, ...kept);
}

/** The earlier finding on exactly these words, or on words that contain them. */
function sharedFinding(earlier: readonly Finding[], range: TextRange): Finding | undefined {
  return earlier.find((finding) => finding.range.start <= range.start && range.end <= finding.range.end);
}

/** A test "does any of these ranges overlap this one?" in O(log n) for short ranges (findings are words or phrases). */
function overlapIndex(ranges: TextRange[]): (range: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((max, range) => Math.max(max, range.end - range.start), 0);
  return (range) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.start < range.end) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && sorted[i]!.start >= range.start - longest; i--) if (sorted[i]!.end > range.start) return true;
    return false;
  };
}

const SEVERITY_ORDER = ['error', 'warning', 'info', 'hint'] as const;

/** The milder of a rule's severity and a candidate's own (a candidate can only lower it). */
function milder(rule: Finding['severity'], candidate: Finding['severity'] | undefined): Finding['severity'] {
  return candidate && SEVERITY_ORDER.indexOf(candidate) > SEVERITY_ORDER.indexOf(rule) ? candidate : rule;
}

function isDocumentCheck(check: ChunkCheck | DocumentCheck): check is DocumentCheck {
  return 'runDocument' in check;
}

function fillMessage(template: string, text: string, values: Record<string, string> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'text' ? text.replace(/\s+/g, ' ') : (values?.[name] ?? whole)));
}

/** The placement of the block holding `offset`, for the disable fix; a plain line otherwise. */
function placementAt(prepared: PreparedDocument, offset: number): BlockPlacement {
  for (const { start, chunk } of prepared.chunks) {
    if (offset < start || offset > start + chunk.text.length) continue;
    for (const block of chunk.blocks) {
      if (offset >= block.range.start + start && offset <= block.range.end + start) {
        const placement = placementOf(block);
        return { range: shift(placement.range, start), ...(placement.table ? { table: shift(placement.table, start) } : {}), ...(placement.listItem ? { listItem: placement.listItem } : {}) };
      }
    }
  }
  // Outside prose (a reference-list item or footnote definition): the line itself,
  // after its list marker, so the comment stays inside the list.
  const marker = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+/.exec(prepared.source.slice(offset, offset + 16));
  return marker ? { range: { start: offset + marker[0].length, end: offset + marker[0].length }, listItem: { first: false } } : { range: { start: offset, end: offset } };
}

/** Every finding of every active rule in one chunk, chunk-relative. */
function lintChunk(chunk: PreparedChunk, config: ResolvedConfig): ChunkFinding[] {
  const found: ChunkFinding[] = [];
  for (const { rule, severity, options } of config.rules) {
    if (isDocumentCheck(rule.check)) continue;
    const definition = rule.definition;
    const scopes = definition.scopes;
    const guards = definition.guards ?? DEFAULT_GUARDS;
    try {
      rule.check.run(chunk, (candidate) => {
        const block = chunk.blocks[candidate.block]!;
        if (scopes && !inScope(block, scopes)) return;
        if (guards.length > 0 && guarded(chunk, candidate, guards)) return;
        const tokens = chunk.tokens[candidate.block]!;
        const proseStart = tokens[candidate.from]!.start;
        const proseEnd = tokens[candidate.to - 1]!.end;
        const range = sourceRange(block, proseStart, proseEnd);
        const proseText = block.text.slice(proseStart, proseEnd).replace(/\s+/g, ' ');
        const sentences = chunk.sentences(candidate.block);
        const sentence = sentenceOfToken(sentences, candidate.from, tokens.length, block.text.length);
        const replaced = replacementFixes(chunk.text, range, proseText, candidate.replacements);
        const fixes = replaced.length === 0 && definition.rewrite === 'ladder' ? rewriteLadderFixes(chunk.text, block, sentence.range, sentences.length, range) : replaced;
        found.push({
          finding: {
            ruleId: definition.id,
            ...(definition.title ? { title: definition.title } : {}),
            severity,
            message: fillMessage(definition.message, proseText, candidate.values),
            range,
            text: chunk.text.slice(range.start, range.end),
            fixes: definition.fixKind === 'hedge' ? fixes.map((fix) => ({ ...fix, kind: fix.kind ?? ('hedge' as const) })) : fixes,
            rationale: definition.rationale,
            source: definition.source,
          },
          placement: placementOf(block),
          sentence: sourceRange(block, sentence.range.start, sentence.range.end),
        });
      }, options);
    } catch (error) {
      found.push({ finding: checkFailed(definition.id, error), placement: { range: { start: 0, end: 0 } } });
    }
  }
  return found;
}

/** Fixes without repeats: two rules on the same words may offer the same rewrite. */
function uniqueFixes(fixes: Fix[]): Fix[] {
  const seen = new Set<string>();
  return fixes.filter((fix) => {
    const key = `${fix.title}|${JSON.stringify(fix.edits)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function placementOf(block: ProseBlock): BlockPlacement {
  return { range: block.range, ...(block.table ? { table: block.table } : {}), ...(block.listItem ? { listItem: block.listItem } : {}) };
}

function guarded(chunk: PreparedChunk, candidate: Candidate, guards: readonly GuardName[]): boolean {
  const block = chunk.blocks[candidate.block]!;
  const tokens = chunk.tokens[candidate.block]!;
  const sentence = sentenceOfToken(chunk.sentences(candidate.block), candidate.from, tokens.length, block.text.length);
  return (
    firstApplyingGuard(guards, {
      text: block.text,
      tokens,
      sentence: sentence.range,
      sentenceTokens: sentence.tokens,
      match: { from: candidate.from, to: candidate.to },
      inBlockquote: block.context.blockquote,
    }) !== undefined
  );
}

/** A rule applies to a block only when every context of the block is among its scopes. */
function inScope(block: ProseBlock, scopes: readonly Scope[]): boolean {
  const { context } = block;
  if (context.heading && !scopes.includes('heading')) return false;
  if (!context.heading && !context.table && !scopes.includes('paragraph')) return false;
  if (context.list && !scopes.includes('list')) return false;
  if (context.table && !scopes.includes('table')) return false;
  if (context.blockquote && !scopes.includes('blockquote')) return false;
  if (context.footnote && !scopes.includes('footnote')) return false;
  return true;
}

function shift(range: TextRange, by: number): TextRange {
  return { start: range.start + by, end: range.end + by };
}

function shiftFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => ({ range: shift(edit.range, by), newText: edit.newText })) };
}

function checkFailed(ruleId: string, error: unknown): Omit<Finding, 'suppressions'> {
  return {
    ruleId: CHECK_FAILED,
    severity: 'error',
    message: `rule \`${ruleId}\` failed on this document and was skipped: ${describeError(error)}`,
    range: { start: 0, end: 0 },
    text: '',
    fixes: [],
    rationale: 'A failing rule is reported instead of silently dropping its findings.',
    source: { citation: 'claimlint', url: 'https://claimlint.dev/docs/internal' },
  };
}

/** Drops (and reports) any finding or fix whose range falls outside the text. */
function keepInBounds(findings: Finding[], length: number, problems: Problem[], path: string): Finding[] {
  const inBounds = (range: TextRange): boolean => 0 <= range.start && range.start <= range.end && range.end <= length;
  return findings.filter((finding) => {
    const ok = inBounds(finding.range) && [...finding.fixes, ...finding.suppressions].every((fix) => fix.edits.every((edit) => inBounds(edit.range)));
    if (!ok) problems.push({ path, severity: 'error', message: `internal: dropped an out-of-range finding of ${finding.ruleId}` });
    return ok;
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
