import { parseArchiveParams } from "../http/archive-params";
import type { SummaryRow } from "../db/archive-search";
import { referenceLabels } from "../db/labels";
import { digestItemsSql, digestSentStatements, listDue, MAX_SEQ_SQL, nothingNewStatement, purgeSentDigestsStatement, type DueSubscription } from "../db/subscriptions";
import { excerpt } from "../domain/archive-format";
import { isoNow } from "../domain/time";
import { followedQuery, nextDueAfter, type FollowedSearch } from "../domain/subscriptions";
import { renderEmail, type RenderedEmail } from "../email/render";
import { unsubscribeUrl } from "../services/subscriptions";
import { formatDate, isLocale, type Locale } from "../i18n";
import { describeSearch, valueLabel, type ReferenceLabels } from "../i18n/follow";
import { segmentTitle } from "../i18n/taxonomy";

/**
 * The digest job (API.md "Following the archive", docs/delegates.md). Each pass reads the newest
 * publication once, then takes due subscriptions in chunks: one D1 batch reads the new matching
 * statements of every distinct (search, watermark) in the chunk, the emails are rendered once per
 * (search, watermark, language) and personalised with each subscriber's unsubscribe token (due
 * subscriptions come sorted so that these carry over between chunks), and one
 * batch writes every digest with its subscription's new watermark, each guarded by the watermark
 * read (so a retry or an overlapping pass sends nothing twice). Work per run is bounded (chunks and
 * time); what is left is still due and the next run (five minutes later) picks it up.
 */

export const DIGEST_LIMITS = {
  /** Subscriptions per chunk: one read batch and one write batch each. */
  chunk: 25,
  /** Chunks per run: bounds the D1 round trips of one cron invocation (3 per chunk). */
  maxChunks: 40,
  /** Stop starting chunks after this long (the cron invocation has 15 minutes of wall time, 30 s of CPU by default). */
  budgetMs: 15_000,
  /** Statements read per digest (the subject counts up to this many); the email lists the first `shown`. */
  read: 100,
  shown: 20,
  /** Sent digests are kept this long in the outbox, then deleted (at most `purge` rows a run). */
  keepDays: 14,
  purge: 5000,
};

/** Stands in for the unsubscribe token in an email rendered once for many subscribers (base64url letters only). */
const TOKEN_SLOT = "UNSUBSCRIBExTOKENxSLOTxxxxxxxxxxxxxxxxxxxxx";

type Figures = { due: number; digests: number; nothingNew: number; chunks: number; renders: number; purged: number };

function toItem(r: SummaryRow, locale: Locale, origin: string, labels: ReferenceLabels) {
  return {
    title: r.title,
    url: `${origin}/statements/${r.reference}`,
    organization: r.orgAcronym ? `${r.orgName} (${r.orgAcronym})` : r.orgName,
    country: valueLabel(locale, "country", r.orgCountry, labels),
    segment: segmentTitle(locale, r.segmentSlug, r.segmentTitle, labels.translations?.segment),
    date: formatDate(locale, r.deliveredOn ?? r.publishedAt),
    excerpt: excerpt(r.text),
    lang: r.language,
  };
}

async function renderDigest(locale: Locale, search: FollowedSearch, rows: SummaryRow[], origin: string, labels: ReferenceLabels): Promise<RenderedEmail> {
  const query = followedQuery(search);
  query.set("sort", "newest");
  return renderEmail("digest", {
    locale,
    count: rows.length,
    items: rows.slice(0, DIGEST_LIMITS.shown).map((r) => toItem(r, locale, origin, labels)),
    search: describeSearch(locale, search, labels),
    moreUrl: `${origin}/statements?${query.toString()}`,
    unsubscribeUrl: unsubscribeUrl(origin, TOKEN_SLOT),
  });
}

function personalise(email: RenderedEmail, origin: string, token: string) {
  const fill = (s: string) => s.split(TOKEN_SLOT).join(token);
  const url = unsubscribeUrl(origin, token);
  return {
    template: email.template,
    subject: email.subject,
    html: fill(email.html),
    text: fill(email.text),
    // RFC 8058: a mail provider may POST "List-Unsubscribe=One-Click" to this URL, with no session or Origin.
    headers: { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** The archive query of a followed search, parsed exactly as the search page parses it. */
function archiveQuery(search: FollowedSearch, origin: string) {
  try {
    return parseArchiveParams(new URL(`/statements?${followedQuery(search).toString()}`, origin));
  } catch {
    return null;
  }
}

/** Sends every due digest, as at `at`, within the run's bounds; returns figures for the log. */
export async function sendDigests(env: Env, at: string, limits = DIGEST_LIMITS): Promise<Figures> {
  const started = Date.now();
  const figures: Figures = { due: 0, digests: 0, nothingNew: 0, chunks: 0, renders: 0, purged: 0 };
  const purged = await purgeSentDigestsStatement(env.DB, isoNow(new Date(Date.parse(at) - limits.keepDays * 86_400_000)), limits.purge).run();
  figures.purged = purged.meta.changes ?? 0;
  const maxSeq = (await env.DB.prepare(MAX_SEQ_SQL).first<{ seq: number }>())?.seq ?? 0;
  const origin = env.APP_ORIGIN;
  let labels: ReferenceLabels | null = null;
  // Due subscriptions come sorted by (watermark, search, language): reads and renders carry over
  // from one chunk to the next. Only the latest few are kept.
  const reads = new Map<string, SummaryRow[]>();
  const renders = new Map<string, RenderedEmail>();
  const remember = <T>(map: Map<string, T>, key: string, value: T) => {
    if (map.size >= 20) map.delete(map.keys().next().value!);
    map.set(key, value);
  };
  while (figures.chunks < limits.maxChunks && Date.now() - started < limits.budgetMs) {
    const due = await listDue(env.DB, at, maxSeq, limits.chunk);
    if (due.length === 0) break;
    figures.chunks++;
    figures.due += due.length;
    labels ??= await referenceLabels(env.DB);
    const groups = new Map<string, DueSubscription[]>();
    for (const sub of due) {
      const key = `${sub.sinceSeq}|${sub.filters}`;
      groups.set(key, [...(groups.get(key) ?? []), sub]);
    }
    const entries = [...groups].map(([key, subs]) => {
      const search = JSON.parse(subs[0]!.filters) as FollowedSearch;
      return { key, subs, search, input: archiveQuery(search, origin) };
    });
    const toRead = entries.filter((e) => e.input && !reads.has(e.key));
    const statements = toRead.map((e) => {
      const sql = digestItemsSql({ query: e.input!.query, filters: e.input!.filters, afterSeq: e.subs[0]!.sinceSeq, uptoSeq: maxSeq, limit: limits.read });
      return env.DB.prepare(sql.sql).bind(...sql.params);
    });
    const results = statements.length ? await env.DB.batch(statements) : [];
    const fresh = new Map(toRead.map((e, i) => [e.key, (results[i]!.results ?? []) as SummaryRow[]]));
    for (const [key, rows] of fresh) remember(reads, key, rows);
    const writes: D1PreparedStatement[] = [];
    const inserts: number[] = [];
    const nothingNew: number[] = [];
    for (const entry of entries) {
      const rows = entry.input ? (fresh.get(entry.key) ?? reads.get(entry.key) ?? []) : [];
      if (rows.length === 0) {
        nothingNew.push(...entry.subs.map((s) => s.id));
        continue;
      }
      for (const sub of entry.subs) {
        const locale: Locale = isLocale(sub.locale) ? sub.locale : "en";
        const renderKey = `${locale}|${entry.key}`;
        let email = renders.get(renderKey);
        if (!email) {
          email = await renderDigest(locale, entry.search, rows, origin, labels);
          remember(renders, renderKey, email);
          figures.renders++;
        }
        inserts.push(writes.length);
        writes.push(...digestSentStatements(env.DB, sub, personalise(email, origin, sub.unsubscribeToken), { uptoSeq: maxSeq, at, nextDueAt: nextDueAfter(sub.frequency, at) }));
      }
    }
    if (nothingNew.length) writes.push(nothingNewStatement(env.DB, nothingNew, maxSeq));
    figures.nothingNew += nothingNew.length;
    if (writes.length) {
      const written = await env.DB.batch(writes);
      // A digest whose watermark moved meanwhile (another pass sent it) wrote nothing.
      figures.digests += inserts.filter((i) => (written[i]!.meta.changes ?? 0) > 0).length;
    }
  }
  return figures;
}
