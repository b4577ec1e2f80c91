import { fstatSync, readlinkSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

/** stdout or stderr of this process, as the CLI writes to it. */
export interface Output {
  readonly write: (text: string) => void;
  readonly isTty: boolean;
  /** True when everything written so far has been handed to the system (nothing waits in a stream's buffer). */
  readonly flushed: () => boolean;
}

/**
 * Where a pipe, a socket, a terminal, a regular file or /dev/null is on the other end
 * (pre-commit, which runs a hook on a pseudo-terminal when it colours its output; CI;
 * `> file`; a parent written in Node, such as lint-staged or the GitHub Actions toolkit,
 * gets its child's output through a socket pair), the text is written straight to the
 * descriptor: creating process.stdout or process.stderr loads Node's stream modules, and
 * for a socket or a terminal node:net, ~4-8 ms of a one-file scan. Anything else gets Node's
 * stream, as does the rest of the output once a non-blocking descriptor is full (EAGAIN)
 * or a datagram socket refuses a write as too large (EMSGSIZE):
 * the order of the text is kept either way.
 *
 * A reader that stops early (`connect-audit scan . | head`) closes the pipe or socket: the rest of the
 * output is dropped and the run still ends with its own exit code, rather than dying on an
 * unhandled 'error' event with a stack trace. Any other failure to write ends the run with 2.
 */
export function openOutput(fd: 1 | 2): Output {
  const sink = sinkOf(fd);
  if (sink === 'other') return streamOutput(fd);
  let closed = false;
  let stream: NodeJS.WriteStream | undefined;
  return {
    isTty: sink === 'terminal',
    flushed: () => stream === undefined || stream.writableLength === 0,
    write(text) {
      if (closed) return;
      if (stream !== undefined) return void stream.write(text);
      const bytes = Buffer.from(text, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE' || code === 'ECONNRESET') {
            // ECONNRESET: a socket's reader that went away with text unread (Linux reports that, not EPIPE).
            closed = true;
          } else if (code === 'EAGAIN' || code === 'EMSGSIZE') {
            // EMSGSIZE: a datagram socket (rare as stdout) takes no text this large; Node's stream handles it as it did before.
            stream = guardedStream(fd);
            stream.write(bytes.subarray(offset)); // bytes: the offset may split a character
          } else {
            process.exit(2);
          }
          return;
        }
      }
    },
  };
}

function streamOutput(fd: 1 | 2): Output {
  const stream = guardedStream(fd);
  return { write: (text) => void stream.write(text), isTty: stream.isTTY === true, flushed: () => stream.writableLength === 0 };
}

function guardedStream(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // After EPIPE, later writes fail with ERR_STREAM_DESTROYED: the same closed pipe.
    if (error.code === 'EPIPE' || error.code === 'ECONNRESET') closed = true;
    else if (!closed) process.exit(2);
  });
  return stream;
}

/** What is on the other end of `fd`: something written to with writeSync, a terminal among them, or anything else. */
function sinkOf(fd: number): 'plain' | 'terminal' | 'other' {
  if (process.platform === 'win32') return 'other';
  try {
    const stats = fstatSync(fd);
    if (stats.isFIFO() || stats.isSocket() || stats.isFile()) return 'plain';
    if (!stats.isCharacterDevice()) return 'other';
    if (stats.rdev === statSync('/dev/null').rdev) return 'plain';
    return isTerminal(fd) ? 'terminal' : 'other';
  } catch {
    return 'other';
  }
}

/**
 * isatty(3). On Linux a pseudo-terminal (a terminal emulator, ssh, pre-commit's) is known by
 * its device, /dev/pts/N, without loading node:tty, which loads node:net (~2.5 ms); anything
 * else is asked of node:tty.
 */
function isTerminal(fd: number): boolean {
  if (process.platform === 'linux') {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`).startsWith('/dev/pts/')) return true;
    } catch {
      // no /proc: asked below
    }
  }
  return (createRequire(import.meta.url)('node:tty') as typeof import('node:tty')).isatty(fd);
}
