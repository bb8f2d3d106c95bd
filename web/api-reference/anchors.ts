/** The page's fragment identifiers: one per operation, tag and shared schema. */

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
