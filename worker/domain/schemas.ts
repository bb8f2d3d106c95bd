import * as v from "valibot";
import { m } from "../i18n/messages";
import { SegmentTitles, ThemeDescriptions, ThemeLabels } from "./translations";
import { COUNTRY_CODES } from "./countries";
import { STAFF_ROLES } from "./roles";
import { TOPICS } from "./segment";
import { isoNow } from "./time";
import { hasVisibleText } from "./visible-text";

/**
 * Schemas shared by the JSON API, the HTML forms and the OpenAPI document. Every message is
 * `m(key, vars)` (`worker/i18n/messages.ts`): English for the API, translated on the pages.
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
  // The Gregorian calendar has no year 0000; every other day must exist (no 31 April, 29 February only in leap years).
  v.check((s) => !s.startsWith("0000") && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), m("err.date.invalid")),
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

/**
 * An address as mail servers take it: a dot-atom local part and a domain of DNS labels. Unlike
 * valibot's `email()`, labels may hold hyphen runs, so internationalized domains in their ASCII form
 * (`xn--80ak6aa92e.com`) and their top-level domains (`xn--p1ai`) are accepted.
 */
// Letters are spelled out in both cases (no `i` flag): the OpenAPI document's `pattern` is this
// regex's source, and JSON Schema patterns take no flags.
const EMAIL_SHAPE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,59})$/;
export const EmailAddress = v.pipe(
  v.string(m("err.email.type")),
  v.trim(),
  v.maxLength(254, m("err.email.tooLong")),
  v.regex(EMAIL_SHAPE, m("err.email.format")),
  v.toLowerCase(),
);

/** A co-signing organization and the address that confirms for it (API.md "joint statements"). */
export const CoSignerInput = v.strictObject({
  name: text(2, 200, "orgName"),
  acronym: optionalText(20, "acronym"),
  country: Country,
  email: EmailAddress,
});
export const MAX_COSIGNERS = 100;
export const CoSignerList = v.pipe(
  v.array(CoSignerInput, m("err.coSigners.type")),
  v.maxLength(MAX_COSIGNERS, m("err.coSigners.max", { max: MAX_COSIGNERS })),
);

/** A co-signer's answer at `/cosign/{token}`. */
export const CoSignAnswerBody = v.strictObject({ answer: v.picklist(["confirm", "decline"], m("err.cosign.answer")) });

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
  coSigners: v.optional(CoSignerList, []),
};

export const SubmissionCreate = v.strictObject(submissionEntries);
export type SubmissionCreate = v.InferOutput<typeof SubmissionCreate>;

/**
 * `POST /api/v1/submissions` without `"draft": true`: a submission, whose `organization` may be left
 * out when the account has a saved one (API.md "Organization profile").
 */
export const SubmissionPost = v.strictObject({ ...submissionEntries, organization: v.optional(Organization), draft: v.optional(v.literal(false, m("err.draft.type"))) });
export type SubmissionPost = v.InferOutput<typeof SubmissionPost>;

/**
 * A draft (API.md "Drafts"): every field optional but `segment`, the organization's and speaker's
 * fields too, each present field within its limits. Submitting it checks it as a whole.
 */
// A draft keeps its co-signers (API.md: the submission body accepts `coSigners`, and a draft takes
// any of its fields); they are invited only when the draft is submitted.
const draftEntries = {
  ...submissionEntries,
  organization: v.optional(v.strictObject(v.partial(Organization).entries)),
  speaker: v.optional(v.strictObject(v.partial(Speaker).entries)),
  language: v.optional(Language),
  title: v.optional(text(3, 300, "title")),
  text: v.optional(text(50, 100_000, "statement")),
};
export const DraftCreate = v.strictObject({ ...draftEntries, draft: v.literal(true, m("err.draft.type")) });
export type DraftCreate = v.InferOutput<typeof DraftCreate>;

export const Version = v.pipe(v.number(m("err.version.type")), v.integer(m("err.version.integer")), v.minValue(1, m("err.version.min", { min: 1 })));

export const SubmissionPatch = v.strictObject({
  ...v.partial(v.strictObject(submissionEntries)).entries,
  version: Version,
});
export type SubmissionPatch = v.InferOutput<typeof SubmissionPatch>;

/** PATCH of a draft: like a draft's body (partial organization and speaker), every field optional. */
export const DraftPatch = v.strictObject({
  ...v.partial(v.strictObject(draftEntries)).entries,
  version: Version,
});
export type DraftPatch = v.InferOutput<typeof DraftPatch>;

/** The owner's PATCH before the status is known: a draft's fields (co-signers included). */
export const OwnerPatch = DraftPatch;
export type OwnerPatch = v.InferOutput<typeof OwnerPatch>;

export const WithdrawBody = v.strictObject({ version: Version });

/** `PUT /api/v1/me/organization`: the organization object, flat; `speakers` is read-only and ignored if sent back. */
export const OrganizationProfileBody = v.strictObject({ ...Organization.entries, speakers: v.optional(v.array(v.unknown())) });
export type OrganizationProfileBody = v.InferOutput<typeof OrganizationProfileBody>;
export const SubmitDraftBody = v.strictObject({ version: Version });

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
