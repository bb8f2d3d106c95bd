import * as v from "valibot";
import { m } from "../http/messages";
import { SegmentTitles, ThemeDescriptions, ThemeLabels } from "./translations";
import { COUNTRY_CODES } from "./countries";
import { STAFF_ROLES } from "./roles";
import { TOPICS } from "./segment";
import { isoNow } from "./time";
import { hasVisibleText } from "./visible-text";

/**
 * Schemas shared by the JSON API, the HTML forms and the OpenAPI document. Every message is
 * `m(key, vars)` (`worker/http/messages.ts`): English for the API, translated on the pages.
 */

/** Browsers post a textarea's line breaks as CRLF; store them as LF so paragraphs split the same everywhere. */
const lf = v.transform((s: string) => s.replace(/\r\n?/g, "\n"));
/** Text fields with a minimum length: each has its own messages (`err.title.min`, …), so translations can agree with the noun. */
type TextField = "orgName" | "speakerName" | "proposal" | "title" | "statement" | "label";
export const text = (min: number, max: number, field: TextField) =>
  v.pipe(
    v.string(m(`err.${field}.type`)),
    lf,
    v.trim(),
    v.minLength(min, m(`err.${field}.min`, { min })),
    // Only invisible characters (NUL, zero-width spaces, direction marks…) count as empty.
    v.check(hasVisibleText, m(`err.${field}.min`, { min })),
    v.maxLength(max, m(`err.${field}.max`, { max })),
  );
/**
 * Optional text (an acronym, a speaker's role): empty, or made only of invisible characters (NUL,
 * zero-width spaces, the BOM, bidi marks…), it is absent: `""` here, stored as null by the services.
 */
const optionalText = (max: number, field: "acronym" | "speakerRole") =>
  v.nullish(
    v.pipe(
      v.string(m(`err.${field}.type`)),
      v.trim(),
      v.transform((s) => (hasVisibleText(s) ? s : "")),
      v.maxLength(max, m(`err.${field}.max`, { max })),
    ),
  );

export const Slug = v.pipe(v.string(m("err.slug.type")), v.regex(/^[a-z0-9][a-z0-9-]{1,79}$/, m("err.slug.format")));
export const IsoDate = v.pipe(
  v.string(m("err.date.format")),
  v.isoDate(m("err.date.format")),
  v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), m("err.date.invalid")),
);
export const IsoTimestamp = v.pipe(
  v.string(m("err.time.type")),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/, m("err.time.format")),
  v.check((s) => !Number.isNaN(Date.parse(s)), m("err.time.invalid")),
  // One form everywhere (`2022-07-01T09:00:00Z`): windows and sort keys are compared as strings.
  v.transform((s) => isoNow(new Date(s))),
);
export const Country = v.pipe(
  v.string(m("err.country.type")),
  v.check((s) => COUNTRY_CODES.has(s), m("err.country.choose")),
);
export const ORGANIZATION_TYPES = ["ngo", "academia", "private-sector", "foundation", "network", "other"] as const;
export const Language = v.pipe(
  v.string(m("err.language.type")),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, m("err.language.format")),
);
const HttpsUrl = v.pipe(v.string(m("err.website.type")), v.trim(), v.maxLength(300, m("err.website.tooLong")), v.url(m("err.website.format")), v.startsWith("https://", m("err.website.https")));

export const Organization = v.strictObject({
  name: text(2, 200, "orgName"),
  acronym: optionalText(20, "acronym"),
  country: Country,
  type: v.picklist(ORGANIZATION_TYPES, m("err.orgType.choose", { options: ORGANIZATION_TYPES.join(", ") })),
  website: v.nullish(HttpsUrl),
});

export const Speaker = v.strictObject({
  name: text(2, 200, "speakerName"),
  role: optionalText(200, "speakerRole"),
});

export const ThemeList = v.pipe(v.array(Slug, m("err.themes.type")), v.maxLength(30, m("err.themes.max", { max: 30 })));

export const ProposalInput = v.strictObject({
  text: text(10, 5000, "proposal"),
  themes: v.optional(ThemeList, []),
});

const submissionEntries = {
  segment: Slug,
  organization: Organization,
  speaker: Speaker,
  language: Language,
  title: text(3, 300, "title"),
  text: text(50, 100_000, "statement"),
  deliveredOn: v.nullish(IsoDate),
  proposals: v.optional(v.pipe(v.array(ProposalInput, m("err.proposals.type")), v.maxLength(50, m("err.proposals.max", { max: 50 }))), []),
  themes: v.optional(ThemeList, []),
};

export const SubmissionCreate = v.strictObject(submissionEntries);
export type SubmissionCreate = v.InferOutput<typeof SubmissionCreate>;

export const Version = v.pipe(v.number(m("err.version.type")), v.integer(m("err.version.integer")), v.minValue(1, m("err.version.min", { min: 1 })));

export const SubmissionPatch = v.strictObject({
  ...v.partial(v.strictObject(submissionEntries)).entries,
  version: Version,
});
export type SubmissionPatch = v.InferOutput<typeof SubmissionPatch>;

export const WithdrawBody = v.strictObject({ version: Version });

export const EmailAddress = v.pipe(
  v.string(m("err.email.type")),
  v.trim(),
  v.maxLength(254, m("err.email.tooLong")),
  v.email(m("err.email.format")),
  v.toLowerCase(),
);
export const EmailLinkBody = v.strictObject({ email: EmailAddress });
export const VerifyBody = v.strictObject({ token: v.pipe(v.string(m("err.token.type")), v.maxLength(200, m("err.token.invalid"))) });

export const SegmentCreate = v.strictObject({
  slug: Slug,
  title: text(3, 300, "title"),
  series: v.pipe(v.string(m("err.series.required")), v.trim(), v.minLength(1, m("err.series.required")), v.maxLength(40, m("err.series.tooLong"))),
  number: v.pipe(v.number(m("err.number.type")), v.integer(m("err.number.integer")), v.minValue(0, m("err.number.negative")), v.maxValue(999, m("err.number.tooLarge"))),
  topics: v.pipe(v.array(v.picklist(TOPICS, m("err.topics.choose", { options: TOPICS.join(", ") })), m("err.topics.type")), v.maxLength(5, m("err.topics.max"))),
  heldOn: IsoDate,
  opensAt: IsoTimestamp,
  closesAt: IsoTimestamp,
  titles: SegmentTitles,
});
export const SegmentPatch = v.strictObject(v.partial(v.strictObject(Object.fromEntries(Object.entries(SegmentCreate.entries).filter(([k]) => k !== "slug")) as Omit<typeof SegmentCreate.entries, "slug">)).entries);

export const ThemeCreate = v.strictObject({
  slug: Slug,
  label: text(2, 200, "label"),
  description: v.optional(v.pipe(v.string(m("err.description.type")), v.trim(), v.maxLength(2000, m("err.description.max", { max: 2000 }))), ""),
  labels: ThemeLabels,
  descriptions: ThemeDescriptions,
});
export const ThemePatch = v.strictObject({
  label: v.optional(text(2, 200, "label")),
  description: v.optional(v.pipe(v.string(m("err.description.type")), v.trim(), v.maxLength(2000, m("err.description.max", { max: 2000 })))),
  labels: ThemeLabels,
  descriptions: ThemeDescriptions,
});

export const StaffRolesBody = v.strictObject({
  roles: v.pipe(v.array(v.picklist(STAFF_ROLES, m("err.roles.choose")), m("err.roles.type")), v.maxLength(2, m("err.roles.max"))),
});

export const Pagination = v.object({
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, "limit must be a number from 1 to 100."), v.transform(Number), v.minValue(1, "limit must be from 1 to 100."), v.maxValue(100, "limit must be from 1 to 100.")), "20"),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,200}$/, "cursor is malformed."))),
});
