import type { Client } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient } from './client';

/**
 * Every type with an `id` is normalised by it, so an entity changed by a
 * mutation is current on every page showing it; the rest (connections, page
 * info, figures) are embedded in their parent. A Proxy answers for every
 * typename, so no list of types has to be kept in step with the schema.
 */
const keys = new Proxy({}, { get: () => (data: { id?: string | null }) => data.id ?? null });

export function createSignedInClient(): Client {
  return createClient(cacheExchange({ keys }));
}
