/**
 * A Map that keeps at most `limit` entries: adding a new key when full
 * forgets the oldest one (insertion order). For what a process remembers to
 * save work (a verified token, a query's cost), so memory stays bounded
 * however many distinct keys callers send.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.delete(this.keys().next().value!);
    return super.set(key, value);
  }
}
