/**
 * The queue backend the worker flows run on: PostgreSQL by default;
 * TEST_QUEUE_BACKEND=redis (with REDIS_URL naming a real server) runs them
 * on Redis, as CI does in a second pass.
 */
export function testRedisUrl(): string | undefined {
  const backend = process.env.TEST_QUEUE_BACKEND ?? 'postgres';
  if (backend === 'postgres') return undefined;
  if (backend !== 'redis') throw new Error(`TEST_QUEUE_BACKEND must be postgres or redis, got ${backend}`);
  if (!process.env.REDIS_URL) throw new Error('TEST_QUEUE_BACKEND=redis needs REDIS_URL');
  return process.env.REDIS_URL;
}
