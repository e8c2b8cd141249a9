// The in-memory caches of the core (chunks read, merged contents, revision facts, parsed conflicts)
// hold values named by content hashes, so an entry never goes stale; they only must not grow
// without end. This one forgets its oldest entries past a number of entries or a total size.
export class BoundedCache<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private total = 0;

  /** `maxSize`: a bound on the sum of the sizes given to set() (characters of JSON, say). */
  constructor(
    private readonly maxEntries: number,
    private readonly maxSize = Infinity,
  ) {}

  get(key: string): V | undefined {
    return this.map.get(key)?.value;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  set(key: string, value: V, size = 0): void {
    this.delete(key);
    this.map.set(key, { value, size });
    this.total += size;
    while (this.map.size > this.maxEntries || this.total > this.maxSize) this.delete(this.map.keys().next().value!);
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    this.map.delete(key);
    this.total -= old.size;
  }
}
