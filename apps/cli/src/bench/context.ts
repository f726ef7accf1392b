import os from 'node:os';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { World } from './world';

/** What every section gets: the running API, the database, the synthetic world and the run's options. */
export interface BenchContext {
  app: NestExpressApplication;
  ds: DataSource;
  pool: Pool;
  world: World;
  /** The API's base URL (GraphQL at `${url}/graphql`). */
  url: string;
  databaseUrl: string;
  /** The environment the worker process is started with. */
  env: Record<string, string>;
  dir: string;
  options: { lots: number; seriesLots: number; calls: number };
  report: Report;
}

export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
export const n = (x: number) => Math.round(x).toLocaleString('en');
export const p50p95 = (xs: number[], digits = 1) => `p50 ${pct(xs, 50).toFixed(digits)} ms, p95 ${pct(xs, 95).toFixed(digits)} ms (${xs.length} samples)`;

/** Whether a target was met; targets are set for a scale (`setFor` lots), and a smaller run says so. */
export const verdict = (target: string, met: boolean, lots: number, setFor: number) =>
  `target ${target}: **${met ? 'met' : 'NOT met'}**${lots < setFor ? ` (the target is set for ${setFor.toLocaleString('en')} lots)` : ''}`;

/** The rows of the README's table, printed as they are measured and at the end as markdown, each with the 1-minute load average when it was taken. */
export class Report {
  private readonly rows: string[][] = [];
  private readonly loadAtStart = os.loadavg();

  row(what: string, ours: string, database: string, result: string): void {
    const load = os.loadavg()[0].toFixed(2);
    this.rows.push([what, ours, database, result, load]);
    process.stdout.write(`${what}: ours ${ours} | database ${database} | ${result} | load ${load}\n`);
  }

  markdown(command: string): string {
    const [l1, l5, l15] = os.loadavg().map((x) => x.toFixed(2));
    const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, embedded PostgreSQL 17`;
    return [
      `\`${command}\` on ${machine}; load average ${this.loadAtStart.map((x) => x.toFixed(2)).join(', ')} at the start, ${l1}, ${l5}, ${l15} at the end.`,
      '',
      '| measure | ChainQ | database alone | result | load (1 min) |',
      '|---|---|---|---|---:|',
      ...this.rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  }
}
