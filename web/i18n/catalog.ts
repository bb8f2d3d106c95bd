import type { SeededSegmentSlug, SeededThemeSlug } from "../../worker/seed/taxonomy";
import type { MessageKey } from "./en";
import type { enAdmin, enApiDocs, enArchive, enCampaigns, enErrors, enIntake, enModeration, enSecurity } from "./en-areas";

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
export type CampaignsKey = keyof typeof enCampaigns;
export type CoreKey = Exclude<MessageKey, PublicKey | StaffKey | ApiDocsKey | ErrorKey | CampaignsKey>;
/** Campaigns and flags, staff and public (`fr-campaigns.ts`, `ar-campaigns.ts`, …): every key required. */
export type CampaignsCatalog = Record<CampaignsKey, string>;

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

/**
 * The seeded themes' labels and descriptions (`fr-themes.ts`, `ar-themes.ts`, …): one entry per slug of
 * `worker/seed/taxonomy.ts`, so a theme added to the seed and missing from a translation fails the type check.
 * The English is the database's own; `web/i18n/taxonomy.ts` decides when a translation applies.
 */
export type ThemeCatalog = Record<SeededThemeSlug, { label: string; description: string }>;

/**
 * The seeded segments' titles (`fr-segments.ts`, `ar-segments.ts`, …): one entry per slug of `worker/seed/taxonomy.ts`
 * (the real segments and the demo), so a segment added to the seed and missing from a translation fails the type check.
 * The English is the database's own; `segmentTitle` in `web/i18n/taxonomy.ts` decides when a translation applies.
 */
export type SegmentCatalog = Record<SeededSegmentSlug, string>;
