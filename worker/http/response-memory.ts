/** A public answer kept in memory: its bytes, status and headers. */
export type MemoryEntry = { body: ArrayBuffer; status: number; headers: [string, string][] };

/**
 * Recent answers of one archive version, least recently used first out. Everything is dropped
 * when a newer version is stored (keys already include the version in the Cache API; here one
 * version at a time is enough and keeps memory bounded). Sizes are counted in body bytes.
 */
export class ResponseMemory {
  private readonly entries = new Map<string, MemoryEntry>();
  private bytes = 0;
  private version = "";

  constructor(private readonly limits: { maxBytes: number; maxEntryBytes: number }) {}

  get(version: string, key: string): MemoryEntry | undefined {
    if (version !== this.version) return undefined;
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps `entry`; a different version replaces everything, if `mayReplace` allows it. */
  put(version: string, key: string, entry: MemoryEntry, mayReplace: (version: string) => boolean = () => true): void {
    if (entry.body.byteLength > this.limits.maxEntryBytes) return;
    if (version !== this.version) {
      if (!mayReplace(version)) return;
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.byteLength;
    }
    this.entries.set(key, entry);
    this.bytes += entry.body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.byteLength;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
