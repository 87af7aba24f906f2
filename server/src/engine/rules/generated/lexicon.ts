/**
 * Generated from server/schema/lexicon.schema.json by `npm run types` (json-schema-to-typescript). Do not edit by
 * hand: change the schema and run `npm run types`; a test fails when this file is stale.
 */

/**
 * One word class of the shared lexicon (rules/lexicon/<name>.yaml): the words every part of claimlint (guards, claim strength, rewrites, checks) reads for that class.
 */
export interface LexiconListFile {
  /**
   * Must equal the file name without .yaml.
   */
  name: string;
  description: string;
  /**
   * `verb`: entries are lemmas, expanded to every inflected form; `phrase`: entries are matched as written (case-insensitive, word-bounded).
   */
  kind: 'verb' | 'phrase';
  /**
   * Where the list comes from (see the domain reference).
   */
  source: {
    citation: string;
    url: string;
    section?: string;
  };
  /**
   * @minItems 1
   */
  entries: string[];
  /**
   * Phrases in which an entry does not belong to the class ("more likely" states a rate, not a hedge); a match inside one is not a match of the list.
   */
  exceptions?: string[];
}
