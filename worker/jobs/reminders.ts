import { randomToken } from "../auth/crypto";
import { claimReminderStatements, listDueReminders } from "../db/reminders";
import { queueEmail } from "../email/render";
import { isoNow } from "../domain/time";
import { isLocale } from "../i18n";
import { taxonomyTranslations } from "../db/labels";
import { segmentTitle } from "../i18n/taxonomy";

/** How long before a segment closes its owners are reminded (API.md "Reminders"). */
export const REMINDER_HOURS = 48;
/** Reminders written per pass; the next pass (the cron runs every few minutes) takes the rest. */
const PER_PASS = 100;

/**
 * Once a segment closes within 48 hours of `at`, each owner of its drafts and statements waiting for
 * changes gets one email listing them, in the language of their latest one; never a second for that
 * segment (the claim in `segment_reminders` and the email are one batch).
 */
export async function sendClosingReminders(env: Env, at: string): Promise<Record<string, number>> {
  const until = isoNow(new Date(Date.parse(at) + REMINDER_HOURS * 3_600_000));
  const due = await listDueReminders(env.DB, at, until, PER_PASS);
  const titles = due.length ? (await taxonomyTranslations(env.DB)).segment : {};
  let queued = 0;
  for (const r of due) {
    const locale = isLocale(r.locale) ? r.locale : "en";
    const email = queueEmail("reminder", {
      locale,
      segmentTitle: segmentTitle(locale, r.segmentSlug, r.segmentTitle, titles),
      closesAt: r.closesAt,
      items: r.items,
      url: `${env.APP_ORIGIN}/my/submissions`,
    });
    const results = await env.DB.batch(
      claimReminderStatements(env.DB, { segmentId: r.segmentId, ownerId: r.ownerId, to: r.ownerEmail, claim: randomToken(), references: r.items.map((i) => i.reference), email, now: at }),
    );
    if (results[1]!.meta.changes > 0) queued++;
  }
  return { due: due.length, queued };
}
