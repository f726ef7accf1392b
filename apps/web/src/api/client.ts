import { cacheExchange, Client, fetchExchange, type Exchange } from '@urql/core';
import { takeEarlyQuery } from '../session/refresh-request';
import { accessToken, refreshSession } from '../session/session';

/**
 * A GraphQL client. The pages before sign-in use urql's small document cache;
 * the signed-in shell brings the normalised cache (signed-in-client.ts) in its
 * own chunk, so the sign-in page does not carry it.
 */
export function createClient(cache: Exchange = cacheExchange): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cache, fetchExchange],
    fetch: authorisedFetch,
    fetchOptions: { credentials: 'same-origin' },
    // POST only: the API's CSRF prevention refuses a GET query that a plain cross-site link could send.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}

/**
 * Adds the bearer token, or takes the answer boot.ts already asked for with
 * the same request (the page's first queries). An answer saying the token is no longer good
 * (expired, or the session was ended elsewhere) triggers one refresh and one
 * retry; a failed refresh signs the page out (session.ts).
 */
async function authorisedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    const token = accessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const early = await takeEarlyQuery(init.body);
  const res = early?.ok ? early : await send();
  if (!accessToken() || !(await saysUnauthenticated(res.clone()))) return res;
  return (await refreshSession()) ? send() : res;
}

async function saysUnauthenticated(res: Response): Promise<boolean> {
  if (res.status === 401) return true;
  try {
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ?? false;
  } catch {
    return false;
  }
}
