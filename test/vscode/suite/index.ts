/**
 * Extension-host entry: runs the mocha suites below inside VS Code.
 */
import Mocha from 'mocha';
import { citationsSuite } from './citations.test';
import { diagnosticsSuite } from './diagnostics.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: true });
  mocha.suite.emit('pre-require', globalThis, 'claimlint', mocha);
  diagnosticsSuite();
  citationsSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host tests failed`)) : resolve()));
  });
}
