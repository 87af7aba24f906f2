/**
 * Generated from server/schema/pack.schema.json by `npm run types` (json-schema-to-typescript). Do not edit by
 * hand: change the schema and run `npm run types`; a test fails when this file is stale.
 */

export interface PackManifestFile {
  name: string;
  version: string;
  description: string;
  license?: string;
  /**
   * Compatible engine versions (semver range).
   */
  engine?: string;
  enabledByDefault?: boolean;
  /**
   * Where the pack's rules come from (style guides, regulations, papers): each a citation and an optional URL.
   */
  sources?: {
    citation: string;
    url?: string;
  }[];
}
