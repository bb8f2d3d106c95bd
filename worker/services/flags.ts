import { randomToken } from "../auth/crypto";
import {
  bumpIfPublishedStatement,
  createCampaignStatements,
  duplicateStatements,
  joinStatements,
  leaveStatements,
  listBandCandidates,
  releaseFlagLeaseStatement,
  takeFlagLeaseStatement,
} from "../db/campaign-flags";
import { getFlagView, hasStaleFlags, listStaleFlagSources, saveFlagsStatements, type FlagSource } from "../db/moderation";
import { assignCampaign, MAX_DUPLICATES_LISTED, rankDuplicates, type Candidate } from "../domain/campaigns";
import { bandKeys, flaggedText, minhash } from "../domain/flags";
import { detectPii, type PiiFinding } from "../domain/pii";
import { isoNow } from "../domain/time";

/** Moderation flags and campaigns: computing the queued ones, and reading what is stored. */

export type Flags = { pii: PiiFinding[]; possibleDuplicateOf: string[] };
export type Duplicate = { reference: string; title: string; organization: string; similarity: number };
export type CampaignRef = { id: string; size: number };
export type FlagView = { flags: Flags; duplicates: Duplicate[]; campaign: CampaignRef | null };

const LEASE_MS = 60_000;
const BATCH_ITEMS = 20;

/** What this pass already decided, before its batches reach the database. */
type Pass = {
  signatures: Map<number, { minhash: number[]; bands: Set<string> }>;
  campaignOf: Map<number, string | null>;
  inactive: Set<number>;
  /** Submissions this pass put in a campaign or in a duplicate list (their stored `linked` is stale). */
  linked: Set<number>;
};

/** Drafts and withdrawn submissions are nobody's duplicate and in no campaign. */
function counts(s: FlagSource): boolean {
  return s.status !== "draft" && s.status !== "withdrawn";
}

function keyed(bands: readonly string[]): Set<string> {
  return new Set(bands.map((k, b) => `${b}:${k}`));
}

/** The candidates of an arrival: the database's sample, corrected by what this pass decided, plus this pass's own arrivals. */
function candidatesIn(pass: Pass, id: number, bands: Set<string>, fromDb: Candidate[]): Candidate[] {
  const out = new Map<number, Candidate>();
  for (const c of fromDb) {
    if (c.id === id || pass.inactive.has(c.id)) continue;
    const local = pass.signatures.get(c.id);
    if (local && ![...local.bands].some((k) => bands.has(k))) continue;
    out.set(c.id, { id: c.id, minhash: local?.minhash ?? c.minhash, campaignId: pass.campaignOf.has(c.id) ? pass.campaignOf.get(c.id)! : c.campaignId });
  }
  for (const [other, sig] of pass.signatures) {
    if (other === id || out.has(other) || ![...sig.bands].some((k) => bands.has(k))) continue;
    out.set(other, { id: other, minhash: sig.minhash, campaignId: pass.campaignOf.get(other) ?? null });
  }
  return [...out.values()];
}

/** The statements for one submission: its flags, leaving its old campaign and duplicates, joining its new ones. */
async function recompute(db: D1Database, pass: Pass, s: FlagSource, now: string): Promise<D1PreparedStatement[]> {
  const active = counts(s);
  const sig = active ? minhash(s.text) : [];
  const bands = bandKeys(sig);
  // A new arrival is in no campaign and no list yet: nothing to leave (fewer statements per arrival).
  const leave = s.linked || pass.linked.has(s.id) ? leaveStatements(db, s.id) : [];
  const bump = s.status === "published" ? [bumpIfPublishedStatement(db, s.id)] : [];
  const stmts = [...leave, ...saveFlagsStatements(db, { id: s.id, version: s.version, pii: detectPii(flaggedText(s)), minhash: sig, bands, now })];
  pass.campaignOf.set(s.id, null);
  if (!active || bands.length === 0) {
    pass.inactive.add(s.id);
    pass.signatures.delete(s.id);
    return [...stmts, ...bump];
  }
  pass.inactive.delete(s.id);
  const own = keyed(bands);
  const ranked = rankDuplicates(sig, candidatesIn(pass, s.id, own, await listBandCandidates(db, s.id, bands)));
  pass.signatures.set(s.id, { minhash: sig, bands: own });
  const assignment = assignCampaign(ranked);
  if (assignment.kind === "join") {
    stmts.push(...joinStatements(db, assignment.campaignId, s.id, now));
    pass.campaignOf.set(s.id, assignment.campaignId);
  } else if (assignment.kind === "create") {
    stmts.push(...createCampaignStatements(db, assignment.campaignId, [assignment.with, s.id], now));
    pass.campaignOf.set(s.id, assignment.campaignId);
    pass.campaignOf.set(assignment.with, assignment.campaignId);
  }
  const duplicates = ranked.slice(0, MAX_DUPLICATES_LISTED);
  for (const d of duplicates) pass.linked.add(d.id);
  if (duplicates.length || assignment.kind !== "none") pass.linked.add(s.id);
  if (assignment.kind === "create") pass.linked.add(assignment.with);
  stmts.push(...duplicateStatements(db, s.id, duplicates), ...bump);
  return stmts;
}

/**
 * Computes the flags and campaign of the submissions queued by the triggers (migrations 0003 and
 * 0010): new, edited, withdrawn or drafted again. One pass at a time (a lease), oldest first, at most
 * `max` per call; a call that finds the lease taken leaves the work to the pass holding it.
 */
export async function refreshStaleFlags(db: D1Database, max = 200): Promise<number> {
  // Nothing queued (the usual case): one indexed read, no lease.
  if (!(await hasStaleFlags(db))) return 0;
  const token = randomToken();
  const start = Date.now();
  const taken = await takeFlagLeaseStatement(db, token, new Date(start).toISOString(), new Date(start + LEASE_MS).toISOString()).run();
  if (taken.meta.changes === 0) return 0;
  try {
    const stale = await listStaleFlagSources(db, max);
    const now = isoNow();
    const pass: Pass = { signatures: new Map(), campaignOf: new Map(), inactive: new Set(), linked: new Set() };
    for (let i = 0; i < stale.length; i += BATCH_ITEMS) {
      const stmts: D1PreparedStatement[] = [];
      for (const s of stale.slice(i, i + BATCH_ITEMS)) stmts.push(...(await recompute(db, pass, s, now)));
      await db.batch(stmts);
    }
    return stale.length;
  } finally {
    await releaseFlagLeaseStatement(db, token).run();
  }
}

/** Stored flags, duplicates (most similar first) and campaign of the given submissions. */
export async function flagsOf(db: D1Database, ids: readonly number[]): Promise<Map<number, FlagView>> {
  const out = new Map<number, FlagView>(ids.map((id) => [id, { flags: { pii: [], possibleDuplicateOf: [] }, duplicates: [], campaign: null }]));
  if (ids.length === 0) return out;
  const view = await getFlagView(db, ids);
  for (const f of view.flags) out.get(f.id)!.flags.pii = f.pii;
  for (const c of view.campaigns) out.get(c.id)!.campaign = { id: c.campaignId, size: c.size };
  for (const d of view.duplicates) {
    const v = out.get(d.of)!;
    v.flags.possibleDuplicateOf.push(d.reference);
    v.duplicates.push({ reference: d.reference, title: d.title, organization: d.organization, similarity: d.similarity });
  }
  return out;
}
