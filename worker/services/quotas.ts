import type { SessionUser } from "../auth/session";
import type { SubmissionContent } from "../db/submissions";
import { consumeQuotaStatement, getQuotaUsed, isQuotaExceeded, releaseQuotaAfterWriteStatement } from "../db/quotas";
import { isStaff } from "../domain/roles";
import { AppError } from "../http/errors";
import { fieldError, keyed } from "../i18n/messages";

/** Strict defaults: a missing or malformed setting never means "unlimited". */
const DEFAULTS = { perOrgSegment: 10, perUserDay: 20 };

type QuotaConfig = { QUOTA_SUBMISSIONS_PER_ORG_SEGMENT?: string; QUOTA_SUBMISSIONS_PER_USER_DAY?: string };

function cap(value: string | undefined, fallback: number): number {
  return value !== undefined && /^\d{1,7}$/.test(value) ? Number(value) : fallback;
}

export function submissionQuotas(env: QuotaConfig): { perOrgSegment: number; perUserDay: number } {
  return {
    perOrgSegment: cap(env.QUOTA_SUBMISSIONS_PER_ORG_SEGMENT, DEFAULTS.perOrgSegment),
    perUserDay: cap(env.QUOTA_SUBMISSIONS_PER_USER_DAY, DEFAULTS.perUserDay),
  };
}

/**
 * One account in one segment. Keyed on the account, never on the organization's typed name: a
 * stranger who types a real NGO's name cannot use up that NGO's quota.
 */
export function accountSegmentKey(userId: number, segmentSlug: string): string {
  return `submissions/account-segment/${segmentSlug}/${userId}`;
}

export function userDayKey(userId: number, now: string): string {
  return `submissions/user-day/${userId}/${now.slice(0, 10)}`;
}

/**
 * A withdrawn statement gives its place in the per-segment quota back: batched with the withdrawal,
 * it counts down only when that batch's status change (found by its `writeId`) happened.
 */
export function releaseSegmentQuotaStatement(db: D1Database, ownerId: number, segmentSlug: string, writeId: string, now: string): D1PreparedStatement {
  return releaseQuotaAfterWriteStatement(db, accountSegmentKey(ownerId, segmentSlug), writeId, now);
}

/**
 * Counters to batch with a new submission. Staff are exempt from the daily cap (they archive
 * earlier statements in bulk) but not from the per-organization one.
 */
export function submissionQuotaStatements(env: Env, user: SessionUser, content: SubmissionContent, now: string): D1PreparedStatement[] {
  const caps = submissionQuotas(env);
  const statements = [consumeQuotaStatement(env.DB, accountSegmentKey(user.id, content.segmentSlug), caps.perOrgSegment, now)];
  if (!isStaff(user.roles)) statements.push(consumeQuotaStatement(env.DB, userDayKey(user.id, now), caps.perUserDay, now));
  return statements;
}

function secondsToNextUtcDay(now: string): number {
  const next = Date.parse(`${now.slice(0, 10)}T00:00:00Z`) + 86_400_000;
  return Math.max(1, Math.ceil((next - Date.parse(now)) / 1000));
}

/** Turns a failed batch into the quota it hit (422 per organization and segment, 429 per day), or null. */
export async function quotaError(env: Env, user: SessionUser, content: SubmissionContent, now: string, err: unknown): Promise<AppError | null> {
  if (!isQuotaExceeded(err)) return null;
  const caps = submissionQuotas(env);
  if ((await getQuotaUsed(env.DB, accountSegmentKey(user.id, content.segmentSlug))) >= caps.perOrgSegment) {
    const error = fieldError("organization", "err.quota.organization", { count: caps.perOrgSegment });
    return new AppError("validation-failed", error.message, { errors: [error] });
  }
  const retryAfter = secondsToNextUtcDay(now);
  const { message, text } = keyed("err.quota.day", { count: caps.perUserDay });
  return new AppError("rate-limited", message, {
    text,
    headers: { "Retry-After": String(retryAfter) },
  });
}
