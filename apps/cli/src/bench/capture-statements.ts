import { appendFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * Preloaded (`node --require`) into an API process started for the capture
 * step of the GraphQL benchmark only: appends every statement the process
 * sends to PostgreSQL, with its parameters, to BENCH_CAPTURE_FILE as one JSON
 * line, so the bare endpoint can run exactly the same SQL.
 */
const file = process.env.BENCH_CAPTURE_FILE;
if (file) {
  const query = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function capture(this: Client, ...args: unknown[]) {
    const [first, second] = args;
    const statement =
      typeof first === 'string'
        ? { text: first, values: Array.isArray(second) ? second : [] }
        : first && typeof first === 'object' && 'text' in first
          ? { text: String((first as { text: unknown }).text), values: ((first as { values?: unknown[] }).values ?? (Array.isArray(second) ? second : [])) as unknown[] }
          : undefined;
    if (statement) appendFileSync(file, `${JSON.stringify(statement)}\n`);
    return query.apply(this, args);
  } as typeof Client.prototype.query;
}
