import { EmbeddedPostgresHandle } from '@chainq/core';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__chainqEmbedded as EmbeddedPostgresHandle | undefined;
  await embedded?.stop();
}
