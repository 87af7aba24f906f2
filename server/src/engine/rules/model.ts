/**
 * The shape of a rule once its YAML has been parsed and validated.
 */
import type { GuardName } from '../guards';
import type { RuleSource, Severity } from '../types';

/** Where a rule can apply; matched against the contexts of a prose block. */
export type Scope = 'paragraph' | 'heading' | 'list' | 'table' | 'blockquote' | 'footnote';

/** Who reads a document. */
export type Audience = 'patient' | 'professional';

/** Editorial content, or product and advertising copy. */
export type Mode = 'editorial' | 'product';

/** The check kinds a rule file may name in `check:`. */
export type CheckKindName =
  | 'phrase'
  | 'substitution'
  | 'unknown-citation-key'
  | 'citation-placeholder'
  | 'missing-reference'
  | 'unused-reference'
  | 'duplicate-reference'
  | 'needs-citation'
  | 'causal-from-observational'
  | 'animal-or-lab-to-human'
  | 'certainty-mismatch'
  | 'no-effect-claim'
  | 'reading-grade';

/** A validated rule file (format v1). Field names follow the YAML. */
export interface RuleDefinition {
  /** `pack/name`, from the file path. */
  id: string;
  pack: string;
  /** Path of the rule file, as handed to the loader. */
  path: string;
  check: CheckKindName;
  severity: Severity;
  title?: string;
  message: string;
  /** Variant messages a check may choose (`no-bibliography`, `footnote`, …). */
  messages?: Record<string, string>;
  rationale: string;
  source: RuleSource;
  phrases?: string[];
  swap?: Record<string, string | string[]>;
  exceptions?: string[];
  guards?: GuardName[];
  scopes?: Scope[];
  when?: { audience?: Audience; mode?: Mode };
  product?: { severity?: Severity; removal?: boolean };
  fixKind?: 'hedge' | 'rewrite';
  /**
   * `ladder`: a rule with no rewrite of its own offers the GRADE low-certainty wording for its sentence's effect verb
   * (when there is one) and "Remove this claim" (its sentence) (leaving the paragraph or list well formed).
   */
  rewrite?: 'ladder';
  /** `cited`: not reported where a citation covers the sentence (an appeal to research that names its source). */
  unless?: 'cited';
  options?: Record<string, unknown>;
  /** The rule this one extends (merged in by the loader); it replaces that rule when both run. */
  extends?: string;
  /** `reject`: the phrases come from the project's `vocabulary.reject`; the rule's own `phrases` only drive its examples. */
  vocabulary?: 'reject';
  examples: { flagged: string[]; clean: string[]; fixed?: string[]; bibliography?: Array<Record<string, unknown>> };
}

/** A pack manifest (pack.yaml). */
export interface PackManifest {
  name: string;
  version: string;
  description: string;
  license?: string;
  /** Where the pack's rules come from. */
  sources?: Array<{ citation: string; url?: string }>;
  engine?: string;
  enabledByDefault?: boolean;
  path: string;
  /** False when `engine` excludes this engine version (the pack's rules are not loaded). */
  compatible?: boolean;
}
