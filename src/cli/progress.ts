import type { Io } from './errors.js';

/** A scan shorter than this shows nothing: a pre-commit run must not flicker. */
const SHOW_AFTER_MS = 500;
/** Redraws at most this often, so a fast scan is not slowed by its own indicator. */
const REDRAW_MS = 100;

export interface Progress {
  /** `ScanOptions.onProgress`: called after each file. */
  readonly update: (done: number, total: number) => void;
  /** Erases the line, if one was drawn; call before anything else is printed. */
  readonly finish: () => void;
}

/**
 * "files done / total" on one stderr line, redrawn in place, for long scans only: only
 * when stderr is a terminal, never under --quiet, and never in what a pipe or CI log gets.
 */
export function startProgress(io: Pick<Io, 'stderr' | 'stderrIsTty'>, quiet: boolean, now: () => number = () => performance.now()): Progress {
  if (quiet || !io.stderrIsTty) return { update: () => {}, finish: () => {} };
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    update(done, total) {
      const time = now();
      if (time - started < SHOW_AFTER_MS || (time - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = time;
      drawn = true;
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      io.stderr(`\r\x1b[Kconnect-audit: ${done}/${total} files (${percent}%)`);
    },
    finish() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}
