/**
 * The engine's facade: everything the language server, the CLI and the tests use.
 *
 * Invariant: the engine is pure. It imports no `vscode`, no `vscode-languageserver*`,
 * no `node:*` module and touches no `process`; adapters hand it text and get data back.
 */
export { extendedRuleIds, lint } from './lint';
export { analyze, type ClaimStrength, type SentenceReport } from './analyze';
export { loadRules, type CompiledRule, type LoadedRules, type PackFile } from './rules/load';
export { configForDocument, matchingOverrides, mergeConfigData, readConfigFile, resolveConfig, type ActiveRule, type ConfigData, type ResolvedConfig } from './config/resolve';
export { renderRuleDoc, renderOwnFindingDoc } from './rules/docs';
export { isOwnFinding, OWN_FINDINGS, type OwnFinding } from './lint/own-findings';
export { findingsAt, hoverMarkdown } from './hover';
export { CHECK_KINDS } from './checks/index';
export type { LintContext } from './checks/kind';
export { loadBibliography, parseBibliographyFile, BIBLIOGRAPHY_EXTENSIONS } from './bibliography/load';
export { EMPTY_BIBLIOGRAPHY, type BibEntry, type Bibliography } from './bibliography/model';
export { evidenceProfile, type EvidenceProfile } from './bibliography/classify';
export { entryMarkdown, formatReference, shortLabel } from './bibliography/format';
export { recognizeCitations, type Citation, type DocumentCitations } from './citations/recognize';
export { parseDate, readFrontMatter, REVIEW_STATUSES, type FrontMatter, type ReviewStatus } from './markdown/front-matter';
export { REQUIRE_STATUS, requiredStatusFinding, reviewStatusOf } from './decisions/review-status';
export { insertCitationFixes, rankEntriesForClaim } from './citations/suggest';
export { claimTriggers, type ClaimKind } from './citations/claims';
export { coverageHover } from './citations/coverage-hover';
export { citationAt, citationDefinition, citationHover, completeCitationKey, doiLinks, keyOccurrences, type KeyCompletion } from './citations/navigate';
export { prepareDocument, setChunkMemoBudget, chunkMemoBytes } from './document';
export type { PackManifest, RuleDefinition } from './rules/model';
export type { CitationSlot, Finding, Fix, LintOptions, LintResult, Problem, RuleSource, Severity, SourceDocument, SuppressedBy, SuppressedFinding, TextEdit, TextFile, TextRange } from './types';

export { ENGINE_VERSION } from './version';
export { testRuleExamples, applyEdits, type ExampleResult } from './rules/self-test';
export { acceptablePhrase, acceptsVocabulary, addAcceptedPhrase, minimalEdit, newConfigWithAcceptedPhrase } from './config/vocabulary-edit';
export { buildDocumentReport, readReportHeader, renderReport, REPORT_FORMATS, type DocumentReport, type EvidenceReport, type HtmlOptions, type ReportFormat, type ReportInput } from './report/index';
export {
  addApproval,
  addDecision,
  applyDecisions,
  decisionFor,
  findingSentence,
  readDecisions,
  removeDecisions,
  sentenceFingerprint,
  type AcceptedDisplay,
  type Approval,
  type Decision,
} from './decisions/ledger';
export { approvalFingerprints, changedSinceApproval, documentSentences } from './decisions/approval';
export { advanceReviewStatus, nextReviewStatus } from './decisions/review-status';
