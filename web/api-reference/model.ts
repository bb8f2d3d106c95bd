/**
 * The API reference page's view of an OpenAPI 3.1 document: operations grouped by tag, parameters,
 * bodies and responses, and JSON Schemas turned into trees a page can show (`$ref`s resolved,
 * `anyOf` with null shown as `| null`, array items folded into their array). Pure: the page
 * (`web/pages/api-reference.tsx`) renders whatever document the Worker serves, so it cannot drift.
 */

export type JsonSchema = { [key: string]: unknown };

type ParameterObject = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema; $ref?: string };
type MediaObject = { schema?: JsonSchema };
type ResponseObject = { description?: string; headers?: Record<string, { description?: string; schema?: JsonSchema }>; content?: Record<string, MediaObject>; $ref?: string };
type OperationObject = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; description?: string; content?: Record<string, MediaObject>; $ref?: string };
  responses?: Record<string, ResponseObject>;
};

export type OpenApiDoc = {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, JsonSchema>; securitySchemes?: Record<string, { type?: string; in?: string; name?: string; description?: string }> };
};

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Tags in the order the page shows them: delegates (the public archive) first, staff last. Unknown tags follow, in document order. */
export const TAG_ORDER = ["public archive", "archive", "reference data", "auth", "submissions", "intake", "moderation", "administration", "operations"];

export type Access = { kind: "public" } | { kind: "session"; role: "user" | "staff" | "admin" | null };

export type ParameterView = { name: string; in: string; required: boolean; description?: string; schema: SchemaNode };
export type ContentView = { type: string; schema: SchemaNode | null };
export type ResponseView = { status: string; description?: string; headers: { name: string; description?: string }[]; content: ContentView[] };
export type OperationView = {
  id: string;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  access: Access;
  parameters: ParameterView[];
  requestBody: { required: boolean; description?: string; content: ContentView[] } | null;
  responses: ResponseView[];
};
export type GroupView = { tag: string; id: string; operations: OperationView[] };

/** A node of a schema tree. `type` is a short label (`string | null`, `object[]`, a shared schema's name). */
export type SchemaNode = {
  type: string;
  /** Set when the schema is one of `components.schemas`: the page links to it instead of repeating it. */
  ref?: { name: string; anchor: string };
  description?: string;
  /** JSON Schema keywords that constrain the value, e.g. `["maxLength", "200"]`; `items.` prefixed for an array's items. */
  constraints: [string, string][];
  enum?: string[];
  properties?: { name: string; required: boolean; node: SchemaNode }[];
  variants?: SchemaNode[];
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** `#op-get-api-v1-statements-reference` for `GET /api/v1/statements/{reference}`. */
export function operationAnchor(method: string, path: string): string {
  return `op-${method.toLowerCase()}-${slug(path)}`;
}
export const tagAnchor = (tag: string) => `tag-${slug(tag) || "other"}`;
export const schemaAnchor = (name: string) => `schema-${slug(name)}`;

/** Follows a local JSON pointer (`#/components/schemas/Problem`); null when it leads nowhere. */
export function resolvePointer(doc: OpenApiDoc, ref: string): unknown {
  if (!ref.startsWith("#/")) return null;
  let at: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!at || typeof at !== "object" || !Object.hasOwn(at, key)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** Objects such as parameters and responses may themselves be `$ref`s (to `components.parameters`, …). */
function deref<T extends object>(doc: OpenApiDoc, value: T | undefined): T | undefined {
  let v: unknown = value;
  for (let i = 0; i < 10 && v && typeof v === "object" && typeof (v as { $ref?: unknown }).$ref === "string"; i++) v = resolvePointer(doc, (v as { $ref: string }).$ref);
  return v && typeof v === "object" ? (v as T) : undefined;
}

const CONSTRAINTS = [
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "contentMediaType",
  "contentEncoding",
  "default",
  "examples",
] as const;

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const isNull = (s: unknown) => !!s && typeof s === "object" && (s as JsonSchema).type === "null";
const asSchema = (s: unknown): JsonSchema => (s && typeof s === "object" && !Array.isArray(s) ? (s as JsonSchema) : {});
const MAX_DEPTH = 16;

/** Turns a JSON Schema into a tree the page can show; `$ref`s to shared schemas become links, others are expanded. */
export function schemaNode(doc: OpenApiDoc, input: unknown, seen: ReadonlySet<string> = new Set(), depth = 0): SchemaNode {
  const schema = asSchema(input);
  const description = typeof schema.description === "string" ? schema.description : undefined;

  if (typeof schema.$ref === "string") {
    const ref = schema.$ref;
    const shared = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
    if (shared) {
      const name = decodeURIComponent(shared[1]!);
      return { type: name, ref: { name, anchor: schemaAnchor(name) }, description, constraints: [] };
    }
    const target = resolvePointer(doc, ref);
    if (!target || seen.has(ref) || depth > MAX_DEPTH) return { type: ref.split("/").pop() || "object", description, constraints: [] };
    const node = schemaNode(doc, target, new Set([...seen, ref]), depth + 1);
    return description ? { ...node, description } : node;
  }
  if (depth > MAX_DEPTH) return { type: "…", constraints: [] };

  // anyOf / oneOf: a null alternative reads as `| null`; one other alternative is shown in place.
  const alternatives = (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null) as unknown[] | null;
  if (alternatives) {
    const nullable = alternatives.some(isNull);
    const others = alternatives.filter((a) => !isNull(a)).map((a) => schemaNode(doc, a, seen, depth + 1));
    const suffix = nullable ? " | null" : "";
    if (others.length === 1) {
      const [only] = others as [SchemaNode];
      return { ...only, type: `${only.type}${suffix}`, description: description ?? only.description };
    }
    return { type: `${others.map((o) => o.type).join(" | ") || "null"}${suffix}`, description, constraints: [], variants: others };
  }

  // allOf: the parts' properties and constraints together.
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((p) => schemaNode(doc, p, seen, depth + 1));
    return {
      type: [...new Set(parts.map((p) => p.type))].join(" & ") || "object",
      description: description ?? parts.find((p) => p.description)?.description,
      constraints: parts.flatMap((p) => p.constraints),
      ...(parts.some((p) => p.properties) ? { properties: parts.flatMap((p) => p.properties ?? []) } : {}),
      ...(parts.some((p) => p.enum) ? { enum: parts.flatMap((p) => p.enum ?? []) } : {}),
    };
  }

  const constraints: [string, string][] = CONSTRAINTS.filter((k) => schema[k] !== undefined).map((k) => [k, show(schema[k])]);
  const values = Array.isArray(schema.enum) ? schema.enum : "const" in schema ? [schema.const] : null;
  const enumValues = values?.map(show);
  const inferred = values?.length ? [...new Set(values.map((v) => (v === null ? "null" : typeof v)))].join(" | ") : undefined;
  const declared = Array.isArray(schema.type) ? schema.type.join(" | ") : typeof schema.type === "string" ? schema.type : undefined;

  if (declared === "array" || (!declared && schema.items)) {
    const items = schemaNode(doc, schema.items ?? {}, seen, depth + 1);
    const label = items.type.includes(" ") ? `(${items.type})` : items.type;
    return {
      type: `${label}[]`,
      description: description ?? items.description,
      ...(items.ref ? { ref: items.ref } : {}),
      constraints: [...constraints, ...items.constraints.map(([k, v]): [string, string] => [`items.${k}`, v])],
      ...(items.enum ? { enum: items.enum } : {}),
      ...(items.properties ? { properties: items.properties } : {}),
      ...(items.variants ? { variants: items.variants } : {}),
    };
  }

  const props = schema.properties && typeof schema.properties === "object" ? (schema.properties as Record<string, unknown>) : null;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const properties = props ? Object.entries(props).map(([name, s]) => ({ name, required: required.has(name), node: schemaNode(doc, s, seen, depth + 1) })) : [];
  const extra = schema.additionalProperties;
  if (extra && typeof extra === "object") properties.push({ name: "*", required: false, node: schemaNode(doc, extra, seen, depth + 1) });

  return {
    type: declared ?? inferred ?? (props || extra ? "object" : "any"),
    description,
    constraints,
    ...(enumValues ? { enum: enumValues } : {}),
    ...(properties.length ? { properties } : {}),
  };
}

/** `Requires a session (staff).` in an operation's description names the role; the page shows it in the reader's language. */
const SESSION_NOTE = /\s*Requires a session \((user|staff|admin)\)\.\s*/;

function accessOf(doc: OpenApiDoc, op: OperationObject): Access {
  const security = op.security ?? doc.security ?? [];
  // An empty requirement object ({}) in the list makes the operation callable without credentials.
  if (security.length === 0 || security.some((s) => Object.keys(s).length === 0)) return { kind: "public" };
  const role = SESSION_NOTE.exec(op.description ?? "")?.[1] as "user" | "staff" | "admin" | undefined;
  return { kind: "session", role: role ?? null };
}

function contentOf(doc: OpenApiDoc, content: Record<string, MediaObject> | undefined): ContentView[] {
  return Object.entries(content ?? {}).map(([type, media]) => ({ type, schema: media?.schema ? schemaNode(doc, media.schema) : null }));
}

function operationView(doc: OpenApiDoc, path: string, method: string, op: OperationObject, shared: unknown[]): OperationView {
  const access = accessOf(doc, op);
  const description = access.kind === "session" && access.role ? op.description?.replace(SESSION_NOTE, " ").trim() || undefined : op.description;
  // Path-level parameters apply unless the operation overrides one with the same name and location.
  const params = new Map<string, ParameterObject>();
  for (const p of [...shared, ...(op.parameters ?? [])]) {
    const param = deref(doc, p as ParameterObject);
    if (param?.name) params.set(`${param.in} ${param.name}`, param);
  }
  const body = deref(doc, op.requestBody);
  return {
    id: operationAnchor(method, path),
    method,
    path,
    summary: op.summary,
    description,
    access,
    parameters: [...params.values()].map((p) => ({ name: p.name, in: p.in, required: p.required === true || p.in === "path", description: p.description, schema: schemaNode(doc, p.schema ?? {}) })),
    requestBody: body ? { required: body.required === true, description: body.description, content: contentOf(doc, body.content) } : null,
    responses: Object.entries(op.responses ?? {})
      .map(([status, r]) => [status, deref(doc, r) ?? {}] as const)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, r]) => ({
        status,
        description: r.description,
        headers: Object.entries(r.headers ?? {}).map(([name, h]) => ({ name, description: deref(doc, h)?.description })),
        content: contentOf(doc, r.content),
      })),
  };
}

/** Every operation of the document, grouped by its first tag in `TAG_ORDER`; within a group, in document order. */
export function groupOperations(doc: OpenApiDoc): GroupView[] {
  const groups = new Map<string, OperationView[]>();
  const ids = new Set<string>();
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem as Record<string, unknown>) ?? {};
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as OperationObject | undefined;
      if (!op || typeof op !== "object") continue;
      const view = operationView(doc, path, method, op, shared);
      // Two paths that differ only in punctuation would share an anchor: number the later one.
      for (let n = 2; ids.has(view.id); n++) view.id = `${operationAnchor(method, path)}-${n}`;
      ids.add(view.id);
      const tag = op.tags?.[0] ?? "";
      groups.set(tag, [...(groups.get(tag) ?? []), view]);
    }
  }
  const rank = (tag: string) => (tag === "" ? Number.MAX_SAFE_INTEGER : TAG_ORDER.includes(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.length);
  return [...groups.entries()]
    .map(([tag, operations], i) => ({ tag, id: tagAnchor(tag), operations, i }))
    .sort((a, b) => rank(a.tag) - rank(b.tag) || a.i - b.i)
    .map(({ tag, id, operations }) => ({ tag, id, operations }));
}

/** The shared schemas (`components.schemas`), as the page's last section shows them. */
export function sharedSchemas(doc: OpenApiDoc): { name: string; anchor: string; node: SchemaNode }[] {
  return Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => ({ name, anchor: schemaAnchor(name), node: schemaNode(doc, schema, new Set([`#/components/schemas/${name}`])) }));
}

/** The curl examples of the introduction: public reads, each a documented path (a test checks it). */
export const EXAMPLES = [
  { key: "search", path: "/api/v1/statements", query: "?q=%22referral+mechanism%22&theme=victim-protection&sort=newest", curl: "curl" },
  { key: "statement", path: "/api/v1/statements/{reference}", query: "", curl: "curl", reference: "CD-7K3M-Q9XA" },
  { key: "csv", path: "/api/v1/statements.csv", query: "?year=2022&topic=firearms", curl: "curl -o statements.csv" },
  { key: "atom", path: "/feeds/statements.atom", query: "?theme=victim-protection", curl: "curl" },
] as const;

export function exampleCommand(origin: string, example: (typeof EXAMPLES)[number]): string {
  const path = "reference" in example ? example.path.replace("{reference}", example.reference) : example.path;
  return `${example.curl} '${origin}${path}${example.query}'`;
}
