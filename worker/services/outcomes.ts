import type { SessionUser } from "../auth/session";
import {
  getOutcome,
  getUserEmail,
  insertLinkEventStatement,
  listLinks,
  listParagraphs,
  listSegmentProposals,
  notifiedOwners,
  outcomeLinksByProposal,
  noticeStatements,
  replaceLinksStatements,
  saveOutcomeStatements,
  type OutcomeSource,
  type Paragraph,
  type StoredOutcome,
} from "../db/outcomes";
import { bumpArchiveVersionStatement } from "../db/search-index";
import { getSegmentBySlug } from "../db/segments";
import { paragraphIndex, type Candidate } from "../domain/outcome-match";
import { byParagraph, carryLinks, linkChanges, outcomeParagraphUrl, type LinkInput } from "../domain/outcomes";
import { isStaff, rolesFor, staffRoleOf } from "../domain/roles";
import { getGrantedRoles } from "../db/users";
import { isoNow } from "../domain/time";
import { queueEmail } from "../email/render";
import { localSegmentTitle } from "../i18n/taxonomy";
import { AppError } from "../http/errors";
import { MAX_PARAGRAPHS, readParagraphs } from "../intake/paragraphs";
import { isLocale } from "../i18n";

/** Attaching a segment's outcome, suggesting and confirming links, and the public view (docs/outcomes.md). */

export const SUGGESTIONS_PER_PROPOSAL = 5;

export async function loadSegment(db: D1Database, slug: string) {
  const segment = await getSegmentBySlug(db, slug, isoNow());
  if (!segment) throw new AppError("not-found", `There is no segment "${slug}".`);
  return segment;
}

export async function loadOutcome(db: D1Database, slug: string): Promise<{ segment: Awaited<ReturnType<typeof loadSegment>>; outcome: StoredOutcome; paragraphs: Paragraph[] }> {
  const segment = await loadSegment(db, slug);
  const outcome = await getOutcome(db, segment.id);
  if (!outcome) throw new AppError("not-found", `The segment "${slug}" has no outcome attached yet.`);
  return { segment, outcome, paragraphs: await listParagraphs(db, outcome.id) };
}

const invalid = (path: string, message: string) => new AppError("validation-failed", "The request has invalid fields.", { errors: [{ path, message }] });

/**
 * Reads the text into paragraphs and saves the outcome (new or replacing), keeping the confirmed
 * links whose paragraph text is unchanged (following it to its new label) in the same batch; the
 * links dropped or moved are recorded in each statement's history.
 */
export async function attachOutcome(
  env: Env,
  user: SessionUser,
  slug: string,
  input: { text: string; source: OutcomeSource; title?: string | null; publishedOn?: string | null; url?: string | null },
) {
  const segment = await loadSegment(env.DB, slug);
  const read = readParagraphs(input.text);
  if (read.paragraphs.length === 0) throw invalid(input.source === "json" ? "text" : "file", "No paragraphs were found in the summary.");
  if (read.paragraphs.length > MAX_PARAGRAPHS) throw invalid(input.source === "json" ? "text" : "file", `The summary has more than ${MAX_PARAGRAPHS} paragraphs.`);
  const title = input.title ?? read.title;
  const publishedOn = input.publishedOn ?? read.publishedOn;
  const errors = [
    ...(title ? [] : [{ path: "title", message: "The document shows no title: give one." }]),
    ...(publishedOn ? [] : [{ path: "publishedOn", message: "The document shows no date: give the date it was published (YYYY-MM-DD)." }]),
  ];
  if (errors.length) throw new AppError("validation-failed", "The request has invalid fields.", { errors });

  const now = isoNow();
  const previous = await getOutcome(env.DB, segment.id);
  const batch = saveOutcomeStatements(env.DB, { segmentId: segment.id, title: title!, publishedOn: publishedOn!, url: input.url ?? null, source: input.source, actor: user.email, now, paragraphs: read.paragraphs });
  if (previous) {
    const [oldParagraphs, links] = await Promise.all([listParagraphs(env.DB, previous.id), listLinks(env.DB, segment.id)]);
    const carried = carryLinks(oldParagraphs, read.paragraphs);
    const kept = links.flatMap((l) => (carried.has(l.paragraph) ? [{ ...l, paragraph: carried.get(l.paragraph)! }] : []));
    batch.push(...replaceLinksStatements(env.DB, segment.id, kept.map((l) => ({ ...l, linkedBy: user.email, linkedAt: now }))));
    for (const [submissionId, changes] of linkChanges(links, kept)) {
      batch.push(insertLinkEventStatement(env.DB, { submissionId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles), changes }));
    }
  }
  batch.push(bumpArchiveVersionStatement(env.DB));
  await env.DB.batch(batch);
  return { title: title!, publishedOn: publishedOn!, url: input.url ?? null, paragraphs: read.paragraphs };
}

export type SuggestionItem = { reference: string; proposal: number; candidates: Candidate[] };

export async function suggestLinks(db: D1Database, slug: string, limit = SUGGESTIONS_PER_PROPOSAL): Promise<SuggestionItem[]> {
  const { segment, paragraphs } = await loadOutcome(db, slug);
  const suggest = paragraphIndex(paragraphs);
  const proposals = await listSegmentProposals(db, segment.id);
  return proposals.map((p) => ({ reference: p.reference, proposal: p.number, candidates: suggest(p.text, limit) }));
}

/**
 * Sets the segment's confirmed links to exactly `links`: one batch with an `outcome_linked`
 * history event per statement whose links changed, and one email per submitter whose first
 * proposal of this segment gets linked (never a second one for this segment).
 */
export async function setLinks(env: Env, user: SessionUser, slug: string, links: readonly LinkInput[]) {
  const { segment, paragraphs } = await loadOutcome(env.DB, slug);
  const [proposals, before, notified] = await Promise.all([listSegmentProposals(env.DB, segment.id), listLinks(env.DB, segment.id), notifiedOwners(env.DB, segment.id)]);
  const byKey = new Map(proposals.map((p) => [`${p.reference}:${p.number}`, p]));
  const labels = new Set(paragraphs.map((p) => p.number));
  const published = new Set(proposals.map((p) => p.reference));
  const errors: { path: string; message: string }[] = [];
  links.forEach((l, i) => {
    if (!published.has(l.reference)) errors.push({ path: `links.${i}.reference`, message: `${l.reference} is not a published statement of this segment.` });
    else if (!byKey.has(`${l.reference}:${l.proposal}`)) errors.push({ path: `links.${i}.proposal`, message: `${l.reference} has no proposal ${l.proposal}.` });
    if (!labels.has(l.paragraph)) errors.push({ path: `links.${i}.paragraph`, message: `The summary has no paragraph ${l.paragraph}.` });
  });
  if (errors.length) throw new AppError("validation-failed", "The request has invalid fields.", { errors });

  const now = isoNow();
  const seen = new Set<string>();
  const after = links.flatMap((l) => {
    const p = byKey.get(`${l.reference}:${l.proposal}`)!;
    const key = `${p.submissionId}:${l.proposal}:${l.paragraph}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ submissionId: p.submissionId, reference: l.reference, proposal: l.proposal, paragraph: l.paragraph, ownerId: p.ownerId, linkedBy: user.email, linkedAt: now }];
  });
  // Links of statements not published now (unpublished, or edited back to review) are not the moderator's to see: they stay.
  const publishedIds = new Set(proposals.map((p) => p.submissionId));
  after.push(...before.filter((l) => !publishedIds.has(l.submissionId)).map((l) => ({ ...l, linkedBy: user.email, linkedAt: now })));
  const changes = linkChanges(before, after);
  const batch: D1PreparedStatement[] = [...replaceLinksStatements(env.DB, segment.id, after)];
  for (const [submissionId, change] of changes) batch.push(insertLinkEventStatement(env.DB, { submissionId, at: now, actorEmail: user.email, actorRole: staffRoleOf(user.roles), changes: change }));
  if (changes.size) {
    for (const ownerId of new Set(after.map((l) => l.ownerId))) {
      if (notified.has(ownerId)) continue;
      const email = await getUserEmail(env.DB, ownerId);
      // Statements staff filed for others (the archive's imports) are not theirs to be told about.
      if (!email || isStaff(rolesFor(email, env, await getGrantedRoles(env.DB, email)))) continue;
      const own = after.filter((l) => l.ownerId === ownerId).sort((x, y) => x.submissionId - y.submissionId || x.proposal - y.proposal || byParagraph(x.paragraph, y.paragraph));
      const first = proposals.find((p) => p.ownerId === ownerId && p.submissionId === own[0]!.submissionId)!;
      const locale = isLocale(first.locale) ? first.locale : "en";
      const mail = queueEmail("outcome", {
        locale,
        segmentTitle: localSegmentTitle(locale, segment),
        outcomeUrl: `${env.APP_ORIGIN}/segments/${segment.slug}/outcome`,
        items: own.map((l) => {
          const p = byKey.get(`${l.reference}:${l.proposal}`)!;
          return { reference: l.reference, title: p.title, proposal: l.proposal, text: p.text, paragraph: l.paragraph, url: outcomeParagraphUrl(env.APP_ORIGIN, segment.slug, l.paragraph) };
        }),
      });
      batch.push(...noticeStatements(env.DB, segment.id, ownerId, email, mail, now));
    }
    batch.push(bumpArchiveVersionStatement(env.DB));
  }
  await env.DB.batch(batch);
  return { links: after.filter((l) => publishedIds.has(l.submissionId)).map((l) => ({ reference: l.reference, proposal: l.proposal, paragraph: l.paragraph })) };
}

/** The public view of a segment's outcome: each paragraph with the published proposals linked to it. */
export async function publicOutcome(db: D1Database, origin: string, slug: string) {
  const { segment, outcome, paragraphs } = await loadOutcome(db, slug);
  const [proposals, links] = await Promise.all([listSegmentProposals(db, segment.id), listLinks(db, segment.id)]);
  const byKey = new Map(proposals.map((p) => [`${p.submissionId}:${p.number}`, p]));
  return {
    segment: { slug: segment.slug, title: segment.title },
    title: outcome.title,
    publishedOn: outcome.publishedOn,
    url: outcome.url,
    paragraphs: paragraphs.map((par) => ({
      number: par.number,
      text: par.text,
      url: outcomeParagraphUrl(origin, segment.slug, par.number),
      proposals: links
        .filter((l) => l.paragraph === par.number && byKey.has(`${l.submissionId}:${l.proposal}`))
        .map((l) => {
          const p = byKey.get(`${l.submissionId}:${l.proposal}`)!;
          return {
            reference: p.reference,
            proposal: p.number,
            text: p.text,
            organization: { name: p.orgName, acronym: p.orgAcronym },
            url: `${origin}/statements/${p.reference}#p${p.number}`,
          };
        }),
    })),
  };
}

/** A published statement's links, per proposal number, as the API shows them (`outcome` of each proposal). */
export async function statementOutcomes(db: D1Database | D1DatabaseSession, origin: string, submissionId: number): Promise<Map<number, { segment: string; paragraph: string; url: string }[]>> {
  const links = await outcomeLinksByProposal(db, [submissionId]);
  const out = new Map<number, { segment: string; paragraph: string; url: string }[]>();
  for (const [key, list] of links) out.set(Number(key.split(":")[1]), list.map((l) => ({ ...l, url: outcomeParagraphUrl(origin, l.segment, l.paragraph) })));
  return out;
}
