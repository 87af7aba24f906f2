/**
 * The engine's public data types: plain objects with UTF-16 offsets.
 *
 * Invariant: nothing here knows about LSP, VS Code, the file system or the process.
 * Adapters convert offsets to positions in one module each.
 */

/** How serious a finding is; `hint` is the quietest level an editor shows. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A half-open range `[start, end)` of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Replace `range` in the linted text with `newText`. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

/** A named, self-contained change; its edits never overlap. */
export interface Fix {
  title: string;
  /** Edits to the linted document. */
  edits: TextEdit[];
  /** Edits to other files (a bibliography entry stub, say), by path. */
  fileEdits?: Array<{ path: string; edits: TextEdit[] }>;
  /** True for the one fix an editor may apply automatically. */
  isPreferred?: boolean;
  /**
   * `hedge` fixes soften a claim; product mode drops them (regulators do not accept hedges). `cite` fixes add a
   * source; product mode drops them from claims that only removal fixes (a disease claim is not cured by a citation).
   */
  kind?: 'hedge' | 'rewrite' | 'remove' | 'cite';
}

/** Where a rule's facts come from. */
export interface RuleSource {
  citation: string;
  url: string;
  section?: string;
}

/** One thing wrong in a document. */
export interface Finding {
  /** `pack/name`, equal to the rule file's path under its pack root. */
  ruleId: string;
  /** The rule's short human title, when it has one. */
  title?: string;
  severity: Severity;
  message: string;
  range: TextRange;
  /** The matched source text, exactly as written. */
  text: string;
  /** Content fixes, preferred first; empty when none applies. */
  fixes: Fix[];
  /** Ways to silence this finding in place (inline directives). */
  suppressions: Fix[];
  rationale: string;
  /** Where the rule's facts come from; claimlint's own findings (a rule that failed) name no URL, as no page describes them. */
  source: Omit<RuleSource, 'url'> & { url?: string };
  /** Other rules whose note on the same words this finding carries (its message names them too). */
  also?: string[];
  /** For claims without a citation: the claim's sentence and where a citation would go. */
  citationSlot?: CitationSlot;
  /** The sentence the finding is in, when known (reviewer decisions fingerprint it). */
  sentence?: TextRange;
  /** Set when a reviewer accepted this finding (shown as a hint instead of hidden). */
  accepted?: { reviewer: string; date: string; reason: string; reference?: string; locator?: string };
  /** Markdown explaining the finding (claim strength, cited evidence, GRADE row). */
  explanation?: string;
}

/** The sentence of an uncited claim and the offset where a citation belongs. */
export interface CitationSlot {
  sentence: TextRange;
  insertAt: number;
}

/**
 * A problem with something other than the document's prose: a rule file, a
 * pack manifest, a config file or an inline directive. `range` indexes the text of `path`.
 */
export interface Problem {
  path: string;
  message: string;
  severity: Severity;
  range?: TextRange;
}

/** Why a finding is not reported: an inline directive in the document, or a reviewer's decision in the ledger. */
export type SuppressedBy =
  | {
      kind: 'directive';
      /** The directive's comment. */
      range: TextRange;
      /** Its text after ` -- `, when it gives one. */
      reason?: string;
    }
  | { kind: 'ledger'; reviewer: string; date: string; reason: string; reference?: string; locator?: string };

/** A finding that a directive or the ledger silenced, with what silenced it. */
export interface SuppressedFinding extends Finding {
  suppressedBy: SuppressedBy;
}

/** What `lint` returns: findings on the document and problems met on the way. */
export interface LintResult {
  findings: Finding[];
  problems: Problem[];
  /** Inline directives that silenced nothing (for `--report-unused-disables`). */
  unusedDirectives?: TextRange[];
  /** Findings that directives (and, once the ledger is applied, reviewer decisions) silenced; only with `keepSuppressed`. */
  suppressed?: SuppressedFinding[];
}

/** How `lint` runs. */
export interface LintOptions {
  /**
   * Also return the findings inline directives silence, in `suppressed` (for reports that list them, as SARIF does).
   * `findings`, `problems` and `unusedDirectives` are the same either way.
   */
  keepSuppressed?: boolean;
}

/** A document to lint. `path` is informational (used in problems). */
export interface SourceDocument {
  path: string;
  text: string;
}

/** A text file handed to the engine by an adapter (rule, pack or config file). */
export interface TextFile {
  path: string;
  text: string;
}
