/**
 * Hands the engine compromise for word forms the build-time snapshot lacks, and citation.js for BibTeX files, each
 * loaded on first use (a `require` call the bundler keeps lazy), so a cold start that needs neither never loads them.
 * Imported for its effect by every Node entry point (node-host.ts, and scripts and tests that load packs directly).
 */
import { useBibtexReader, type BibtexReader } from '../engine/bibliography/bibtex';
import { useInflector } from '../engine/text/inflect';

// Lazy on purpose (see above). compromise's CommonJS build exports the function itself.
useInflector(() => require('compromise'));
// citation.js the same way, for the first BibTeX file read (its BibTeX plugin registers itself when loaded).
useBibtexReader(() => {
  const { plugins } = require('@citation-js/core') as { plugins: BibtexReader };
  require('@citation-js/plugin-bibtex');
  return plugins;
});
