import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { endTime, startTime } from "hono/timing";
import { archiveVersion } from "../db/archive-search";
import type { AppEnv } from "../env";
import { passRateLimit } from "./rate-limit";
import { BOOKMARK_COOKIE } from "./public-reader";
import { ResponseMemory, type MemoryEntry } from "./response-memory";

type C = Context<AppEnv>;

/** Public archive responses may be kept a minute by anyone; the archive version makes them exact. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/**
 * The archive version as this isolate last read it. Anonymous reads reuse it for up to a second,
 * so a cache hit costs no D1 round trip at all; a publish elsewhere shows within that second
 * (public responses already say max-age=60). Signed-in people and bookmark holders always read
 * it afresh (read-your-writes), and any write handled by this isolate forgets it at once.
 */
let memo: { version: string; at: number } | null = null;
export const VERSION_MEMO_MS = 1000;

export function forgetArchiveVersion(): void {
  memo = null;
}

async function currentVersion(c: C, db: D1Database | D1DatabaseSession): Promise<string> {
  const now = Date.now();
  const mayReuse = !c.get("user") && !getCookie(c, BOOKMARK_COOKIE);
  if (mayReuse && memo && now - memo.at >= 0 && now - memo.at < VERSION_MEMO_MS) return memo.version;
  const version = await archiveVersion(db);
  memo = { version, at: now };
  return version;
}

/** Recent public answers in this isolate's memory, in front of the Cache API (a hit costs no I/O). */
const memory = new ResponseMemory({ maxBytes: 8 * 1024 * 1024, maxEntryBytes: 512 * 1024 });

function memoryGet(version: string, key: string): MemoryEntry | undefined {
  return memory.get(version, key);
}

function memoryPut(version: string, key: string, entry: MemoryEntry): void {
  // Only the version this isolate currently knows may replace the map (a late answer read at an
  // older version must not evict the newer ones).
  memory.put(version, key, entry, (v) => !memo || memo.version === v);
}

function later(c: C, work: Promise<unknown>): Promise<void> | void {
  const quiet = work.then(
    () => undefined,
    () => undefined,
  );
  try {
    c.executionCtx.waitUntil(quiet);
  } catch {
    return quiet;
  }
}

async function shortHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 9)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function canonicalQuery(url: URL): string {
  const pairs = [...url.searchParams.entries()].filter(([k]) => k !== "lang");
  pairs.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return new URLSearchParams(pairs).toString();
}

function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === opaque);
}

/** A response built together with the archive version it was read at (one D1 batch). */
export type Versioned<T> = { version: string; value: T };

/**
 * Serves a public GET through its ETag (304 when If-None-Match matches) and the Cache API, keyed
 * by the archive version: a publish bumps the version, so no stale entry is ever served after it.
 * `Cache-Control: no-cache` on the request skips the cache lookup (the bench measures both ways).
 *
 * A `versioned` builder reads the archive version in the same D1 batch as its data, so the entry
 * is stored under the version its data was read at, and a request that skips the cache lookup
 * makes one round trip to D1 instead of two.
 */
export async function cachedPublic(
  c: C,
  db: D1Database | D1DatabaseSession,
  build: (() => Promise<Response>) | { versioned: () => Promise<Versioned<Response>> },
  options: { stream?: boolean } = {},
): Promise<Response> {
  const url = new URL(c.req.url);
  const key = `${url.pathname}?${canonicalQuery(url)}`;
  const hash = await shortHash(key);
  const etagOf = (version: string) => `W/"${version}-${hash}"`;
  const headersOf = (version: string) => ({ ETag: etagOf(version), "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Encoding" });
  const cache = typeof caches === "undefined" ? null : caches.default;
  const noCache = /no-cache|no-store/i.test(c.req.header("cache-control") ?? "");
  const ifNoneMatch = c.req.header("if-none-match");

  // The version first, unless a versioned builder will read it with its data anyway.
  let version: string | null = null;
  if (!(noCache && typeof build !== "function" && !ifNoneMatch)) {
    startTime(c, "version");
    version = await currentVersion(c, db);
    endTime(c, "version");
    if (matchesIfNoneMatch(ifNoneMatch, etagOf(version))) {
      await passRateLimit(c);
      return new Response(null, { status: 304, headers: headersOf(version) });
    }
    if (!noCache) {
      const kept = memoryGet(version, key);
      if (kept) {
        await passRateLimit(c);
        // Through Hono, so this request's own cookies (`?lang=`) are added to the shared answer.
        const res = c.newResponse(kept.body, { status: 200, headers: new Headers(kept.headers) });
        res.headers.set("X-Archive-Cache", "hit");
        return res;
      }
    }
    if (cache && !noCache) {
      startTime(c, "cache");
      const hit = await cache.match(new Request(`https://archive-cache.invalid/${version}${key}`));
      endTime(c, "cache");
      if (hit) {
        await passRateLimit(c);
        const res = c.newResponse(hit.body, hit);
        res.headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
        res.headers.set("X-Archive-Cache", "hit");
        return res;
      }
    }
  }

  await passRateLimit(c);
  startTime(c, "build");
  const built = typeof build === "function" ? { version: version!, value: await build() } : await build.versioned();
  endTime(c, "build");
  const res = new Response(built.value.body, built.value);
  for (const [k, v] of Object.entries(headersOf(built.version))) res.headers.set(k, v);
  if (res.status !== 200 || !res.body) return res;
  // What is kept is shared by every reader: never a cookie set for this one (`?lang=` sets one,
  // and `lang` is not part of the key).
  const headers = [...res.headers].filter(([name]) => name.toLowerCase() !== "set-cookie");
  const store = (body: ArrayBuffer) => {
    memoryPut(built.version, key, { body, status: 200, headers });
    if (!cache) return Promise.resolve();
    const stored = new Response(body, { status: 200, headers });
    stored.headers.set("Cache-Control", "public, max-age=300");
    return cache.put(new Request(`https://archive-cache.invalid/${built.version}${key}`), stored);
  };
  if (!options.stream) {
    // Built in memory anyway (JSON, Atom): kept before answering, so the very next request hits.
    const body = await res.arrayBuffer();
    await later(c, store(body));
    return c.newResponse(body, { status: 200, headers: new Headers(headers) });
  }
  // A long stream (CSV): the client gets its copy as it is made; the other copy is kept after.
  const [forClient, forCache] = res.body.tee();
  await later(c, new Response(forCache).arrayBuffer().then(store));
  return c.newResponse(forClient, { status: 200, headers: new Headers(headers) });
}

/**
 * The same cache for data a page renders (the /statements page's search result): pages vary by
 * language and signed-in state, so the HTML is not cached, but the search behind it is.
 */
export async function cachedData<T>(c: C, db: D1Database | D1DatabaseSession, name: string, build: () => Promise<Versioned<T>>): Promise<T> {
  const cache = typeof caches === "undefined" ? null : caches.default;
  const url = new URL(c.req.url);
  const key = `/data/${name}?${canonicalQuery(url)}`;
  const request = (version: string) => new Request(`https://archive-cache.invalid/${version}${key}`);
  const version = await currentVersion(c, db);
  const kept = memoryGet(version, key);
  const hit = kept ? null : await cache?.match(request(version));
  await passRateLimit(c);
  if (kept) return JSON.parse(new TextDecoder().decode(kept.body)) as T;
  if (hit) return (await hit.json()) as T;
  const built = await build();
  const body = new TextEncoder().encode(JSON.stringify(built.value)).buffer as ArrayBuffer;
  const headers: [string, string][] = [["Content-Type", "application/json"], ["Cache-Control", "public, max-age=300"]];
  memoryPut(built.version, key, { body, status: 200, headers });
  if (cache) await later(c, cache.put(request(built.version), new Response(body, { headers })));
  return built.value;
}
