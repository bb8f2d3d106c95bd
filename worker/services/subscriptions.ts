import { randomToken, sha256Hex } from "../auth/crypto";
import { referenceLabels } from "../db/labels";
import { confirmStatements, countLivePending, getByConfirmHash, insertSubscriptionStatement, unsubscribe } from "../db/subscriptions";
import { insertOutboxStatement } from "../db/outbox";
import { normalizeFollowed, type FollowedSearch, type Frequency, type SubscriptionInput } from "../domain/subscriptions";
import { addMinutes, isoNow } from "../domain/time";
import { queueEmail } from "../email/render";
import { isLocale, type Locale } from "../i18n";
import { describeSearch } from "../i18n/follow";

/** How long a confirmation link works. */
export const CONFIRM_HOURS = 72;
/**
 * Unconfirmed subscriptions one address may hold: the rate limit counts requests per client, which
 * anyone can spread; this caps the confirmations that reach one inbox, whoever asks. Past it the
 * request is answered like any other, so nothing is revealed.
 */
export const MAX_PENDING_PER_ADDRESS = 5;

export function confirmUrl(origin: string, token: string): string {
  return `${origin}/subscribe/confirm?token=${encodeURIComponent(token)}`;
}

export function unsubscribeUrl(origin: string, token: string): string {
  return `${origin}/unsubscribe?token=${encodeURIComponent(token)}`;
}

/**
 * Stores a pending subscription and its confirmation email in one batch. Known and unknown
 * addresses are treated alike (the caller answers 202 either way); nothing but this email goes to
 * the address until it is confirmed.
 */
export async function requestSubscription(env: Env, input: SubscriptionInput, locale: Locale): Promise<void> {
  const now = isoNow();
  if ((await countLivePending(env.DB, input.email, now)) >= MAX_PENDING_PER_ADDRESS) {
    console.warn(JSON.stringify({ level: "warn", message: "subscription confirmation not sent: the address holds the most pending ones", limit: MAX_PENDING_PER_ADDRESS }));
    return;
  }
  const search = normalizeFollowed(input.filters);
  const token = randomToken();
  const labels = await referenceLabels(env.DB);
  const message = queueEmail("subscription-confirm", {
    locale,
    url: confirmUrl(env.APP_ORIGIN, token),
    frequency: input.frequency,
    search: describeSearch(locale, search, labels),
  });
  await env.DB.batch([
    insertSubscriptionStatement(env.DB, {
      email: input.email, frequency: input.frequency, filters: JSON.stringify(search), locale,
      confirmHash: await sha256Hex(token), confirmExpiresAt: addMinutes(now, CONFIRM_HOURS * 60), unsubscribeToken: randomToken(), now,
    }),
    insertOutboxStatement(env.DB, input.email, message, now),
  ]);
}

export type Confirmed = { frequency: Frequency; filters: FollowedSearch; locale: Locale };

/** Activates the subscription of a confirmation token; again for an active one (a second click), null otherwise. */
export async function confirmSubscription(env: Env, token: string): Promise<Confirmed | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const hash = await sha256Hex(token);
  await env.DB.batch(confirmStatements(env.DB, hash, isoNow()));
  const row = await getByConfirmHash(env.DB, hash);
  if (!row || row.status !== "active") return null;
  return { frequency: row.frequency, filters: JSON.parse(row.filters) as FollowedSearch, locale: isLocale(row.locale) ? row.locale : "en" };
}

/** Ends a subscription by its unsubscribe token; true when the token names one (already ended included). */
export async function endSubscription(env: Env, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  return unsubscribe(env.DB, token, isoNow());
}
