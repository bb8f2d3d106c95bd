import type { Context, MiddlewareHandler } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../env";
import { keyedError, type FieldError } from "./errors";
import { m } from "../i18n/messages";

export const JSON_LIMIT = 1024 * 1024;

type AnySchema = v.GenericSchema;

const OBJECT_TYPES = new Set(["object", "strict_object", "loose_object"]);

/** The messages for an object's shape, registered (see `m()`) when the module loads. */
export const SHAPE_MESSAGES = {
  unknown: m("err.field.unknown"),
  required: m("err.field.required"),
  object: m("err.field.object"),
  body: m("err.body.object"),
} as const;

/** API.md asks for human messages: valibot's own words for object shape ("Invalid key: Expected never…") are not. */
function humanMessage(issue: v.BaseIssue<unknown>): string {
  if (!OBJECT_TYPES.has(issue.type)) return issue.message;
  if (issue.expected === "never") return SHAPE_MESSAGES.unknown;
  if (issue.path?.length && issue.received === "undefined") return SHAPE_MESSAGES.required;
  if (issue.expected === "Object") return issue.path?.length ? SHAPE_MESSAGES.object : SHAPE_MESSAGES.body;
  return issue.message;
}

/** Turns valibot issues into API.md's `errors` list: one entry per failing field, dotted paths. */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => String(p.key)).join(".") || "(body)";
    const message = humanMessage(issue);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message });
  }
  return out;
}

export function parseWith<S extends AnySchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value, { abortEarly: false });
  if (!result.success) {
    throw keyedError("validation-failed", "err.request.invalid", {}, { errors: toFieldErrors(result.issues) });
  }
  return result.output;
}

/** Reads a stream to its end, or null (the stream cancelled) once it grows past `limit` bytes. */
export async function readBounded(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Reads a request body, refusing it once it grows past `limit` bytes, without trusting Content-Length. */
export async function readLimited(req: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) {
    throw keyedError("payload-too-large", "err.body.tooLarge", { limit });
  }
  if (!req.body) return new Uint8Array();
  const bytes = await readBounded(req.body, limit);
  if (!bytes) throw keyedError("payload-too-large", "err.body.tooLarge", { limit });
  return bytes;
}

/** Parses a JSON body (415 if not JSON, 413 past 1 MiB, 400 if unparseable); returns raw text too. */
export async function readJson(c: Context<AppEnv>): Promise<{ value: unknown; raw: string }> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!/^application\/([\w.-]+\+)?json$/.test(type)) {
    throw keyedError("unsupported-media-type", "err.body.mediaType");
  }
  const bytes = await readLimited(c.req.raw, JSON_LIMIT);
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw keyedError("bad-request", "err.body.utf8");
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw keyedError("bad-request", "err.body.json");
  }
  const bad = illFormedTextPath(value);
  if (bad !== null) {
    // "\ud800" escapes parse into strings that storage would silently turn into U+FFFD.
    const message = "This text contains a lone surrogate, so it is not valid Unicode.";
    throw keyedError("validation-failed", "err.request.invalid", {}, { errors: [{ path: bad || "(body)", message }] });
  }
  return { value, raw };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Node = { value: unknown; key: string; parent: Node | null };

function pathOf(node: Node): string {
  const keys: string[] = [];
  for (let n: Node | null = node; n && n.parent; n = n.parent) keys.push(n.key);
  return keys.reverse().join(".");
}

/** The dotted path of the first string (or key) that is not well-formed UTF-16, else null. Iterative: bodies may nest deeply. */
function illFormedTextPath(root: unknown): string | null {
  const stack: Node[] = [{ value: root, key: "", parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value === "string") {
      if (LONE_SURROGATE.test(node.value)) return pathOf(node);
    } else if (node.value !== null && typeof node.value === "object") {
      for (const [key, item] of Object.entries(node.value)) {
        const child = { value: item, key, parent: node };
        if (LONE_SURROGATE.test(key)) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return null;
}

/** Validator middleware: `c.req.valid("json")` is then the schema's typed output. */
export function jsonBody<S extends AnySchema>(
  schema: S,
): MiddlewareHandler<AppEnv, string, { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }> {
  return async (c, next) => {
    const { value } = await readJson(c);
    c.req.addValidatedData("json", parseWith(schema, value) as object);
    await next();
  };
}

/**
 * Query validator: malformed query parameters are 400, as API.md asks. An empty value counts as
 * absent (API.md's own templates read `?segment=&cursor=`).
 */
export function queryParams<S extends AnySchema>(
  schema: S,
): MiddlewareHandler<AppEnv, string, { in: { query: Record<string, string> }; out: { query: v.InferOutput<S> } }> {
  return async (c, next) => {
    const given = Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== ""));
    const result = v.safeParse(schema, given, { abortEarly: false });
    if (!result.success) {
      throw keyedError("bad-request", "err.query.malformed", {}, { errors: toFieldErrors(result.issues) });
    }
    c.req.addValidatedData("query", result.output as object);
    await next();
  };
}
