import * as v from "valibot";
import { DECISIONS } from "../domain/moderation";
import { STATUSES } from "../domain/status";
import { TOPICS } from "../domain/segment";
import { ORGANIZATION_TYPES } from "../domain/schemas";
import { COSIGN_STATES, INVITATION_STATES } from "../domain/cosign";

/** Response shapes. Tests parse real responses with these, so the OpenAPI document cannot drift from the code. */

export const Int = v.pipe(v.number(), v.integer());
/** API.md: calendar dates `YYYY-MM-DD`, times ISO 8601 in UTC to the second. */
export const DateOut = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
export const TimeOut = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/));

export const ProblemOut = v.object({
  type: v.string(),
  title: v.string(),
  status: Int,
  detail: v.string(),
  errors: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
});

export const SegmentOut = v.strictObject({
  slug: v.string(),
  title: v.string(),
  series: v.string(),
  number: Int,
  topics: v.array(v.picklist(TOPICS)),
  heldOn: DateOut,
  opensAt: TimeOut,
  closesAt: TimeOut,
  status: v.picklist(["upcoming", "open", "closed"]),
  statementCount: Int,
});

export const ThemeOut = v.strictObject({ slug: v.string(), label: v.string(), description: v.string(), statementCount: Int });

/** Per-language texts (fr, es, ar, ru, zh) that have a translation; the English is the plain field. */
const Translations = v.pipe(v.record(v.picklist(["fr", "es", "ar", "ru", "zh"]), v.string()), v.description("Per UN language other than English; a missing language falls back to the English."));
/** The admin API's theme and segment: the public ones plus their translations. */
export const AdminThemeOut = v.strictObject({ ...ThemeOut.entries, labels: Translations, descriptions: Translations });
export const AdminSegmentOut = v.strictObject({ ...SegmentOut.entries, titles: Translations });

export const UserOut = v.strictObject({ email: v.string(), roles: v.array(v.picklist(["submitter", "moderator", "admin"])) });
export const SignedInOut = v.strictObject({ user: UserOut });
export const EmailLinkOut = v.strictObject({ status: v.literal("sent") });
export const SegmentListOut = v.strictObject({ items: v.array(SegmentOut) });
export const ThemeListOut = v.strictObject({ items: v.array(ThemeOut) });
export const HealthOut = v.strictObject({ status: v.picklist(["ok", "unavailable"]) });

/** An organization and a speaker as a submission (or a published statement) shows them. */
export const OrganizationOut = v.strictObject({
  name: v.string(),
  acronym: v.nullable(v.string()),
  country: v.string(),
  type: v.picklist(ORGANIZATION_TYPES),
  website: v.nullable(v.string()),
});
export const SpeakerOut = v.strictObject({ name: v.string(), role: v.nullable(v.string()) });

/** A co-signer as the statement's owner and staff see it. */
export const CoSignerOut = v.strictObject({
  name: v.string(),
  acronym: v.nullable(v.string()),
  country: v.string(),
  email: v.string(),
  state: v.pipe(v.picklist(COSIGN_STATES), v.description("invited until the contact answers at /cosign/{token}; confirmed or declined then.")),
  invitation: v.pipe(
    v.picklist(INVITATION_STATES),
    v.description("The invitation email: pending (waiting for its turn under the rate limits, or for a draft to be submitted), sent, or stopped (the address asked for no invitations)."),
  ),
  answeredAt: v.nullable(TimeOut),
});

export const SubmissionOut = v.strictObject({
  reference: v.pipe(v.string(), v.regex(/^CD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)),
  segment: v.strictObject({ slug: v.string(), title: v.string() }),
  organization: OrganizationOut,
  speaker: SpeakerOut,
  language: v.string(),
  title: v.string(),
  text: v.string(),
  deliveredOn: v.nullable(DateOut),
  proposals: v.array(v.strictObject({ number: Int, text: v.string(), themes: v.array(v.string()) })),
  themes: v.array(v.string()),
  status: v.picklist(STATUSES.filter((s) => s !== "draft")),
  version: Int,
  submittedAt: TimeOut,
  updatedAt: TimeOut,
  publishedAt: v.nullable(TimeOut),
  moderation: v.nullable(
    v.strictObject({
      decision: v.picklist(DECISIONS),
      reasonCode: v.nullable(v.string()),
      reason: v.nullable(v.string()),
      decidedAt: TimeOut,
    }),
  ),
  coSigners: v.pipe(
    v.array(CoSignerOut),
    v.description(
      "Co-signing organizations in the submitter's order. A new title, text or proposals re-invites every co-signer that has not declined; a declined one is never re-invited at the same address.",
    ),
  ),
  documentPublic: v.pipe(v.boolean(), v.description("Whether the uploaded original is public at /api/v1/statements/{reference}/document (staff choose; default false).")),
  publicNote: v.pipe(v.nullable(v.string()), v.description("After an unpublish: the note readers of the statement's address see (410).")),
});

/** A draft as its owner sees it (API.md "Drafts"): any field may be null until it is submitted; `withdrawn` once withdrawn. */
export const DraftOut = v.strictObject({
  ...SubmissionOut.entries,
  segment: v.nullable(SubmissionOut.entries.segment),
  organization: v.nullable(
    v.strictObject({
      name: v.nullable(v.string()),
      acronym: v.nullable(v.string()),
      country: v.nullable(v.string()),
      type: v.nullable(v.picklist(ORGANIZATION_TYPES)),
      website: v.nullable(v.string()),
    }),
  ),
  speaker: v.nullable(v.strictObject({ name: v.nullable(v.string()), role: v.nullable(v.string()) })),
  language: v.nullable(v.string()),
  title: v.nullable(v.string()),
  text: v.nullable(v.string()),
  status: v.picklist(["draft", "withdrawn"]),
});

/** What the owner's routes answer: a submission, or a draft. */
export const OwnSubmissionOut = v.union([SubmissionOut, DraftOut]);

export const SubmissionPageOut = v.strictObject({ items: v.array(OwnSubmissionOut), nextCursor: v.nullable(v.string()) });

export const MailboxOut = v.strictObject({
  messages: v.array(
    v.strictObject({
      id: v.string(),
      to: v.string(),
      subject: v.string(),
      text: v.string(),
      html: v.string(),
      links: v.array(v.string()),
      // The headers the email is sent with beyond From/To/Subject (API.md "Development mailbox").
      headers: v.record(v.string(), v.string()),
      createdAt: TimeOut,
    }),
  ),
});

export const StaffOut = v.strictObject({ email: v.string(), roles: v.array(v.string()), granted: v.array(v.string()) });

/** `GET /api/v1/me/organization`: the saved organization, flat, plus the read-only recent speakers. */
export const ProfileOut = v.strictObject({ ...OrganizationOut.entries, speakers: v.array(SpeakerOut) });
