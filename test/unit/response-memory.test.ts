import { describe, expect, it } from "vitest";
import { ResponseMemory, type MemoryEntry } from "../../worker/http/response-memory";

const entry = (bytes: number, tag = ""): MemoryEntry => ({ body: new TextEncoder().encode(tag.padEnd(bytes, ".")).buffer as ArrayBuffer, status: 200, headers: [["etag", tag]] });

describe("ResponseMemory (the in-isolate copy of public answers)", () => {
  it("answers only for the version it holds", () => {
    const m = new ResponseMemory({ maxBytes: 1000, maxEntryBytes: 500 });
    m.put("v1", "/a", entry(10, "a"));
    expect(m.get("v1", "/a")?.headers).toEqual([["etag", "a"]]);
    expect(m.get("v2", "/a")).toBeUndefined();
  });

  it("drops everything when a newer version is stored, unless told not to", () => {
    const m = new ResponseMemory({ maxBytes: 1000, maxEntryBytes: 500 });
    m.put("v1", "/a", entry(10));
    m.put("v1", "/b", entry(10));
    m.put("v0", "/late", entry(10), (v) => v === "v1");
    expect(m.size).toEqual({ entries: 2, bytes: 20 });
    m.put("v2", "/c", entry(10));
    expect(m.size).toEqual({ entries: 1, bytes: 10 });
    expect(m.get("v1", "/a")).toBeUndefined();
    expect(m.get("v2", "/c")).toBeDefined();
  });

  it("stays within its byte budget, evicting the least recently used, and skips large answers", () => {
    const m = new ResponseMemory({ maxBytes: 300, maxEntryBytes: 150 });
    m.put("v", "/1", entry(100));
    m.put("v", "/2", entry(100));
    m.put("v", "/3", entry(100));
    m.get("v", "/1"); // now /2 is the least recently used
    m.put("v", "/4", entry(100));
    expect(m.get("v", "/2")).toBeUndefined();
    expect(m.get("v", "/1")).toBeDefined();
    expect(m.size.bytes).toBeLessThanOrEqual(300);
    m.put("v", "/big", entry(151));
    expect(m.get("v", "/big")).toBeUndefined();
    m.put("v", "/1", entry(50));
    expect(m.size).toEqual({ entries: 3, bytes: 250 });
  });
});
