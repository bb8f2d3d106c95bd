import { randomToken } from "../auth/crypto";
import type { SessionUser } from "../auth/session";
import { getSubmission, type StoredSubmission } from "../db/submissions";
import { campaignCounts, decideChunkStatements, getCampaign, listCampaignMembers, listCampaignPage, type CampaignMember, type CampaignRow, type ChunkMember } from "../db/campaigns";
import { isCampaignId, type CampaignDecisionBody, type CampaignsQuery } from "../domain/campaigns";
import { DECISION_ACTION } from "../domain/moderation";
import { staffRoleOf } from "../domain/roles";
import { nextStatus } from "../domain/status";
import { isoNow } from "../domain/time";
import { renderEmail, type RenderedEmail } from "../email/render";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { AppError } from "../http/errors";
import { isLocale, type Locale } from "../i18n";
import { refreshStaleFlags } from "./flags";

/** Campaigns for staff: the list, one campaign with its members, and one decision for all its members still submitted. */

export async function campaignPage(db: D1Database, query: CampaignsQuery): Promise<{ items: CampaignRow[]; nextCursor: string | null }> {
  const after = query.cursor ? (decodeCursor(query.cursor, ["number", "string"]) as [number, string]) : null;
  await refreshStaleFlags(db);
  const rows = await listCampaignPage(db, query.status, query.limit + 1, after);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > query.limit && last ? encodeCursor([last.size, last.id]) : null };
}

export type CampaignDetail = { id: string; size: number; representative: CampaignMember; members: CampaignMember[] };

/** A campaign with every member (oldest first) and its representative; 404 when there is no such campaign (any more). */
export async function loadCampaign(db: D1Database, id: string, withText = true): Promise<CampaignDetail> {
  if (!isCampaignId(id)) throw new AppError("not-found", "There is no such campaign.");
  await refreshStaleFlags(db);
  const [campaign, members] = await Promise.all([getCampaign(db, id), listCampaignMembers(db, id, withText)]);
  if (!campaign || members.length === 0) throw new AppError("not-found", `There is no campaign ${id} (any more: a campaign ends when its last member leaves).`);
  const representative = members.find((m) => m.id === campaign.representativeId) ?? members[0]!;
  return { id, size: campaign.size, representative, members };
}

export type CampaignPageData = {
  id: string;
  counts: { members: number; pending: number; organizations: number };
  representative: StoredSubmission;
  members: CampaignMember[];
  offset: number;
};

/** The campaign page: counts, the representative in full, and one page of members with their texts. */
export async function campaignReview(db: D1Database, id: string, offset: number, limit: number): Promise<CampaignPageData> {
  if (!isCampaignId(id)) throw new AppError("not-found", "There is no such campaign.");
  await refreshStaleFlags(db);
  const [campaign, counts, members] = await Promise.all([getCampaign(db, id), campaignCounts(db, id), listCampaignMembers(db, id, true, { offset, limit })]);
  if (!campaign || counts.members === 0) throw new AppError("not-found", `There is no campaign ${id} (any more: a campaign ends when its last member leaves).`);
  const representative = await getSubmission(db, campaign.representativeReference);
  if (!representative) throw new AppError("not-found", `There is no campaign ${id}.`);
  return { id, counts, representative, members, offset };
}

const TOKEN = { reference: "QQREFERENCEQQ", title: "QQTITLEQQ" };
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/**
 * The decision email of each member. Rendering a react-email template takes milliseconds, so each
 * language is rendered once with placeholders and filled in per member (escaped for the HTML part);
 * a template that does not carry the placeholders through is rendered per member instead.
 */
async function decisionEmails(
  env: Env,
  members: readonly CampaignMember[],
  action: CampaignDecisionBody["action"],
  reason: string | null,
  templates: Map<Locale, RenderedEmail | null>,
): Promise<Map<number, RenderedEmail>> {
  const out = new Map<number, RenderedEmail>();
  const props = (locale: Locale, reference: string, title: string) => ({
    locale,
    reference,
    title,
    action,
    reason,
    url: `${env.APP_ORIGIN}/my/submissions/${reference}`,
    publicUrl: `${env.APP_ORIGIN}/statements/${reference}`,
  });
  for (const m of members) {
    const locale: Locale = isLocale(m.locale) ? m.locale : "en";
    if (!templates.has(locale)) {
      const tpl = await renderEmail("decision", props(locale, TOKEN.reference, TOKEN.title));
      templates.set(locale, tpl.html.includes(TOKEN.title) && tpl.text.includes(TOKEN.title) && !m.title.includes("QQ") ? tpl : null);
    }
    const tpl = templates.get(locale);
    if (!tpl || m.title.includes("QQ")) {
      out.set(m.id, await renderEmail("decision", props(locale, m.reference, m.title)));
      continue;
    }
    const fill = (s: string, title: string) => s.split(TOKEN.reference).join(m.reference).split(TOKEN.title).join(title);
    out.set(m.id, { template: tpl.template, subject: fill(tpl.subject, m.title), html: fill(tpl.html, escapeHtml(m.title)), text: fill(tpl.text, m.title) });
  }
  return out;
}

/** Members decided per batch; small enough for D1's statement and parameter limits (the emails travel in one JSON parameter). */
function chunkSize(env: Env): number {
  const raw = (env as { CAMPAIGN_DECISION_CHUNK?: string }).CAMPAIGN_DECISION_CHUNK;
  return raw && /^\d{1,3}$/.test(raw) && Number(raw) > 0 ? Number(raw) : 50;
}

/**
 * Decides every member still `submitted`, a chunk (one batch: status, event, email, search index) at
 * a time. Each chunk applies only to members still submitted when it runs, so an interrupted call
 * can simply be repeated: what was decided is reported as skipped, nothing is decided or mailed twice.
 */
export async function decideCampaign(env: Env, user: SessionUser, id: string, input: CampaignDecisionBody): Promise<{ decided: number; skipped: { reference: string; status: string }[] }> {
  const db = env.DB;
  const campaign = await loadCampaign(db, id, false);
  const to = nextStatus("submitted", input.action);
  if (!to) throw new AppError("conflict", `A submitted statement cannot be given the decision ${input.action}.`);
  const pending = campaign.members.filter((m) => m.status === "submitted");
  const skipped = campaign.members.filter((m) => m.status !== "submitted").map((m) => ({ reference: m.reference, status: m.status as string }));
  const reason = input.reason || null;
  const reasonCode = input.reasonCode ?? null;
  const actorRole = staffRoleOf(user.roles);
  const size = chunkSize(env);
  let decided = 0;
  const templates = new Map<Locale, RenderedEmail | null>();
  for (let i = 0; i < pending.length; i += size) {
    const chunk = pending.slice(i, i + size);
    const now = isoNow();
    const emails = await decisionEmails(env, chunk, input.action, reason, templates);
    const members: ChunkMember[] = chunk.map((m) => {
      const changes: ChunkMember["changes"] = { status: { from: "submitted", to } };
      if (to === "published") changes.publishedAt = { from: m.publishedAt, to: now };
      if (reasonCode) changes.reasonCode = { from: m.reasonCode, to: reasonCode };
      if (reason) changes.reason = { from: m.reason, to: reason };
      const email = emails.get(m.id)!;
      return { id: m.id, changes, to: m.ownerEmail, subject: email.subject, html: email.html, text: email.text };
    });
    const [applied] = await db.batch(
      decideChunkStatements(db, {
        chunkId: randomToken(),
        members,
        toStatus: to,
        decision: input.action,
        action: DECISION_ACTION[input.action],
        reasonCode,
        reason,
        actorEmail: user.email,
        actorRole,
        template: "decision",
        now,
      }),
    );
    // The rows the UPDATE returned, not `meta.changes` (which counts what triggers wrote too).
    const appliedCount = applied!.results?.length ?? 0;
    decided += appliedCount;
    if (appliedCount < chunk.length) {
      // Decided meanwhile by someone else: reported with their current status.
      const current = await listCampaignMembers(db, id, false);
      const statusOf = new Map(current.map((m) => [m.id, m.status]));
      for (const m of chunk) if (statusOf.get(m.id) !== to || !current.some((c) => c.id === m.id)) skipped.push({ reference: m.reference, status: statusOf.get(m.id) ?? m.status });
    }
  }
  return { decided, skipped };
}
