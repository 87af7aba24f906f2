/**
 * `claimlint check --format sarif`: the batch report as a SARIF 2.1.0 log (one run), for GitHub code scanning and
 * other SARIF viewers. Positions come from the JSON report (cli/positions.ts: 0-based lines and UTF-16 columns), so
 * a region is that range plus one: 1-based lines and columns in UTF-16 code units (`columnKind: utf16CodeUnits`),
 * the end column one past the last character. Output is deterministic: results are sorted by file, position and rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINE_VERSION, OWN_FINDINGS, type Severity } from '../engine/index';
import { rulesDocsRoot } from '../node/node-host';
import type { PositionRange } from './positions';
import type { BatchReport, JsonFinding, JsonProblem, JsonSuppression } from './report';
import { compareText, type RuleDescription } from './rule-descriptions';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifMessage {
  text: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
}

export interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

export interface SarifReplacement {
  deletedRegion: SarifRegion;
  insertedContent: { text: string };
}

export interface SarifFix {
  description: SarifMessage;
  artifactChanges: Array<{ artifactLocation: SarifArtifactLocation; replacements: SarifReplacement[] }>;
}

export interface SarifSuppression {
  kind: 'inSource' | 'external';
  status: 'accepted';
  justification?: string;
  location?: SarifLocation;
  properties?: Record<string, string>;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  fixes?: SarifFix[];
  suppressions?: SarifSuppression[];
  properties?: Record<string, unknown>;
}

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel; enabled?: boolean };
  properties?: Record<string, unknown>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  toolConfigurationNotifications?: SarifNotification[];
  toolExecutionNotifications?: SarifNotification[];
}

export interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[] } };
  invocations: SarifInvocation[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

/** What the log needs besides the batch. */
export interface SarifContext {
  /** `--root`: artifact URIs are relative to it (`%SRCROOT%`). */
  root: string;
  /** PATH arguments that matched nothing (execution notifications; the run did not succeed). */
  missing: readonly string[];
  /** Where the rule pages are (`…/docs/rules`, a URI); default: the pages shipped beside the CLI, if any. */
  docsUri?: string | null;
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

// claimlint's own findings (engine/lint/own-findings.ts): no rule file describes them; their pages sit beside the rules'.
const OWN_RULES = new Map(
  OWN_FINDINGS.map((finding): [string, RuleDescription] => [
    finding.id,
    {
      id: finding.id,
      title: finding.title,
      message: finding.message,
      rationale: finding.rationale,
      severity: finding.severity,
      pack: 'claimlint',
      enabledByDefault: true,
      source: { citation: 'claimlint' },
      builtin: true,
    },
  ]),
);

/** The SARIF text of a `check` batch. */
export function formatSarif(batch: BatchReport, context: SarifContext): string {
  return JSON.stringify(sarifLog(batch, context), null, 2);
}

/** Whether the run had trouble (exit code 2): a PATH that matched nothing, or an error-severity problem. */
export function hadTrouble(batch: BatchReport, missing: readonly string[]): boolean {
  return missing.length > 0 || batch.configProblems.some((problem) => problem.severity === 'error') || batch.files.some((file) => file.problems.some((problem) => problem.severity === 'error'));
}

/** The SARIF log of a `check` batch: one run, every rule loaded, findings and silenced findings, problems as notifications. */
export function sarifLog(batch: BatchReport, context: SarifContext): SarifLog {
  const root = resolve(context.root);
  const docsUri = context.docsUri === undefined ? defaultDocsUri() : context.docsUri;
  const descriptions = [...(batch.rules ?? [])];
  const linted = batch.files.filter((file) => !file.ignored);
  // Results may name a rule no project described (claimlint's own check-failed, not-checked): describe it too.
  const described = new Set(descriptions.map((rule) => rule.id));
  for (const file of linted)
    for (const finding of [...file.findings, ...(file.suppressed ?? [])])
      if (!described.has(finding.ruleId)) {
        described.add(finding.ruleId);
        descriptions.push(OWN_RULES.get(finding.ruleId) ?? unknownRule(finding.ruleId));
      }
  const rules = descriptions.sort((a, b) => compareText(a.id, b.id)).map((rule) => sarifRule(rule, docsUri));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));

  const results: SarifResult[] = [];
  for (const file of linted) {
    const artifact = artifactLocation(file.path, root);
    for (const finding of file.findings) results.push(sarifResult(finding, artifact, ruleIndex.get(finding.ruleId)!));
    for (const finding of file.suppressed ?? [])
      results.push({ ...sarifResult(finding, artifact, ruleIndex.get(finding.ruleId)!), suppressions: [sarifSuppression(finding.suppression, artifact, root)] });
  }

  const problems = [...batch.configProblems, ...batch.files.flatMap((file) => file.problems)];
  const configuration = problems.filter((problem) => problem.configuration).map((problem) => notification(problem, root));
  const execution = [
    ...problems.filter((problem) => !problem.configuration).map((problem) => notification(problem, root)),
    ...context.missing.map((arg): SarifNotification => ({ level: 'error', message: { text: `no such file, folder or matching glob: ${arg}` } })),
  ];
  const homepage = projectHomepage();
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'claimlint', version: ENGINE_VERSION, semanticVersion: ENGINE_VERSION, ...(homepage ? { informationUri: homepage } : {}), rules } },
        invocations: [invocation(!hadTrouble(batch, context.missing), configuration, execution)],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: 'utf16CodeUnits',
        results: results.sort(compareResults),
      },
    ],
  };
}

/** An invocation with its notifications sorted (empty lists left out). */
export function invocation(executionSuccessful: boolean, configuration: SarifNotification[], execution: SarifNotification[]): SarifInvocation {
  return {
    executionSuccessful,
    ...(configuration.length > 0 ? { toolConfigurationNotifications: [...configuration].sort(compareNotifications) } : {}),
    ...(execution.length > 0 ? { toolExecutionNotifications: [...execution].sort(compareNotifications) } : {}),
  };
}

function sarifRule(rule: RuleDescription, docsUri: string | null | undefined): SarifRule {
  const { citation, url, section } = rule.source;
  const where = section ? ` (${section})` : '';
  return {
    id: rule.id,
    name: rule.title ?? rule.id.slice(rule.id.indexOf('/') + 1),
    shortDescription: { text: rule.message.replace(/\{\w+\}/g, '…') },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nSource: ${citation}${where}${url ? `, ${url}` : ''}`,
      markdown: `${rule.rationale}\n\nSource: ${url ? `[${citation}](${url})` : citation}${where}`,
    },
    ...(rule.builtin && docsUri ? { helpUri: `${docsUri}/${rule.id}.md` } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity], ...(rule.enabledByDefault ? {} : { enabled: false }) },
    properties: {
      tags: [rule.pack],
      pack: rule.pack,
      ...(rule.packVersion ? { packVersion: rule.packVersion } : {}),
      builtin: rule.builtin,
      ...(rule.extends ? { extends: rule.extends } : {}),
      source: rule.source,
    },
  };
}

function unknownRule(id: string): RuleDescription {
  return {
    id,
    title: id,
    message: id,
    rationale: 'Reported by claimlint; no loaded rule describes it.',
    severity: 'warning',
    pack: 'claimlint',
    enabledByDefault: true,
    source: { citation: 'claimlint' },
    builtin: false,
  };
}

function sarifResult(finding: JsonFinding, artifact: SarifArtifactLocation, ruleIndex: number): SarifResult {
  const fixes = finding.fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix): SarifFix => ({
      description: { text: fix.title },
      artifactChanges: [{ artifactLocation: artifact, replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })) }],
    }));
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(finding.range, finding.text) } }],
    ...(fixes.length > 0 ? { fixes: uniqueByJson(fixes) } : {}),
    ...(finding.also ? { properties: { also: finding.also } } : {}),
  };
}

function sarifSuppression(suppression: JsonSuppression, artifact: SarifArtifactLocation, root: string): SarifSuppression {
  const { kind, justification, range, ledger, reviewer, date, reference, locator } = suppression;
  const location: SarifLocation | undefined = range
    ? { physicalLocation: { artifactLocation: artifact, region: region(range) } }
    : ledger
      ? { physicalLocation: { artifactLocation: artifactLocation(ledger, root) } }
      : undefined;
  const properties = Object.fromEntries(Object.entries({ reviewer, date, reference, locator }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return {
    kind,
    status: 'accepted',
    ...(justification ? { justification } : {}),
    ...(location ? { location } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

function notification(problem: JsonProblem, root: string): SarifNotification {
  // A config that could not be loaded at all is reported on `<defaults>`, which is no file.
  const located = !problem.path.startsWith('<');
  return {
    level: LEVEL[problem.severity],
    message: { text: problem.message },
    ...(located ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(problem.path, root), ...(problem.range ? { region: region(problem.range) } : {}) } }] } : {}),
  };
}

/** A 0-based UTF-16 range as a SARIF region: 1-based lines and columns, the end column one past the last character. */
export function region(range: PositionRange, snippet?: string): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    ...(snippet ? { snippet: { text: snippet } } : {}),
  };
}

/** A file as a URI relative to `root` (`%SRCROOT%`), or an absolute file URI when it is outside the root. */
export function artifactLocation(path: string, root: string): SarifArtifactLocation {
  const absolute = resolve(path);
  const rest = relative(root, absolute);
  if (rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest)) return { uri: rest.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(absolute).href };
}

function directoryUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

function defaultDocsUri(): string | undefined {
  const docs = rulesDocsRoot();
  return docs ? pathToFileURL(docs).href : undefined;
}

/** The project's page (`homepage`, else `repository`) from claimlint's package.json, when it names one. */
function projectHomepage(): string | undefined {
  for (const candidate of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', '..', 'package.json')]) {
    if (!existsSync(candidate)) continue;
    try {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; homepage?: string; repository?: string | { url?: string } };
      if (manifest.name !== 'claimlint') continue;
      const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
      const page = manifest.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
      return page && /^https?:\/\//.test(page) ? page : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Items without repeats (equal JSON), in their first order. */
export function uniqueByJson<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstRegion(locations: readonly SarifLocation[] | undefined): { uri: string; region: SarifRegion | undefined } {
  const physical = locations?.[0]?.physicalLocation;
  return { uri: physical ? `${physical.artifactLocation.uriBaseId ?? ''}|${physical.artifactLocation.uri}` : '', region: physical?.region };
}

function compareLocated(a: readonly SarifLocation[] | undefined, b: readonly SarifLocation[] | undefined): number {
  const x = firstRegion(a);
  const y = firstRegion(b);
  return (
    compareText(x.uri, y.uri) ||
    (x.region?.startLine ?? 0) - (y.region?.startLine ?? 0) ||
    (x.region?.startColumn ?? 0) - (y.region?.startColumn ?? 0) ||
    (x.region?.endLine ?? 0) - (y.region?.endLine ?? 0) ||
    (x.region?.endColumn ?? 0) - (y.region?.endColumn ?? 0)
  );
}

/** Results by file, position, rule id, then message (and silenced after reported), so every run orders them alike. */
export function compareResults(a: SarifResult, b: SarifResult): number {
  return (
    compareLocated(a.locations, b.locations) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message.text, b.message.text) ||
    (a.suppressions ? 1 : 0) - (b.suppressions ? 1 : 0) ||
    compareText(JSON.stringify(a), JSON.stringify(b))
  );
}

/** Notifications by file, position, then message. */
export function compareNotifications(a: SarifNotification, b: SarifNotification): number {
  return compareLocated(a.locations, b.locations) || compareText(a.message.text, b.message.text) || compareText(a.level, b.level);
}
