/**
 * The shape of a rule once its YAML has been parsed and validated. The file formats themselves are generated from
 * their JSON Schemas (`npm run types`, into ./generated/); these types add what the loader derives.
 */
import type { PackManifestFile } from './generated/pack';
import type { RuleFile } from './generated/rule';

/** Where a rule can apply; matched against the contexts of a prose block. */
export type Scope = NonNullable<RuleFile['scopes']>[number];

/** Who reads a document. */
export type Audience = NonNullable<NonNullable<RuleFile['when']>['audience']>;

/** Editorial content, or product and advertising copy. */
export type Mode = NonNullable<NonNullable<RuleFile['when']>['mode']>;

/** The check kinds a rule file may name in `check:` (the registry's, through the rule schema). */
export type CheckKindName = NonNullable<RuleFile['check']>;

/** The fields every rule has once loaded: required by the schema, or inherited from the rule it extends. */
type LoadedFields = 'check' | 'severity' | 'message' | 'rationale' | 'source' | 'examples';

/** A validated rule file (format v1), merged with the rule it extends if any. Field names follow the YAML. */
export interface RuleDefinition extends Omit<RuleFile, LoadedFields>, Required<Pick<RuleFile, LoadedFields>> {
  /** `pack/name`, from the file path. */
  id: string;
  pack: string;
  /** Path of the rule file, as handed to the loader. */
  path: string;
}

/** A pack manifest (pack.yaml), as loaded. */
export interface PackManifest extends PackManifestFile {
  /** Path of the manifest file. */
  path: string;
  /** False when `engine` excludes this engine version (the pack's rules are not loaded). */
  compatible?: boolean;
}
