import { expect, test, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';

// The package's own files unreadable (dist/ reads its version from package.json while it sets up the command line).
vi.mock('../../src/util/package-root.js', () => ({
  packageVersion: () => {
    throw new Error('cannot find the connect-audit package root');
  },
  packageInfo: () => {
    throw new Error('cannot find the connect-audit package root');
  },
}));

test('a failure while the command line is set up is one line on stderr and exit code 2, not silence', async () => {
  expect(await runCli(['scan', '.'])).toEqual({ code: 2, stdout: '', stderr: 'connect-audit: internal error (Error); rerun with --debug for details\n' });
});
