/**
 * Hands the engine compromise for word forms the build-time snapshot lacks, loaded on first use (a `require` call
 * the bundler keeps lazy), so a cold start that needs no new word forms never loads it. Imported for its effect by
 * every Node entry point (node-host.ts, and scripts and tests that load packs directly).
 */
import { useInflector } from '../engine/text/inflect';

// Lazy on purpose (see above). compromise's CommonJS build exports the function itself.
useInflector(() => require('compromise'));
