/**
 * The contract every check kind implements: compile a rule's data once, then
 * report candidate matches on prepared documents. Guards, scopes, directives and
 * severities are applied by the linter, the same way for every kind.
 */
import type { Bibliography } from '../bibliography/model';
import type { DocumentCitations } from '../citations/recognize';
import type { PreparedChunk, PreparedDocument } from '../document';
import type { ConfigFile } from '../rules/generated/config';
import type { Audience, Mode, RuleDefinition } from '../rules/model';
import type { CitationSlot, Fix, TextRange } from '../types';

/** A match a check proposes: a token span of one block, and its replacement texts. */
export interface Candidate {
  block: number;
  /** Token span `[from, to)` in the block. */
  from: number;
  to: number;
  /** Replacements offered as fixes, preferred first ("" removes the words). */
  replacements: string[];
  /** Values for `{name}` placeholders in the message besides `{text}`. */
  values?: Record<string, string>;
}

/** A check that looks at one chunk at a time; its results are memoised per chunk. */
export interface ChunkCheck {
  /** `options` are the rule's, with the project's overrides. */
  run(document: PreparedChunk, report: (candidate: Candidate) => void, options: Record<string, unknown>): void;
}

/**
 * Which citations cover a claim: `sentence`, only one in its own sentence; `preceding` (the default), one in its
 * sentence or later in the same paragraph or list item, since a citation supports the sentences back to the previous
 * citation; `paragraph`, any citation in the paragraph.
 */
export type CitationScope = NonNullable<ConfigFile['citationScope']>;

/** What a document-level check may read besides the document. */
export interface LintContext {
  bibliography: Bibliography;
  /** Which citations cover a claim (see `CitationScope`). */
  citationScope: CitationScope;
  /** Who the document is for, and whether it is editorial or product copy. */
  profile?: { audience: Audience; mode: Mode };
  /**
   * Today's date (YYYY-MM-DD), for rules about dates (a stale "last updated", `citations/old-source`). The engine reads no clock: adapters pass
   * it, tests pass a fixed one; without it, date rules check only what needs no clock.
   */
  today?: string;
  /** The document's approval in the decision ledger: who approved it, when, and its sentences' fingerprints then. */
  approval?: { reviewer: string; date: string; fingerprints: readonly string[] };
}

/** Facts computed once per lint and shared by document-level checks. */
export interface DocumentFacts {
  context: LintContext;
  citations: DocumentCitations;
  /** The document reads as promotional copy (lint/promotional.ts); set before the document rules run. */
  promotional?: boolean;
}

/** A finding proposed by a document-level check, in absolute offsets. */
export interface DocumentCandidate {
  range: TextRange;
  /** Which of the rule's `messages` to use instead of `message`. */
  variant?: string;
  fixes?: Fix[];
  /** Values for `{name}` placeholders in the message besides `{text}`. */
  values?: Record<string, string>;
  /** Where a citation for this finding would go (needs-citation). */
  citationSlot?: CitationSlot;
  /** Markdown that explains the finding on hover (claim strength, evidence, GRADE row). */
  explanation?: string;
  /** A lower severity for this finding than the rule's (never a higher one): the case is ambiguous. */
  severity?: 'warning' | 'info';
  /** Other ranges the finding may be shown on, in order, when `range` already carries another rule's finding. */
  alternatives?: Array<{ range: TextRange; variant?: string }>;
  /**
   * The finding is about the whole document (it sits in the front matter or on its first line): it offers only
   * "disable in this file", since a line directive there would land inside the front matter.
   */
  wholeDocument?: boolean;
}

/** A check that needs the whole document (citations, reference lists, the bibliography). */
export interface DocumentCheck {
  /** `options` are the rule's, with the project's overrides. */
  runDocument(document: PreparedDocument, facts: DocumentFacts, report: (candidate: DocumentCandidate) => void, options: Record<string, unknown>): void;
}

/** A rule compiled by its check kind. */
export type CompiledCheck = ChunkCheck | DocumentCheck;

/**
 * One option of a check kind, as a JSON Schema (draft-07): its values (`type` or `enum`), the `default` the kind uses
 * when neither the rule nor the project sets it, and a `description` for the rule schema and the rule-format docs.
 */
export interface OptionSchema {
  description: string;
  default: string | number | boolean;
  type?: 'string' | 'number' | 'integer' | 'boolean';
  enum?: ReadonlyArray<string | number>;
  minimum?: number;
  maximum?: number;
}

/**
 * What a check kind says about itself. Everything else that knows the kinds is derived from these declarations, as
 * listed in the registry (`checks/index.ts`): the `check` enum and the per-kind `if`/`then` part of
 * server/schema/rule.schema.json (`npm run schemas`), the `check` union of the generated rule types (`npm run types`)
 * and the check-kind reference in rules/README.md (`npm run docs`); tests fail when any of them is stale.
 */
export interface CheckKindDeclaration {
  /** The `check:` value that selects the kind. */
  kind: string;
  /** What the kind flags and what it offers, for the rule-format docs (Markdown, a sentence or three). */
  description: string;
  /**
   * Rule fields the kind reads besides the common ones: `required` must be present, `forbidden` must not be (both
   * enforced by the rule schema); `optional` are documented.
   */
  fields?: { required?: readonly string[]; optional?: readonly string[]; forbidden?: readonly string[] };
  /** The quick fixes its findings offer, for the rule docs ("yes: …"); none when absent. */
  fixes?: string;
  /** Variant messages (keys of the rule's `messages:`) the kind may choose instead of `message`, each with when. */
  messages?: Readonly<Record<string, string>>;
  /** Placeholders besides `{text}` the kind fills in its messages, each with what it holds. */
  placeholders?: Readonly<Record<string, string>>;
  /** False when a finding's span is not words worth quoting (a whole sentence): `message` then need not use `{text}`. */
  quotesText?: boolean;
  /** The kind's `options:` by name; a rule file may set no others (the project's overrides are not checked). */
  options?: Readonly<Record<string, OptionSchema>>;
}

/** An interpreter for one `check:` value: its declaration and how it compiles a rule. */
export interface CheckKind extends CheckKindDeclaration {
  /** Throws PatternError (with a readable message) for malformed rule data. */
  compile(rule: RuleDefinition): CompiledCheck;
}
