import { createServer } from 'node:net';

/**
 * A loopback TCP port nothing listens on now, chosen by the kernel, for a
 * server this process is about to start (the benchmark's, a test's). A random
 * port from a range can collide with another server or an outgoing
 * connection's local port, and the server then fails to start.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
