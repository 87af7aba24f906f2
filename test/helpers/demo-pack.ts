/**
 * A minimal pack for rule-loading tests: its manifest and one valid phrase rule, as files the loader reads.
 */
import type { PackFile } from '../../server/src/engine/index';

export const DEMO_MANIFEST: PackFile = { path: '/p/demo/pack.yaml', relativePath: 'demo/pack.yaml', text: 'name: demo\nversion: 1.0.0\ndescription: A pack for tests.\n' };

/** A valid `check: phrase` rule; tests append or replace fields to make it invalid. */
export const DEMO_RULE = `check: phrase
severity: warning
message: "\`{text}\` is a test phrase; say something else"
rationale: Test rules exist so the loader can be tested.
source: { citation: Test source, url: "https://example.org/test" }
phrases: [wonder cure]
examples: { flagged: ["A {{wonder cure}}."], clean: ["A cure."] }
`;
