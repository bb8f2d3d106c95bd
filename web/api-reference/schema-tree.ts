/** JSON Schemas as trees the API reference page can show. */

import { schemaAnchor } from "./anchors";
import { resolvePointer, type JsonSchema, type OpenApiDoc } from "./document";

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

/** The shared schemas (`components.schemas`), as the page's last section shows them. */
export function sharedSchemas(doc: OpenApiDoc): { name: string; anchor: string; node: SchemaNode }[] {
  return Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => ({ name, anchor: schemaAnchor(name), node: schemaNode(doc, schema, new Set([`#/components/schemas/${name}`])) }));
}
