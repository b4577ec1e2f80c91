import { describe, expect, test } from 'vitest';
import { runKind } from '../../src/cli/run-kind.js';

describe('runKind: which cached code a command line loads (src/cli/launcher.ts)', () => {
  test.each([
    [['scan', 'server.properties'], 'scan'],
    [['--debug', 'scan', '.', '--format', 'text'], 'scan'],
    [['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], 'scan-sarif'],
    [['scan', '--format=json', '.'], 'scan-json'],
    [['scan', '-q', '--format', 'markdown'], 'scan-markdown'],
    // After `--` come paths: a file named --format is not an option.
    [['scan', '--', '--format', 'json'], 'scan'],
    // Not a format the CLI knows (commander rejects it): never part of a file name.
    [['scan', '.', '--format', '../../x'], 'other'],
    [['scan', '.', '--format'], 'scan'],
    [['rules'], 'other'],
    [['explain', 'scan'], 'other'],
    [['--version'], 'other'],
    [[], 'other'],
  ])('%j is %s', (argv, kind) => {
    expect(runKind(argv)).toBe(kind);
  });
});
