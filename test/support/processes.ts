import type { ChildProcessByStdio } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * Linux: the process exists and has not exited. A zombie (exited, waiting
 * for init to reap it, as a PostgreSQL whose starter is gone may) counts as
 * gone; `kill(pid, 0)` alone would still succeed on it.
 */
export function running(pid: number): boolean {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false; // it went away while we looked
  }
}

/**
 * Resolves when the child prints `line`; rejects with what it printed when it
 * exits first, so a child that failed to start fails the test with its reason
 * instead of leaving it to time out.
 */
export function printed(child: ChildProcessByStdio<null, Readable, null>, line: string): Promise<void> {
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes(line)) resolve();
    });
    child.on('exit', (code, signal) => reject(new Error(`the child exited (${signal ?? code}) before printing "${line}": ${out.trim()}`)));
  });
}
