import * as v from "valibot";
import { Int } from "./responses";

/** Response shapes of following the archive and of the statistics. Tests parse real responses with these. */

const Values = v.array(v.string());
export const FollowedSearchOut = v.strictObject({
  q: v.optional(v.string()),
  segment: v.optional(Values),
  theme: v.optional(Values),
  topic: v.optional(Values),
  country: v.optional(Values),
  language: v.optional(Values),
});

export const SubscriptionSentOut = v.strictObject({ status: v.literal("sent") });
export const SubscriptionConfirmedOut = v.strictObject({
  status: v.literal("confirmed"),
  frequency: v.picklist(["daily", "weekly"]),
  filters: v.pipe(FollowedSearchOut, v.description("The followed search as stored: values trimmed, deduplicated and sorted; empty ones left out.")),
});
export const UnsubscribedOut = v.strictObject({ status: v.literal("unsubscribed") });

const StatItems = v.array(v.strictObject({ value: v.string(), label: v.string(), count: Int }));
const Reflected = v.pipe(Int, v.description("Proposals of these statements reflected in an outcome (linked to a paragraph of their segment's Chair's summary)."));
const ReflectedStatItems = v.array(v.strictObject({ value: v.string(), label: v.string(), count: Int, reflected: Reflected }));
export const StatisticsOut = v.strictObject({
  statements: Int,
  proposals: v.pipe(Int, v.description("Proposals of the matching statements.")),
  organizations: v.pipe(Int, v.description("Distinct organizations (name and country) of the matching statements.")),
  proposalsReflected: v.pipe(Int, v.description("Proposals of the matching statements linked to a paragraph of their segment's Chair's summary (API.md \"Outcomes\").")),
  byYear: v.pipe(StatItems, v.description("Year of deliveredOn, else of the segment's date; in order of year.")),
  bySegment: v.pipe(ReflectedStatItems, v.description("Segment slug; label = its title. By count, then label.")),
  byTheme: v.pipe(
    v.array(v.strictObject({ value: v.string(), label: v.string(), statements: Int, proposals: Int, reflected: Reflected })),
    v.description("statements: matching statements with the theme (on the statement or any of its proposals); proposals: their proposals tagged with it; reflected: those proposals reflected in an outcome."),
  ),
  byCountry: v.pipe(StatItems, v.description("ISO 3166-1 alpha-2 code; label = English name.")),
  byOrganizationType: v.pipe(ReflectedStatItems, v.description("ngo, academia, private-sector, foundation, network or other.")),
  byLanguage: v.pipe(StatItems, v.description("Language tag; label = English name.")),
});
