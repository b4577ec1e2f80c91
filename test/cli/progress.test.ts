import { describe, expect, test } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';

/** A fake clock and stderr: the indicator's decisions, without timing anything. */
function harness(options: { tty: boolean; quiet?: boolean }) {
  let time = 0;
  const written: string[] = [];
  const progress = startProgress({ stderr: (text) => written.push(text), stderrIsTty: options.tty }, options.quiet ?? false, () => time);
  return { progress, written, advance: (ms: number) => (time += ms) };
}

describe('progress indicator', () => {
  test('a long scan on a terminal shows files done / total on one line, then erases it', () => {
    const { progress, written, advance } = harness({ tty: true });
    progress.update(1, 4000);
    expect(written).toEqual([]); // too early: short scans show nothing
    advance(600);
    progress.update(1200, 4000);
    progress.update(1201, 4000); // throttled
    advance(150);
    progress.update(4000, 4000);
    progress.finish();
    expect(written).toEqual(['\r\x1b[Kconnect-audit: 1200/4000 files (30%)', '\r\x1b[Kconnect-audit: 4000/4000 files (100%)', '\r\x1b[K']);
  });

  test('a short scan writes nothing, not even the erase', () => {
    const { progress, written } = harness({ tty: true });
    progress.update(1, 1);
    progress.finish();
    expect(written).toEqual([]);
  });

  test.each([{ tty: false }, { tty: true, quiet: true }])('silent when stderr is not a terminal or under --quiet (%o)', (options) => {
    const { progress, written, advance } = harness(options);
    advance(10_000);
    progress.update(10, 20);
    progress.finish();
    expect(written).toEqual([]);
  });
});
