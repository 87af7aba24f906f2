/**
 * The progress line of long runs: `claimlint: 40/115 files, 3.2 s` on stderr, rewritten in place at most every
 * 100 ms and cleared at the end. Only for a person watching: never when stderr is not a terminal (CI logs, pipes,
 * files) nor with `--quiet`. Nothing shows before the first interval has passed, so short runs print nothing.
 */

/** Whether to show progress: stderr is a terminal and the run is not `--quiet`. */
export function showsProgress({ isTTY, quiet }: { isTTY: boolean | undefined; quiet: boolean }): boolean {
  return isTTY === true && !quiet;
}

/** The progress line: files done of the total and the time since the run started. */
export function formatProgress(done: number, total: number, elapsedMs: number): string {
  return `claimlint: ${done}/${total} files, ${formatElapsed(elapsedMs)}`;
}

/** `0.4 s`, `12.0 s`, `2 min 05 s`. */
export function formatElapsed(elapsedMs: number): string {
  const seconds = Math.max(0, elapsedMs) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

export interface Progress {
  /** `done` of `total` files are finished; redraws when the interval has passed since the last drawing. */
  update(done: number, total: number): void;
  /** Clears the line, if one was drawn, so what follows starts on a clean line. */
  finish(): void;
}

/** Where the line goes: stderr when it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
}

const CLEAR_LINE = '\r\u001b[K';

/** A progress line on `stream`, redrawn at most every `intervalMs` (by the clock `now`); a no-op when `enabled` is false. */
export function createProgress(stream: ProgressStream, { enabled, now = Date.now, intervalMs = 100 }: { enabled: boolean; now?: () => number; intervalMs?: number }): Progress {
  if (!enabled) return { update: () => undefined, finish: () => undefined };
  const start = now();
  let drawnAt = start;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (time - drawnAt < intervalMs) return;
      drawnAt = time;
      drawn = true;
      stream.write(`${CLEAR_LINE}${formatProgress(done, total, time - start)}`);
    },
    finish() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
