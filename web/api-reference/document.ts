/** The parts of an OpenAPI 3.1 document the API reference reads, and local `$ref` resolution. */

export type JsonSchema = { [key: string]: unknown };

export type ParameterObject = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema; $ref?: string };
export type MediaObject = { schema?: JsonSchema };
export type ResponseObject = { description?: string; headers?: Record<string, { description?: string; schema?: JsonSchema }>; content?: Record<string, MediaObject>; $ref?: string };
export type OperationObject = {
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
export function deref<T extends object>(doc: OpenApiDoc, value: T | undefined): T | undefined {
  let v: unknown = value;
  for (let i = 0; i < 10 && v && typeof v === "object" && typeof (v as { $ref?: unknown }).$ref === "string"; i++) v = resolvePointer(doc, (v as { $ref: string }).$ref);
  return v && typeof v === "object" ? (v as T) : undefined;
}
