import type { DocumentNode } from 'graphql';
import { BoundedMap } from '@chainq/core';

/**
 * What a plugin works out once per parsed document and keeps while Apollo
 * keeps the document (one per query text): a map per document, of at most
 * `limit` keys (an operation name, with its variables where they matter),
 * made when the document is first asked for.
 */
export function perDocument<V>(limit: number): (document: DocumentNode) => BoundedMap<string, V> {
  const maps = new WeakMap<DocumentNode, BoundedMap<string, V>>();
  return (document) => {
    let map = maps.get(document);
    if (!map) maps.set(document, (map = new BoundedMap(limit)));
    return map;
  };
}
