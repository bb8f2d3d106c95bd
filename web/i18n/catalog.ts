import type { MessageKey } from "./en";
import type { enAdmin, enArchive, enIntake, enModeration, enSecurity } from "./en-areas";

/**
 * What each translation must hold. The English files are the reference: a key added there and
 * missing from a translation of its area fails `npx tsc --noEmit`, and a key unknown to English
 * is an excess property. Staff strings (moderation, admin) may fall back to English.
 */
export type PublicKey = keyof typeof enArchive | keyof typeof enIntake | keyof typeof enSecurity;
export type StaffKey = keyof typeof enModeration | keyof typeof enAdmin;
export type CoreKey = Exclude<MessageKey, PublicKey | StaffKey>;

/** Interface and emails of the submitter's pages (`fr.ts`, `ar.ts`, …): every key required. */
export type CoreCatalog = Record<CoreKey, string>;
/** Public archive, intake and form checks (`fr-public.ts`, `ar-public.ts`, …): every key required. */
export type PublicCatalog = Record<PublicKey, string>;
/** Staff pages: optional per locale; missing keys fall back to English. */
export type StaffCatalog = Partial<Record<StaffKey, string>>;
