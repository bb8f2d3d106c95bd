import * as v from "valibot";
import { DateOut, Int, OrganizationOut, SpeakerOut, TimeOut } from "./responses";

/** Response shapes of the public archive. Tests parse real responses with these. */

const Reference = v.pipe(v.string(), v.regex(/^CD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/));
const Slug = v.pipe(v.string(), v.description("The organization's public slug: its page is /organizations/{slug}, and organization={slug} filters the archive."));
/** A confirmed co-signer: the public never sees the others. */
export const PublicCoSignerOut = v.strictObject({ name: v.string(), acronym: v.nullable(v.string()), country: v.string(), slug: Slug });
const PublicCoSigners = v.pipe(v.array(PublicCoSignerOut), v.description("Only the co-signers that confirmed, in the submitter's order."));
const FacetValues = v.array(v.strictObject({ value: v.string(), count: Int }));

/** The campaign a published statement belongs to, as summaries and the statement show it. */
const PublicCampaignRef = v.pipe(
    v.nullable(v.strictObject({ id: v.string(), size: Int })),
    v.description("The campaign (near-identical statements sent by several organizations) this statement belongs to: `size` counts its published members; null unless at least two are published. `campaign=<id>` lists them."),
  );


export const StatementSummaryOut = v.strictObject({
  reference: Reference,
  title: v.string(),
  organization: v.strictObject({ name: v.string(), acronym: v.nullable(v.string()), country: v.string(), slug: Slug }),
  coSigners: PublicCoSigners,
  speaker: v.strictObject({ name: v.string(), role: v.nullable(v.string()) }),
  segment: v.strictObject({ slug: v.string(), title: v.string() }),
  themes: v.pipe(v.array(v.string()), v.description("Themes of the statement and of its proposals, sorted.")),
  language: v.string(),
  deliveredOn: v.nullable(DateOut),
  publishedAt: TimeOut,
  snippet: v.pipe(v.string(), v.description("HTML: escaped text with the matches in <mark>.")),
  url: v.pipe(v.string(), v.description("The statement's permalink page.")),
  campaign: PublicCampaignRef,
});

export const StatementSearchOut = v.strictObject({
  total: Int,
  items: v.array(StatementSummaryOut),
  facets: v.strictObject({ segment: FacetValues, theme: FacetValues, topic: FacetValues, country: FacetValues, language: FacetValues, year: FacetValues }),
  nextCursor: v.nullable(v.string()),
  suggestion: v.optional(
    v.pipe(v.string(), v.description("Only when nothing matched and a close spelling from the archive's own words would match (same filters): the corrected query, for a \"Did you mean\" link.")),
  ),
});

export const PublicStatementOut = v.strictObject({
  reference: Reference,
  title: v.string(),
  organization: v.strictObject({ ...OrganizationOut.entries, slug: Slug }),
  speaker: SpeakerOut,
  segment: v.strictObject({ slug: v.string(), title: v.string() }),
  coSigners: PublicCoSigners,
  language: v.string(),
  deliveredOn: v.nullable(DateOut),
  publishedAt: TimeOut,
  themes: v.pipe(v.array(v.string()), v.description("Themes tagged on the statement as a whole; each proposal has its own.")),
  proposals: v.array(
    v.strictObject({
      number: Int,
      text: v.string(),
      themes: v.array(v.string()),
      outcome: v.pipe(
        v.array(v.strictObject({ segment: v.string(), paragraph: v.string(), url: v.string() })),
        v.description("The outcome paragraphs (Chair's summary) this proposal is reflected in, as confirmed by UNODC staff."),
      ),
    }),
  ),
  text: v.string(),
  corrections: v.pipe(v.array(v.strictObject({ at: TimeOut, note: v.string() })), v.description("Corrections staff made after publication, oldest first, each with its note.")),
  campaign: PublicCampaignRef,
  url: v.string(),
});

export const StatementImportOut = v.strictObject({ items: v.array(v.strictObject({ reference: Reference, url: v.string() })) });

/** 410 for a statement staff unpublished: a problem with the note for readers, never the text. */
export const GoneOut = v.strictObject({
  type: v.literal("/problems/gone"),
  title: v.string(),
  status: v.literal(410),
  detail: v.string(),
  reference: Reference,
  publicNote: v.pipe(v.nullable(v.string()), v.description("What staff wrote for readers when unpublishing.")),
});
