/**
 * The API reference page's view of an OpenAPI 3.1 document: operations grouped by tag, parameters,
 * bodies and responses, their JSON Schemas turned into trees by `schema-tree.ts` (`$ref`s resolved,
 * `anyOf` with null shown as `| null`, array items folded into their array). Pure: the page
 * (`web/pages/api-reference.tsx`) renders whatever document the Worker serves, so it cannot drift.
 */
import { operationAnchor, tagAnchor } from "./anchors";
import { deref, HTTP_METHODS, type MediaObject, type OpenApiDoc, type OperationObject, type ParameterObject } from "./document";
import { schemaNode, type SchemaNode } from "./schema-tree";

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
