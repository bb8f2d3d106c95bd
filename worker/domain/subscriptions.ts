import * as v from "valibot";
import { m } from "../i18n/messages";
import { EmailAddress } from "./schemas";

/** Following a search by email (API.md "Following the archive"): bodies, the followed filters, the schedule. */

export const FREQUENCIES = ["daily", "weekly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** The search filters a subscription may follow (API.md), besides `q`. */
export const FOLLOWED_FILTERS = ["segment", "theme", "topic", "country", "language"] as const;
export type FollowedFilter = (typeof FOLLOWED_FILTERS)[number];
export type FollowedSearch = { q?: string } & Partial<Record<FollowedFilter, string[]>>;

const MAX_VALUES = 20;
const Value = v.pipe(v.string(m("err.follow.filterType")), v.trim(), v.maxLength(100, m("err.follow.filterTooLong", { max: 100 })));
/** One value or a list of them, as the search page's repeated query parameters. */
const Values = v.union([Value, v.pipe(v.array(Value, m("err.follow.filterType")), v.maxLength(MAX_VALUES, m("err.follow.filterMax", { max: MAX_VALUES })))], m("err.follow.filterType"));

export const FollowedFilters = v.strictObject(
  {
    q: v.optional(v.pipe(v.string(m("err.follow.qType")), v.trim(), v.maxLength(500, m("err.follow.qTooLong", { max: 500 })))),
    segment: v.optional(Values),
    theme: v.optional(Values),
    topic: v.optional(Values),
    country: v.optional(Values),
    language: v.optional(Values),
  },
  m("err.follow.filtersType"),
);

export const SubscriptionCreate = v.strictObject({
  email: EmailAddress,
  frequency: v.picklist(FREQUENCIES, m("err.follow.frequency")),
  filters: v.optional(FollowedFilters),
});
export type SubscriptionInput = v.InferOutput<typeof SubscriptionCreate>;

export const SubscriptionToken = v.strictObject({ token: v.pipe(v.string(m("err.token.type")), v.maxLength(200, m("err.token.invalid"))) });

/** One canonical form (values trimmed, deduplicated, sorted; empty ones dropped): two equal searches compare equal. */
export function normalizeFollowed(input: v.InferOutput<typeof FollowedFilters> | undefined): FollowedSearch {
  const out: FollowedSearch = {};
  const q = input?.q?.trim();
  if (q) out.q = q;
  for (const f of FOLLOWED_FILTERS) {
    const raw = input?.[f];
    const list = [...new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((x) => x.trim()).filter(Boolean))].sort();
    if (list.length) out[f] = list;
  }
  return out;
}

/** The followed search as the search page's query string (`q=…&theme=a&theme=b`): what the archive parser reads. */
export function followedQuery(search: FollowedSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  for (const f of FOLLOWED_FILTERS) for (const value of search[f] ?? []) params.append(f, value);
  return params;
}

/** The followed part of a search page's query string (the /subscribe form is opened with it). */
export function followedFromQuery(params: URLSearchParams): FollowedSearch {
  return normalizeFollowed({
    q: (params.get("q") ?? "").slice(0, 500),
    ...Object.fromEntries(FOLLOWED_FILTERS.map((f) => [f, params.getAll(f).slice(0, MAX_VALUES).map((x) => x.slice(0, 100))])),
  });
}

export const PERIOD_HOURS: Record<Frequency, number> = { daily: 24, weekly: 24 * 7 };
/**
 * When the digest after one sent at `at` is due. Ten minutes early (two cron ticks), so that the
 * cron's five-minute steps do not push a daily digest later every day.
 */
export function nextDueAfter(frequency: Frequency, at: string): string {
  return new Date(Date.parse(at) + (PERIOD_HOURS[frequency] * 60 - 10) * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}
