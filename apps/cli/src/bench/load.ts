import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * `total` requests from `concurrency` clients, each on its own kept-alive
 * connection, each sending its next request when the previous answer has
 * been read. A response other than 200, or a GraphQL answer with `errors`,
 * counts as a failure.
 */
export async function load(port: number, req: LoadRequest, total: number, concurrency: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const r = request({ host: '127.0.0.1', port, path: req.path, method: req.body ? 'POST' : 'GET', headers: req.headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (res.statusCode !== 200 || Buffer.concat(chunks).includes('"errors"')) failures++;
          resolve();
        });
      });
      r.on('error', reject);
      r.end(req.body);
    });
  const client = async () => {
    while (sent < total) {
      sent++;
      await one();
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return { requests: total, seconds, perSecond: total / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), failures };
}
