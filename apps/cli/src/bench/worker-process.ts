import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The worker as its own process (as in production), with its peak resident set and the time of each job it logged. */
export class WorkerProcess {
  readonly jobMs = new Map<string, number>();
  readonly jobCounts = new Map<string, number>();
  /** Each application of the rollup change log: when it was logged (epoch ms), its own time (lock wait excluded) and the change-log rows it took. */
  readonly applies: { at: number; ms: number; changes: number }[] = [];
  peakRssKb = 0;
  private readonly child;
  private readonly exited: Promise<unknown>;
  private readonly sampler: NodeJS.Timeout;

  constructor(databaseUrl: string, env: Record<string, string>) {
    // Started the way `npm run start:worker` and docker-compose start it: with a 256 MB heap budget.
    this.child = spawn(process.execPath, ['--max-old-space-size=256', path.join(__dirname, '../../../worker/src/main.js')], {
      env: { ...process.env, ...env, LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, OUTBOX_POLL_MS: '100' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.exited = new Promise((resolve) => this.child.on('exit', resolve));
    let buffered = '';
    this.child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; jobName?: string; ms?: number; applyMs?: number; changes?: number }) : {};
        if (entry.msg === 'rollups applied') this.applies.push({ at: Date.now(), ms: entry.applyMs ?? 0, changes: entry.changes ?? 0 });
        if (entry.msg === 'job done' && entry.jobName) {
          this.jobMs.set(entry.jobName, (this.jobMs.get(entry.jobName) ?? 0) + (entry.ms ?? 0));
          this.jobCounts.set(entry.jobName, (this.jobCounts.get(entry.jobName) ?? 0) + 1);
        }
      }
    });
    this.sampler = setInterval(() => {
      if (this.child.exitCode !== null) return;
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      this.peakRssKb = Math.max(this.peakRssKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
    }, 200);
  }

  /** Polls `done` every 100 ms until it holds; fails if the worker exits first. */
  async until(done: () => Promise<boolean>): Promise<void> {
    for (;;) {
      if (await done()) return;
      if (this.child.exitCode !== null) throw new Error(`worker exited with ${this.child.exitCode}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    this.child.kill('SIGTERM');
    await this.exited;
  }
}
