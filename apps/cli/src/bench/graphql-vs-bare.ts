import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { chinaDay, freePort, loadConfig, processModule, runMigrations, startEmbeddedPostgres, withDatabaseUrl } from '@chainq/core';
import { InsightsModule } from '@chainq/insights';
import { InspectionModule } from '@chainq/inspection';
import { RegistryModule } from '@chainq/registry';
import { graphqlWorld } from './graphql-world';
import { load, LoadResult } from './load';
import { newSigningKeyPem } from '@chainq/credit';

export interface GraphqlBenchOptions {
  /** Requests per query and endpoint, and the clients sending them at once. */
  requests: number;
  concurrency: number;
  suppliers: number;
  lots: number;
  /** Where the measured API process writes its CPU profile (`--cpu-prof`), when set. */
  cpuProfileDir?: string;
  /** Only these queries (passRateSeries, clusterOverview, memberships), e.g. to profile one alone. */
  only?: string[];
}

const TARGET = 0.5;
const DAY = 86_400_000;

/**
 * `npm run bench -- --only graphql`: the API's `POST /graphql` against a bare
 * node:http + pg endpoint doing the same work (token check, the same
 * statements, JSON out), each in its own process on the same fresh embedded
 * PostgreSQL, loaded in turn with the same requests and concurrency.
 * Prints a markdown table and returns it.
 */
export async function graphqlVsBare(options: GraphqlBenchOptions): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chainq-bench-gql-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort() });
  const env = { NODE_ENV: 'production', JWT_SECRET: randomUUID() + randomUUID(), PROFILE_SIGNING_KEY: newSigningKeyPem(), LOG_LEVEL: 'warn', DATABASE_URL: pg.url, MIGRATE_ON_START: 'false', FILE_STORAGE_DIR: path.join(dir, 'files') };
  const children: ChildProcess[] = [];
  try {
    await runMigrations(pg.url);
    const context = await NestFactory.createApplicationContext(processModule(withDatabaseUrl(loadConfig(env), pg.url), [RegistryModule, InspectionModule, InsightsModule]), { logger: ['error'] });
    const w = await graphqlWorld(context, options.suppliers, options.lots);
    await context.close();

    const today = chinaDay(new Date());
    const twoYearsAgo = chinaDay(new Date(Date.now() - 728 * DAY));
    const queries = [
      {
        name: 'passRateSeries',
        what: 'passRateSeries (chain, weekly, two years)',
        token: w.leaderToken,
        query: `query($id: String!, $from: String!, $to: String!) { passRateSeries(scope: { kind: CHAIN, id: $id }, period: WEEK, from: $from, to: $to) {
          periodStart lotsInspected lotsAccepted firstLots firstAccepted unitsInspected unitsNonconforming lotPassRate firstPassYield unitPassRate ppm } }`,
        variables: { id: w.chainId, from: twoYearsAgo, to: today },
      },
      {
        name: 'clusterOverview',
        what: 'clusterOverview (one year)',
        token: w.adminToken,
        query: `query($id: ID!, $from: Date!, $to: Date!) { clusterOverview(clusterId: $id, from: $from, to: $to) {
          name scopeKind scopeKey from to enterprises certifiedEnterprises certifiedShare notAssessed sizeUnknown
          certificationSchemes { scheme enterprises } maturityLevels { level enterprises } sizeClasses { sizeClass enterprises }
          issues { opened closed openNow } commonProblems { defectCode defectName issues suppliers }
          pilot { name year targetLotPassRate } trend { month lotsInspected lotsAccepted lotPassRate firstPassYield } } }`,
        variables: { id: w.clusterId, from: chinaDay(new Date(Date.now() - 365 * DAY)), to: today },
      },
      {
        name: 'memberships',
        what: 'industryChain.memberships(first: 50) with enterprise and certificates',
        token: w.leaderToken,
        // The membership's status and tier, the enterprise's name and USCC, each certificate's scheme and expiry.
        query: `query($id: ID!) { industryChain(id: $id) { memberships(first: 50) { totalCount edges { node { id tier status enterprise { name uscc certifications { scheme expiresOn } } } } } } }`,
        variables: { id: w.chainId },
      },
    ]
      .filter((q) => !options.only || options.only.includes(q.name))
      .map((q) => ({ ...q, body: JSON.stringify({ query: q.query, variables: q.variables }), headers: (body: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${q.token}`, 'content-length': String(Buffer.byteLength(body)) }) }));

    // 1. The statements the API sends for each query (its second call, warm), for the bare endpoint to run.
    const captureFile = path.join(dir, 'statements.jsonl');
    writeFileSync(captureFile, '');
    const apiPort = await freePort();
    const capturing = await start(children, [`--require=${path.join(__dirname, 'capture-statements.js')}`, apiMain()], { ...env, PORT: String(apiPort), BENCH_CAPTURE_FILE: captureFile }, apiPort);
    const statements: Record<string, { text: string; values: unknown[] }[]> = {};
    const sample: Record<string, string> = {};
    for (const q of queries) {
      await load(apiPort, { path: '/graphql', headers: q.headers(q.body), body: q.body }, 1, 1);
      // The API sets up its queues lazily, in the background: capture only once nothing else is being sent.
      await quiet(captureFile);
      const before = statSync(captureFile).size;
      sample[q.name] = await once(apiPort, q.body, q.headers(q.body));
      await quiet(captureFile);
      statements[`/${q.name}`] = readFileSync(captureFile).subarray(before).toString().split('\n').filter(Boolean).map((line) => JSON.parse(line));
    }
    await stop(capturing);
    const points = sample.passRateSeries ? (JSON.parse(sample.passRateSeries) as { data: { passRateSeries: unknown[] } }).data.passRateSeries.length : 0;
    const statementsFile = path.join(dir, 'statements.json');
    writeFileSync(statementsFile, JSON.stringify(statements));

    // 2. Both endpoints up; each query loaded on the bare endpoint, then on ours, after a warm-up of each.
    const barePort = await freePort();
    const bareProcess = await start(children, [path.join(__dirname, 'bare-endpoint.js')], { ...env, PORT: String(barePort), BENCH_STATEMENTS: statementsFile }, barePort, '/passRateSeries');
    const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
    const apiProcess = await start(children, [...apiFlags(), ...profile, apiMain()], { ...env, PORT: String(apiPort) }, apiPort);
    const lines: string[] = [];
    for (const q of queries) {
      const bareRequest = { path: `/${q.name}`, headers: q.headers(''), body: '' };
      const oursRequest = { path: '/graphql', headers: q.headers(q.body), body: q.body };
      await load(barePort, bareRequest, 200, options.concurrency);
      await load(apiPort, oursRequest, 200, options.concurrency);
      const bare = await measured(bareProcess, () => load(barePort, bareRequest, options.requests, options.concurrency));
      const ours = await measured(apiProcess, () => load(apiPort, oursRequest, options.requests, options.concurrency));
      const ratio = ours.perSecond / bare.perSecond;
      const cpuRatio = bare.cpuMs / ours.cpuMs;
      const what = q.name === 'passRateSeries' ? `${q.what}, ${points} points` : q.what;
      const line = `| ${what} | ${statements[`/${q.name}`].length} | ${figures(ours)} | ${figures(bare)} | ${ratio.toFixed(2)}x | ${cpuRatio.toFixed(2)}x | ${ratio >= TARGET ? 'met' : 'NOT met'} |`;
      lines.push(line);
      process.stdout.write(`${line}\n`);
    }
    const peakRss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${apiProcess.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const [one, five] = os.loadavg();
    const table = [
      `GraphQL against bare node:http + pg: ${options.requests.toLocaleString('en')} requests per query and endpoint, ${options.concurrency} clients, kept-alive connections over loopback;`,
      'CPU per request is the server process\'s own (user + system), which load from other work on the machine moves less than req/s;',
      `the API ran with ${apiFlags().join(' ') || 'no Node flags'} (as npm run start:api), peak RSS ${Math.round(peakRss)} MB;`,
      `${os.cpus().length} cores, Node ${process.version}, embedded PostgreSQL 17, ${options.suppliers} suppliers, ${options.lots.toLocaleString('en')} lots; load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) at the end.`,
      '',
      `| query | statements | ChainQ POST /graphql | bare node:http + pg | ratio (req/s) | ratio (CPU per request) | target ≥ ${TARGET}x (req/s) |`,
      '|---|---:|---|---|---:|---:|---|',
      ...lines,
    ].join('\n');
    process.stdout.write(`\n${table}\n`);
    return table;
  } finally {
    for (const child of children) if (child.exitCode === null) await stop(child);
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the file has not grown for a second. */
async function quiet(file: string): Promise<void> {
  for (let size = -1; size !== statSync(file).size; ) {
    size = statSync(file).size;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const apiMain = () => path.join(__dirname, '../../../api/src/main.js');
/** The Node flags `npm run start:api` gives the API, so it is measured as it runs in production. */
const apiFlags = () => {
  const scripts = (JSON.parse(readFileSync(path.join(__dirname, '../../../../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts['start:api'].split(' ').filter((word) => word.startsWith('--'));
};
const figures = (r: LoadResult & { cpuMs: number }) =>
  `${Math.round(r.perSecond).toLocaleString('en')} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.cpuMs.toFixed(2)} ms CPU/request${r.failures ? `, ${r.failures} FAILED` : ''}`;

/** The server process's CPU time (user + system, from /proc) while `run` loads it, per request. */
async function measured(server: ChildProcess, run: () => Promise<LoadResult>): Promise<LoadResult & { cpuMs: number }> {
  const cpu = () => {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // proc(5): utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const before = cpu();
  const result = await run();
  return { ...result, cpuMs: (cpu() - before) / result.requests };
}

async function once(port: number, body: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  if (res.status !== 200 || text.includes('"errors"')) throw new Error(`the benchmark query failed: ${body.slice(0, 60)}: ${text.slice(0, 300)}`);
  return text;
}

/** Starts a Node process and waits until `probe` on its port answers (any status). */
async function start(children: ChildProcess[], args: string[], env: Record<string, string>, port: number, probe = '/health'): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}${probe}`).then(() => true, () => false)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${args.join(' ')} did not listen on ${port}`);
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
