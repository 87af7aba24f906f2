/**
 * The contract every check kind implements: compile a rule's data once, then
 * report candidate matches on prepared documents. Guards, scopes, directives and
 * severities are applied by the linter, the same way for every kind.
 */
import type { PreparedChunk } from '../document';
import type { RuleDefinition } from '../rules/model';

/** A match a check proposes: a token span of one block, and its replacement texts. */
export interface Candidate {
  block: number;
  /** Token span `[from, to)` in the block. */
  from: number;
  to: number;
  /** Replacements offered as fixes, preferred first ("" removes the words). */
  replacements: string[];
}

/** A rule compiled by its check kind. */
export interface CompiledCheck {
  run(document: PreparedChunk, report: (candidate: Candidate) => void): void;
}

/** An interpreter for one `check:` value. */
export interface CheckKind {
  kind: string;
  description: string;
  /** Throws PatternError (with a readable message) for malformed rule data. */
  compile(rule: RuleDefinition): CompiledCheck;
}
