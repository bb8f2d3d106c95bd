import * as v from "valibot";
import { COUNTRY_CODES } from "./countries";
import { STAFF_ROLES } from "./roles";
import { TOPICS } from "./segment";
import { isoNow } from "./time";
import { hasVisibleText } from "./visible-text";

/** Schemas shared by the JSON API, the HTML forms and the OpenAPI document. */

/** Browsers post a textarea's line breaks as CRLF; store them as LF so paragraphs split the same everywhere. */
const lf = v.transform((s: string) => s.replace(/\r\n?/g, "\n"));
export const text = (min: number, max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be text.`),
    lf,
    v.trim(),
    v.minLength(min, `${what} needs at least ${min} characters.`),
    v.check(hasVisibleText, `${what} needs at least ${min} characters.`),
    v.maxLength(max, `${what} can have at most ${max} characters.`),
  );
const optionalText = (max: number, what: string) =>
  v.nullish(v.pipe(v.string(`${what} must be text.`), v.trim(), v.maxLength(max, `${what} can have at most ${max} characters.`)));

export const Slug = v.pipe(v.string("Give a slug."), v.regex(/^[a-z0-9][a-z0-9-]{1,79}$/, "Use 2–80 lowercase letters, digits and hyphens."));
export const IsoDate = v.pipe(
  v.string("Give a date as YYYY-MM-DD."),
  v.isoDate("Give a date as YYYY-MM-DD."),
  v.check((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "That date does not exist."),
);
export const IsoTimestamp = v.pipe(
  v.string("Give a time in ISO 8601 UTC."),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/, "Give a time in ISO 8601 UTC, e.g. 2022-07-01T09:00:00Z."),
  v.check((s) => !Number.isNaN(Date.parse(s)), "That time does not exist."),
  // One form everywhere (`2022-07-01T09:00:00Z`): windows and sort keys are compared as strings.
  v.transform((s) => isoNow(new Date(s))),
);
export const Country = v.pipe(
  v.string("Give an ISO 3166-1 alpha-2 country code."),
  v.check((s) => COUNTRY_CODES.has(s), "Choose the country: an ISO 3166-1 alpha-2 code, e.g. PK."),
);
export const ORGANIZATION_TYPES = ["ngo", "academia", "private-sector", "foundation", "network", "other"] as const;
export const Language = v.pipe(
  v.string("Give a language tag."),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a BCP 47 language tag, e.g. en, fr or es."),
);
const HttpsUrl = v.pipe(v.string("Give a web address."), v.trim(), v.maxLength(300, "The web address is too long."), v.url("Give a full web address."), v.startsWith("https://", "The web address must start with https://."));

export const Organization = v.strictObject({
  name: text(2, 200, "The organization's name"),
  acronym: optionalText(20, "The acronym"),
  country: Country,
  type: v.picklist(ORGANIZATION_TYPES, `Choose one of: ${ORGANIZATION_TYPES.join(", ")}.`),
  website: v.nullish(HttpsUrl),
});

export const Speaker = v.strictObject({
  name: text(2, 200, "The speaker's name"),
  role: optionalText(200, "The speaker's role"),
});

export const ThemeList = v.pipe(v.array(Slug, "Give a list of theme slugs."), v.maxLength(30, "Choose at most 30 themes."));

export const ProposalInput = v.strictObject({
  text: text(10, 5000, "A proposal"),
  themes: v.optional(ThemeList, []),
});

const submissionEntries = {
  segment: Slug,
  organization: Organization,
  speaker: Speaker,
  language: Language,
  title: text(3, 300, "The title"),
  text: text(50, 100_000, "The statement"),
  deliveredOn: v.nullish(IsoDate),
  proposals: v.optional(v.pipe(v.array(ProposalInput, "Give a list of proposals."), v.maxLength(50, "A statement can have at most 50 proposals.")), []),
  themes: v.optional(ThemeList, []),
};

export const SubmissionCreate = v.strictObject(submissionEntries);
export type SubmissionCreate = v.InferOutput<typeof SubmissionCreate>;

export const Version = v.pipe(v.number("Give the version as a number."), v.integer("The version is a whole number."), v.minValue(1, "The version starts at 1."));

export const SubmissionPatch = v.strictObject({
  ...v.partial(v.strictObject(submissionEntries)).entries,
  version: Version,
});
export type SubmissionPatch = v.InferOutput<typeof SubmissionPatch>;

export const WithdrawBody = v.strictObject({ version: Version });

export const EmailAddress = v.pipe(
  v.string("Give an email address."),
  v.trim(),
  v.maxLength(254, "That email address is too long."),
  v.email("Give a valid email address."),
  v.toLowerCase(),
);
export const EmailLinkBody = v.strictObject({ email: EmailAddress });
export const VerifyBody = v.strictObject({ token: v.pipe(v.string("Give the token from the link."), v.maxLength(200, "That token is not valid.")) });

export const SegmentCreate = v.strictObject({
  slug: Slug,
  title: text(3, 300, "The title"),
  series: v.pipe(v.string("Give the series, e.g. 2024."), v.trim(), v.minLength(1, "Give the series, e.g. 2024."), v.maxLength(40, "The series is too long.")),
  number: v.pipe(v.number("Give the number."), v.integer("The number is a whole number."), v.minValue(0, "The number cannot be negative."), v.maxValue(999, "The number is too large.")),
  topics: v.pipe(v.array(v.picklist(TOPICS, `Topics are: ${TOPICS.join(", ")}.`), "Give a list of topics."), v.maxLength(5, "At most five topics.")),
  heldOn: IsoDate,
  opensAt: IsoTimestamp,
  closesAt: IsoTimestamp,
});
export const SegmentPatch = v.strictObject(v.partial(v.strictObject(Object.fromEntries(Object.entries(SegmentCreate.entries).filter(([k]) => k !== "slug")) as Omit<typeof SegmentCreate.entries, "slug">)).entries);

export const ThemeCreate = v.strictObject({
  slug: Slug,
  label: text(2, 200, "The label"),
  description: v.optional(v.pipe(v.string("The description must be text."), v.trim(), v.maxLength(2000, "The description can have at most 2000 characters.")), ""),
});
export const ThemePatch = v.strictObject({
  label: v.optional(text(2, 200, "The label")),
  description: v.optional(v.pipe(v.string("The description must be text."), v.trim(), v.maxLength(2000, "The description can have at most 2000 characters."))),
});

export const StaffRolesBody = v.strictObject({
  roles: v.pipe(v.array(v.picklist(STAFF_ROLES, "Roles are moderator and admin."), "Give a list of roles."), v.maxLength(2, "At most two roles.")),
});

export const Pagination = v.object({
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, "limit must be a number from 1 to 100."), v.transform(Number), v.minValue(1, "limit must be from 1 to 100."), v.maxValue(100, "limit must be from 1 to 100.")), "20"),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,200}$/, "cursor is malformed."))),
});
