import { call, submissionBody } from "../helpers";

/** Builders for archive tests: statements filed through the staff import (published at once). */

export const LONG = "Distinguished delegates, civil society thanks the Member States for this dialogue and offers the following observations.";

export function archived(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return submissionBody({ segment: "2023-1-firearms", deliveredOn: "2023-05-05", ...overrides });
}

export async function importStatements(cookie: string, statements: Record<string, unknown>[]): Promise<string[]> {
  const res = await call("/api/v1/statements/import", { method: "POST", cookie, json: { statements } });
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { items: { reference: string }[] }).items.map((i) => i.reference);
}

export type SearchJson = {
  total: number;
  items: { reference: string; title: string; snippet: string; themes: string[]; publishedAt: string }[];
  facets: Record<"segment" | "theme" | "topic" | "country" | "language" | "year", { value: string; count: number }[]>;
  nextCursor: string | null;
};

export async function search(query: string): Promise<SearchJson> {
  const res = await call(`/api/v1/statements?${query}`, { headers: { "cache-control": "no-cache" } });
  if (res.status !== 200) throw new Error(`search answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as SearchJson;
}

export const refsOf = (r: SearchJson) => r.items.map((i) => i.reference).sort();
export const facet = (r: SearchJson, name: keyof SearchJson["facets"]) => Object.fromEntries(r.facets[name].map((f) => [f.value, f.count]));
