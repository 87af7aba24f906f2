/**
 * Generated from server/schema/decisions.schema.json by `npm run types` (json-schema-to-typescript). Do not edit by
 * hand: change the schema and run `npm run types`; a test fails when this file is stale.
 */

export interface DecisionLedgerFile {
  version: 1;
  /**
   * Approvals of whole documents: the fingerprint of every sentence as approved, so claimlint can report the sentences changed since (document/changed-since-approval).
   */
  approvals?: {
    /**
     * The document, relative to the project folder (forward slashes).
     */
    document: string;
    reviewer: string;
    date: string;
    /**
     * Fingerprints of the document's sentences as approved (normalised words, FNV-1a), sorted.
     */
    fingerprints: string[];
  }[];
  decisions: {
    /**
     * The rule whose finding was accepted (pack/name).
     */
    rule: string;
    /**
     * The document, relative to the project folder (forward slashes).
     */
    document: string;
    /**
     * Hash of the sentence's normalised words: survives moving the sentence, lapses when its words change.
     */
    fingerprint: string;
    /**
     * The sentence as it read when accepted, for people reading the ledger.
     */
    sentence?: string;
    reviewer: string;
    date: string;
    reason: string;
    /**
     * Citation key of the supporting source.
     */
    reference?: string;
    /**
     * Where in the source: page, table, figure.
     */
    locator?: string;
  }[];
}
