/**
 * Generated from server/schema/config.schema.json by `npm run types` (json-schema-to-typescript). Do not edit by
 * hand: change the schema and run `npm run types`; a test fails when this file is stale.
 */

/**
 * Rule packs to enable, by name. Defaults to every built-in pack that is enabled by default.
 */
export type Packs = string[];

export interface ConfigFile {
  packs?: Packs;
  rules?: Rules;
  /**
   * Bibliography files (BibTeX, CSL-JSON, CSL-YAML), relative to this config file. A document's own `bibliography:` front matter takes precedence.
   */
  bibliography?: string | string[];
  /**
   * Which citations cover a claim: `preceding` (default) a citation in its sentence or later in the same paragraph or list item (a citation supports the sentences back to the previous one); `sentence` only one in its own sentence (for documents that cite every sentence); `paragraph` any citation in its paragraph.
   */
  citationScope?: 'preceding' | 'sentence' | 'paragraph';
  /**
   * Who reads the documents: patient (adds the plain-language readability rule) or professional. Front matter `audience:` overrides it per document.
   */
  audience?: 'patient' | 'professional';
  /**
   * editorial (articles, explainers) or product (supplements, devices, clinics): product mode follows advertising regulators - no hedges as fixes for disease and level-of-support claims. Front matter `mode:` overrides it per document.
   */
  mode?: 'editorial' | 'product';
  /**
   * Shared configs or packs to build on, in order: a path relative to this file (a config file, a pack folder, or a folder of packs) or an npm package name resolved from the project's node_modules. Local settings override them; rules merge per rule.
   */
  extends?: string | string[];
  /**
   * Marks the project root. Discovery uses the nearest config file walking up from the document.
   */
  root?: boolean;
  /**
   * Documents never linted: globs relative to this config file (`drafts/**`, `** /CHANGELOG.md`). The CLI skips them when walking folders; the editor shows nothing for them.
   */
  ignore?: string[];
  vocabulary?: Vocabulary;
  /**
   * Settings for some documents only, applied in order over the rest of this file: `files` globs plus any of packs, rules, bibliography, citationScope, audience, mode, vocabulary. Rules merge per rule; vocabulary lists add up; other settings replace.
   */
  overrides?: {
    packs?: Packs;
    rules?: Rules;
    /**
     * Bibliography files (BibTeX, CSL-JSON, CSL-YAML), relative to this config file. A document's own `bibliography:` front matter takes precedence.
     */
    bibliography?: string | string[];
    /**
     * Which citations cover a claim: `preceding` (default) a citation in its sentence or later in the same paragraph or list item (a citation supports the sentences back to the previous one); `sentence` only one in its own sentence (for documents that cite every sentence); `paragraph` any citation in its paragraph.
     */
    citationScope?: 'preceding' | 'sentence' | 'paragraph';
    /**
     * Who reads the documents: patient (adds the plain-language readability rule) or professional. Front matter `audience:` overrides it per document.
     */
    audience?: 'patient' | 'professional';
    /**
     * editorial (articles, explainers) or product (supplements, devices, clinics): product mode follows advertising regulators - no hedges as fixes for disease and level-of-support claims. Front matter `mode:` overrides it per document.
     */
    mode?: 'editorial' | 'product';
    vocabulary?: Vocabulary;
    /**
     * Globs (relative to this config file) of the documents these settings apply to.
     */
    files: string | string[];
  }[];
  /**
   * The reviewer decision ledger: where it is (relative to this file; default .claimlint/decisions.yaml) and how accepted findings show (hide, or hint naming the reviewer).
   */
  decisions?: {
    file?: string;
    accepted?: 'hide' | 'hint';
  };
}
/**
 * Per rule: a severity (error, warning, info, hint, off), or { severity, options } (options: the rule kind's, e.g. readability/grade-level's `target`).
 */
export interface Rules {
  [k: string]:
    | 'error'
    | 'warning'
    | 'info'
    | 'hint'
    | 'off'
    | {
        severity?: 'error' | 'warning' | 'info' | 'hint' | 'off';
        options?: {
          [k: string]: unknown;
        };
      };
}
/**
 * House vocabulary, in rule phrase syntax (`{cure}` every verb form, `(a|b)` alternatives): `accept` phrases are never flagged by any rule; `reject` phrases are always flagged (rule vocabulary/rejected).
 */
export interface Vocabulary {
  accept?: string[];
  reject?: string[];
}
