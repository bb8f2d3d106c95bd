import { randomToken } from "../auth/crypto";
import { insertDraftStatements } from "../db/email-drafts";
import { newReference } from "../domain/reference";

/** What an emailed statement gives a draft: any field may be missing (API.md "Submissions", drafts). */
export type DraftFields = {
  segment: string | null;
  organization: { name: string; acronym: string | null; country: string | null } | null;
  speaker: { name: string; role: string | null } | null;
  language: string | null;
  title: string | null;
  text: string | null;
  deliveredOn: string | null;
  proposals: { text: string; themes: string[] }[];
  themes: string[];
};

/** The statements that store a new draft owned by `ownerEmail` (the account may be created in the same batch, before them). */
export function createDraftStatements(db: D1Database, args: { ownerEmail: string; fields: DraftFields; now: string; locale: string }) {
  const reference = newReference();
  const writeId = randomToken();
  return { reference, writeId, statements: insertDraftStatements(db, { reference, writeId, ...args }) };
}
