/**
 * Generated from server/schema/rule.schema.json by `npm run types` (json-schema-to-typescript). Do not edit by
 * hand: change the schema and run `npm run types`; a test fails when this file is stale.
 */

export type Pattern = string;

/**
 * One claimlint rule. The file's path under rules/ is its id: rules/overclaim/cure-claims.yaml is overclaim/cure-claims.
 */
export interface RuleFile {
  /**
   * The engine check kind that interprets this rule (see rules/README.md).
   */
  check?:
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
    | 'number-not-in-source'
    | 'exaggerates-source'
    | 'reading-grade'
    | 'review-record'
    | 'last-updated'
    | 'attribution'
    | 'required-statement'
    | 'required-link'
    | 'approval-changed'
    | 'generic-source'
    | 'uncited-source'
    | 'off-topic-source'
    | 'old-source';
  /**
   * Default severity; a project config may override it.
   */
  severity?: 'error' | 'warning' | 'info' | 'hint';
  /**
   * A short human title for docs and hovers.
   */
  title?: string;
  /**
   * House style: quote the text with `{text}` (every kind but reading-grade, whose span is a whole sentence), say what is wrong, point to a better direction. One sentence, no trailing period.
   */
  message?: string;
  /**
   * One sentence saying why the rule exists.
   */
  rationale?: string;
  /**
   * Where the rule's facts come from (see the domain reference).
   */
  source?: {
    citation: string;
    url: string;
    section?: string;
  };
  /**
   * Phrase patterns (check: phrase). Words match case-insensitively across inline markup and line breaks. `(a|b)` alternates one word, `{cure}` matches every verb form of a lemma, `{miracle:noun}` singular and plural, `{#}` any number.
   *
   * @minItems 1
   */
  phrases?: Pattern[];
  /**
   * Substitution table (check: substitution, or the rewrites a phrase rule offers for some of its phrases): pattern → replacement, or a list of replacements (the first is preferred). An empty replacement removes the matched words.
   */
  swap?: {
    [k: string]: string | string[];
  };
  /**
   * Patterns that, where they overlap a match, cancel it ("cure rate", "no cure").
   */
  exceptions?: Pattern[];
  /**
   * Context guards that suppress a match. Defaults to negated, quoted, question, conditional and myth.
   */
  guards?: ('negated' | 'quoted' | 'question' | 'conditional' | 'instruction' | 'hedged' | 'myth' | 'contrasted')[];
  /**
   * Where the rule applies. Defaults to everywhere prose appears (headings included: titles are a major spin location).
   *
   * @minItems 1
   */
  scopes?: ('paragraph' | 'heading' | 'list' | 'table' | 'blockquote' | 'footnote')[];
  /**
   * Self-tests. Each flagged example marks every expected match with {{…}}; clean examples must produce nothing.
   */
  examples?: {
    /**
     * @minItems 1
     */
    flagged: string[];
    /**
     * @minItems 1
     */
    clean: string[];
    /**
     * For substitution rules: each flagged example after applying every preferred fix, in order.
     */
    fixed?: string[];
    /**
     * Options the examples run with, over the rule's own (to test a rule that does nothing until a project configures it).
     */
    options?: {
      [k: string]: unknown;
    };
    /**
     * The document as a reviewer approved it: the examples run with its approval fingerprint (for rules about changes since approval).
     */
    approved?: string;
    /**
     * The date the examples run on (YYYY-MM-DD), for rules about dates; 2026-01-01 when absent.
     */
    today?: string;
    /**
     * CSL items the examples cite (`[@id]`), for rules that read the cited evidence.
     */
    bibliography?: {
      id: string;
      [k: string]: unknown;
    }[];
  };
  /**
   * Variant messages a check kind may choose instead of `message` (for example `no-bibliography`). Same house style; `{text}` and the check's own placeholders may appear.
   */
  messages?: {
    [k: string]: string;
  };
  /**
   * false: the rule is off unless the project's config names it under `rules:` (with a severity or options). For rules some teams want and most do not.
   */
  enabled?: boolean;
  /**
   * Run the rule only for documents with this profile (front matter or config).
   */
  when?: {
    audience?: 'patient' | 'professional';
    mode?: 'editorial' | 'product';
  };
  /**
   * How the rule behaves in product mode (advertising): its severity, and whether to offer removing the claim. Hedging fixes are never offered in product mode.
   */
  product?: {
    severity?: 'error' | 'warning' | 'info' | 'hint';
    removal?: boolean;
  };
  /**
   * `cited`: the rule stays silent where a citation covers the sentence (the citation's paragraph up to it, as `citationScope` says), for wording that is only a problem when nothing backs it. `attributed`: the same, but any citation marker counts, also a number whose reference list is missing (missing-reference reports that), for wording that is only a problem when it names no source at all.
   */
  unless?: 'cited' | 'attributed';
  /**
   * What the swap fixes do: `hedge` (soften the claim; not offered in product mode) or `rewrite` (the default).
   */
  fixKind?: 'hedge' | 'rewrite';
  /**
   * `ladder`: when the rule has no rewrite of its own, offer the GRADE low-certainty wording for the sentence's effect verb (if any) and "Remove this claim" (its sentence), which leaves the paragraph or list well formed. Hedges are not offered in product mode.
   */
  rewrite?: 'ladder';
  /**
   * Options of the check kind; each kind's options and their defaults are listed in rules/README.md. A project overrides them per rule in its config.
   */
  options?: {
    [k: string]: unknown;
  };
  /**
   * `reject`: this rule flags the project's `vocabulary.reject` phrases (its own `phrases` then only drive its examples); it runs only when that list is not empty.
   */
  vocabulary?: 'reject';
  /**
   * Another rule (`pack/name`) this one builds on: fields set here replace its fields; `phrases+`/`phrases-` and `exceptions+`/`exceptions-` add to or remove from its lists. The extending rule replaces its base when both are enabled.
   */
  extends?: string;
  /**
   * With `extends`: entries to add to (+) or remove from (-) the base rule's list.
   */
  'phrases+'?: string[];
  /**
   * With `extends`: entries to add to (+) or remove from (-) the base rule's list.
   */
  'phrases-'?: string[];
  /**
   * With `extends`: entries to add to (+) or remove from (-) the base rule's list.
   */
  'exceptions+'?: string[];
  /**
   * With `extends`: entries to add to (+) or remove from (-) the base rule's list.
   */
  'exceptions-'?: string[];
}
