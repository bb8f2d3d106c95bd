import type { MessageKey } from "./en";
import type { enAdmin, enCampaigns, enFollow, enAfterpub, enAfterpubErrors, enApiDocs, enArchive, enCosign, enDrafts, enEmailIn, enErrors, enFinding, enIntake, enModeration, enOutcomes, enSecurity, enHouse, enThemeSeed } from "./en-areas";
import type { enCosignErrors } from "./en-cosign";

/**
 * What each translation must hold. The English files are the reference: a key added there and
 * missing from a translation of its area fails `npx tsc --noEmit`, and a key unknown to English
 * is an excess property. Every locale has every area (core, public, staff, API reference, errors),
 * so no page of the portal falls back to English.
 */
export type PublicKey = keyof typeof enArchive | keyof typeof enIntake | keyof typeof enSecurity;
export type StaffKey = keyof typeof enModeration | keyof typeof enAdmin;
export type ApiDocsKey = keyof typeof enApiDocs;
export type ErrorKey = keyof typeof enErrors;
export type EmailInKey = keyof typeof enEmailIn;
export type FindingKey = keyof typeof enFinding;
export type DraftsKey = keyof typeof enDrafts;
export type OutcomesKey = keyof typeof enOutcomes;
export type CosignKey = keyof typeof enCosign;
export type CoreKey = Exclude<MessageKey, PublicKey | StaffKey | ApiDocsKey | ErrorKey | DraftsKey | CosignKey | OutcomesKey | FindingKey | EmailInKey | AfterpubKey | FollowKey | CampaignsKey | HouseKey | ThemeSeedKey>;
/** Joint statements and public organizations (`fr-cosign.ts`, …): every key required. */
export type CosignCatalog = Record<CosignKey, string>;
/** Their form error messages, merged into each locale's `ErrorCatalog`. */
export type CosignErrorCatalog = Record<keyof typeof enCosignErrors, string>;

/** Outcomes: the outcome email, the public summary page and the staff pages (`fr-outcomes.ts`, …): every key required. */
export type OutcomesCatalog = Record<OutcomesKey, string>;
/** Issue 12 (after publication, versions, the submitter's emails and page): its own files, interface and error messages together. */
export type AfterpubKey = keyof typeof enAfterpub | keyof typeof enAfterpubErrors;

/** Interface and emails of the submitter's pages (`fr.ts`, `ar.ts`, …): every key required. */
export type CoreCatalog = Record<CoreKey, string>;
/** Public archive, intake and form checks (`fr-public.ts`, `ar-public.ts`, …): every key required. */
export type PublicCatalog = Record<PublicKey, string>;
/** The API reference page, `/api` (`fr-apidocs.ts`, `ar-apidocs.ts`, …): every key required. */
export type ApiDocsCatalog = Record<ApiDocsKey, string>;
/** Staff pages: moderation and admin (`fr-staff.ts`, `ar-staff.ts`, …): every key required. */
export type StaffCatalog = Record<StaffKey, string>;
/**
 * Form error messages (`fr-errors.ts`, `ar-errors.ts`, …): every message a schema or service can put
 * on a field, keyed as in `en-errors.ts`; every key required, so a new message without its
 * translations fails the type check.
 */
export type ErrorCatalog = Record<ErrorKey, string>;
export type FollowKey = keyof typeof enFollow;
export type CampaignsKey = keyof typeof enCampaigns;
export type HouseKey = keyof typeof enHouse;
/** Issue 14 ("The house"): the emails past their last delivery attempt on /admin (`fr-house.ts`, …): every key required. */
export type HouseCatalog = Record<HouseKey, string>;
export type ThemeSeedKey = keyof typeof enThemeSeed;
/** Round 13 of issue 11: where a learned theme suggestion comes from, on the intake form (`fr-themeseed.ts`, …): every key required. */
export type ThemeSeedCatalog = Record<ThemeSeedKey, string>;
/** Campaigns and flags, staff and public (`fr-campaigns.ts`, `ar-campaigns.ts`, …): every key required. */
export type CampaignsCatalog = Record<CampaignsKey, string>;
/** Following the archive and the statistics page (`fr-follow.ts`, `ar-follow.ts`, …): every key required. */
export type FollowCatalog = Record<FollowKey, string>;
/** The replies to statements sent by email (`fr-emailin.ts`, `ar-emailin.ts`, …): every key required. */
export type EmailInCatalog = Record<EmailInKey, string>;
/** Drafts, the saved organization profile, reminders and the "what happens next" timeline (`fr-drafts.ts`, …). */
export type DraftsCatalog = Record<DraftsKey, string>;
/** Finding and taking away (`fr-finding.ts`, …): suggestions, filter chips, /segments, /themes, briefing packs, citations. */
export type FindingCatalog = Record<FindingKey, string>;

/** After publication, versions, the submitter's emails and page (`fr-afterpub.ts`, …): every key required. */
export type AfterpubCatalog = Record<AfterpubKey, string>;

/** The seeded themes' and segments' translations are data now (`worker/seed/translations/`); their types live there. */
export type { SegmentCatalog, ThemeCatalog } from "../seed/taxonomy";
