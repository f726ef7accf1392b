/**
 * Helpers for batch loaders: a DataLoader wants one result per key, in the
 * order of the keys, from one query that returned rows in any order.
 */
export function alignTo<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | undefined)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}

/** Rows grouped per key (keeping the rows' order within a group), one group per key. */
export function groupTo<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
