import { existsSync, readFileSync } from 'node:fs';

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
