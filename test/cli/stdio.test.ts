import { describe, expect, test } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

const BUNDLE = join(PROJECT_ROOT, 'bin', 'connect-audit.cjs');

/** Everything readable from a non-blocking descriptor until its writers are gone. */
async function drain(fd: number, chunks: Buffer[], exited: () => boolean): Promise<void> {
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    let read = 0;
    try {
      read = readSync(fd, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      if (exited()) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
      continue;
    }
    if (read === 0) return; // no writer left
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
}

describe('the command line on a slow reader (src/cli/stdio.ts, src/cli/main.ts)', () => {
  // A non-blocking pipe that fills up (EAGAIN) hands the rest of the report to Node's stream;
  // the run must then wait for it to drain rather than end at once (as it does when all is written).
  test.skipIf(process.platform === 'win32')('a report larger than a full non-blocking pipe arrives whole, read only after a pause', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'connect-audit-fifo-'));
    const fifo = join(folder, 'out');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      // Passed as descriptor 3 and made stdout by the shell: Node's spawn makes a child's 0-2 blocking again.
      const command = 'exec "$0" "$1" scan examples --format sarif 1>&3 3>&-';
      const child = spawn('sh', ['-c', command, process.execPath, BUNDLE], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe', writer] });
      closeSync(writer);
      let stderr = '';
      child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
      let code: number | null | undefined;
      const exit = new Promise<void>((resolve) => child.on('exit', (status) => resolve(void (code = status))));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const chunks: Buffer[] = [];
      await drain(reader, chunks, () => code !== undefined);
      await exit;
      const text = Buffer.concat(chunks).toString('utf8');
      expect([code, stderr]).toEqual([1, '']);
      expect(text.length).toBeGreaterThan(200_000);
      expect((JSON.parse(text) as { version: string }).version).toBe('2.1.0');
    } finally {
      closeSync(reader);
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  // Node's spawn (lint-staged, the GitHub Actions toolkit, this test) gives a child sockets, not pipes.
  test.skipIf(process.platform === 'win32')('with stdout and stderr sockets, the report is written to them without loading Node\'s streams', () => {
    const folder = mkdtempSync(join(tmpdir(), 'connect-audit-socket-'));
    try {
      // At exit, on descriptor 3: what stdout is, and whether Node's socket module was loaded.
      const probe = join(folder, 'probe.cjs');
      writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(3, JSON.stringify([require('fs').fstatSync(1).isSocket(), process.moduleLoadList.includes('NativeModule net')])));\n");
      const run = spawnSync(process.execPath, ['--require', probe, BUNDLE, 'scan', 'examples', '--format', 'sarif'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
      expect([run.status, String(run.stderr), String(run.output[3])]).toEqual([1, '', '[true,false]']);
      expect((JSON.parse(String(run.stdout)) as { version: string }).version).toBe('2.1.0');
      expect(run.stdout.length).toBeGreaterThan(200_000); // more than a socket's buffer: written in several parts
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // pre-commit runs a hook on a pseudo-terminal when it colours its output; so does a terminal.
  const hasScript = process.platform === 'linux' && spawnSync('script', ['--version']).status === 0;
  test.skipIf(!hasScript)('on a terminal, the report is coloured and written without loading node:tty or node:net', () => {
    const folder = mkdtempSync(join(tmpdir(), 'connect-audit-tty-'));
    try {
      const probe = join(folder, 'probe.cjs');
      const seen = join(folder, 'seen.json');
      writeFileSync(probe, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify(['tty', 'net'].filter((name) => process.moduleLoadList.includes('NativeModule ' + name)))));\n`);
      const command = [process.execPath, '--require', probe, BUNDLE, 'scan', 'examples/prod/server.properties'].map((arg) => `'${arg}'`).join(' ');
      const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('\u001b[1mVALID\u001b[22m');
      expect(readFileSync(seen, 'utf8')).toBe('[]');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // Linux reports ECONNRESET, not EPIPE, to the writer of a socket whose reader closed it with text unread.
  test.skipIf(process.platform === 'win32')('a socket reader that goes away with text unread: the scan still ends with its own exit code, nothing on stderr', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'connect-audit-reset-'));
    try {
      // A report larger than the socket's buffer, so that text is left unread when the reader goes.
      for (let i = 0; i < 400; i++) {
        mkdirSync(join(folder, `broker-${i}`));
        writeFileSync(join(folder, `broker-${i}`, 'server.properties'), 'process.roles=broker\nlisteners=PLAINTEXT://0.0.0.0:9092\n');
      }
      const child = spawn(process.execPath, [BUNDLE, 'scan', folder, '--no-color'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
      child.stdout!.pause();
      child.stdout!.once('readable', () => setTimeout(() => child.stdout!.destroy(), 100));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect([code, stderr]).toEqual([1, '']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
