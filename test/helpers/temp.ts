/**
 * Temporary folders for tests. Every folder made here is removed by `removeTempDirs`,
 * which each suite that makes folders registers as an `after` hook (after the hook
 * that stops any server still using them), so `npm test` leaves nothing in the
 * system temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A new empty folder `claimlint-<name>-XXXXXX` in the system temp folder. */
export function makeTempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `claimlint-${name}-`));
  made.add(dir);
  return dir;
}

/** Removes every folder `makeTempDir` has made and not yet removed. */
export function removeTempDirs(): void {
  for (const dir of made) {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    made.delete(dir);
  }
}
