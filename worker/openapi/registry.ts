import type * as v from "valibot";

type Schema = v.GenericSchema;

export type Op = {
  summary: string;
  tags: string[];
  auth?: "user" | "staff" | "admin";
  body?: Schema;
  /** A non-JSON request body, e.g. multipart/form-data for uploads. */
  rawBody?: { contentType: string; schema: object; description?: string };
  query?: { name: string; description: string; schema?: object }[];
  path?: { name: string; description: string }[];
  headers?: { name: string; description: string }[];
  /** `headers`: response header name → what it says (e.g. Location on 201). */
  responses: Record<number, { description: string; schema?: Schema; contentType?: string; headers?: Record<string, string> }>;
  errors?: number[];
};

/** Every documented operation: the single list the OpenAPI document is built from. */
export const OPERATIONS: Record<string, Record<string, Op>> = {};

export function register(path: string, method: "get" | "post" | "put" | "patch" | "delete", op: Op): void {
  (OPERATIONS[path] ??= {})[method] = op;
}

export const PAGE_PARAMS = [
  { name: "limit", description: "Page size, 1–100 (default 20).", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
  { name: "cursor", description: "The nextCursor of the previous page." },
];
export const REFERENCE_PARAM = { name: "reference", description: "The statement's reference, e.g. CD-7K3M-Q9XA." };
