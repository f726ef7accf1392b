import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The GraphQL benchmark's baseline: node:http and pg, no framework. For each
 * route it verifies the HS256 bearer token (signature, issuer, audience,
 * expiry, subject) and then runs, in order on one pooled connection each,
 * the statements the API itself sent for the same request (captured by
 * capture-statements.ts: the user and organisation load, the access checks,
 * the figures), and answers their rows as JSON.
 *
 * Env: DATABASE_URL, PORT, JWT_SECRET, BENCH_STATEMENTS (a JSON file of
 * `{ [route]: { text, values }[] }`), DATABASE_POOL_SIZE.
 */
const secret = process.env.JWT_SECRET!;
const routes = JSON.parse(readFileSync(process.env.BENCH_STATEMENTS!, 'utf8')) as Record<string, { text: string; values: unknown[] }[]>;
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });

/** RFC 7519 §7.2 validation of an HS256 JWS (RFC 7515 §5.2) with the claims the API checks. */
function verify(token: string): { sub: string } | undefined {
  const [header, payload, signature] = token.split('.');
  if (!signature) return undefined;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  if ((JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg !== 'HS256') return undefined;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: string; iss?: string; aud?: string; exp?: number };
  if (claims.iss !== 'chainq' || claims.aud !== 'chainq-api' || !claims.exp || claims.exp * 1000 < Date.now() || typeof claims.sub !== 'string') return undefined;
  return { sub: claims.sub };
}

createServer((req, res) => {
  req.resume();
  req.on('end', async () => {
    const statements = routes[req.url ?? ''];
    const claims = verify(/^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!statements || !claims) {
      res.writeHead(statements ? 401 : 404).end();
      return;
    }
    const client = await pool.connect();
    try {
      const results: unknown[] = [];
      for (const s of statements) results.push((await client.query(s.text, s.values)).rows);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: results }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    } finally {
      client.release();
    }
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('listening\n'));
