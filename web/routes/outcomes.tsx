import { Hono, type Context } from "hono";
import { outcomeInput } from "../../worker/services/outcome-input";
import { outcomeCounts } from "../../worker/db/outcomes";
import { listSegments } from "../../worker/db/segments";
import { isoNow } from "../../worker/domain/time";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { AppError, type FieldError } from "../../worker/http/errors";
import { listLinks, listSegmentProposals } from "../../worker/db/outcomes";
import { attachOutcome, loadOutcome, loadSegment, publicOutcome, setLinks, suggestLinks } from "../../worker/services/outcomes";
import { str } from "../forms/body-values";
import type { Errors } from "../components/form";
import { t, type Locale } from "../../worker/i18n";
import { errorMessage } from "../../worker/i18n/errors";
import { isProblem } from "../forms/check";
import { OutcomePage } from "../pages/outcome";
import { choiceName, otherName, OutcomeIndexPage, OutcomeStaffPage, type StaffProposal, type UploadValues } from "../pages/outcome-staff";
import { requireStaffPage } from "./guards";

type C = Context<AppEnv>;

/** The upload form's errors in the page's language: the document's own (intake) messages, ours for the fields. */
function uploadErrors(locale: Locale, err: AppError): Errors {
  if (err.type === "unsupported-media-type") return { file: t(locale, "intake.error.type") };
  if (err.type === "payload-too-large") return { file: t(locale, "intake.error.tooLarge") };
  const out: Errors = {};
  for (const e of (err.errors ?? []) as FieldError[]) {
    if (e.path === "title") out.title ??= t(locale, "outcome.staff.error.title");
    else if (e.path === "publishedOn") out.publishedOn ??= t(locale, "outcome.staff.error.date");
    else if (e.path === "url") out.url ??= t(locale, "outcome.staff.error.url");
    else if (e.path === "file" && /paragraphs/.test(e.message) && !e.text) out.file ??= t(locale, "outcome.staff.error.paragraphs");
    else out.file ??= errorMessage(locale, e);
  }
  return Object.keys(out).length ? out : { file: errorMessage(locale, { message: err.message, text: err.text }) };
}

async function renderStaff(c: C, slug: string, upload: { values: UploadValues; errors: Errors }, notice?: string) {
  const segment = await loadSegment(c.env.DB, slug);
  let outcome = null;
  let proposals: StaffProposal[] = [];
  try {
    const loaded = await loadOutcome(c.env.DB, slug);
    outcome = { title: loaded.outcome.title, publishedOn: loaded.outcome.publishedOn, paragraphs: loaded.paragraphs };
    const [suggestions, rows, links] = await Promise.all([suggestLinks(c.env.DB, slug, 3), listSegmentProposals(c.env.DB, segment.id), listLinks(c.env.DB, segment.id)]);
    proposals = rows.map((p, i) => ({
      reference: p.reference,
      number: p.number,
      text: p.text,
      organization: p.orgAcronym ? `${p.orgName} (${p.orgAcronym})` : p.orgName,
      candidates: suggestions[i]?.candidates ?? [],
      linked: links.filter((l) => l.submissionId === p.submissionId && l.proposal === p.number).map((l) => l.paragraph),
    }));
  } catch (err) {
    if (!isProblem(err, "not-found")) throw err;
  }
  return c.render(<OutcomeStaffPage segment={{ slug: segment.slug, title: segment.title }} outcome={outcome} proposals={proposals} upload={upload} notice={notice} />, {
    title: t(c.get("locale"), "outcome.staff.title", { segment: segment.title }),
  });
}

const EMPTY: UploadValues = { title: "", publishedOn: "", url: "" };

/** The public outcome page and the staff pages that attach a summary and confirm the links. */
export const outcomePages = new Hono<AppEnv>();

outcomePages.get("/segments/:slug/outcome", async (c) => {
  const outcome = await publicOutcome(c.env.DB, c.env.APP_ORIGIN, c.req.param("slug"));
  return c.render(<OutcomePage outcome={outcome} />, { title: outcome.title });
});

outcomePages.use("/moderation/outcomes", requireStaffPage);
outcomePages.use("/moderation/outcomes/*", requireStaffPage);

outcomePages.get("/moderation/outcomes", async (c) => {
  const [segments, counts] = await Promise.all([listSegments(c.env.DB, isoNow()), outcomeCounts(c.env.DB)]);
  const rows = segments.map((s) => ({ slug: s.slug, title: s.title, paragraphs: counts.get(s.slug)?.paragraphs ?? null, links: counts.get(s.slug)?.links ?? 0 }));
  return c.render(<OutcomeIndexPage segments={rows} />, { title: t(c.get("locale"), "outcome.staff.index.title") });
});

outcomePages.get("/moderation/outcomes/:slug", async (c) => {
  const saved = /^\d{1,5}$/.test(c.req.query("saved") ?? "") ? Number(c.req.query("saved")) : null;
  const read = /^\d{1,5}$/.test(c.req.query("read") ?? "") ? Number(c.req.query("read")) : null;
  const locale = c.get("locale");
  const notice = saved !== null ? t(locale, "outcome.staff.saved", { count: saved }) : read !== null ? t(locale, "outcome.staff.attached", { count: read }) : undefined;
  return renderStaff(c, c.req.param("slug"), { values: EMPTY, errors: {} }, notice);
});

outcomePages.post("/moderation/outcomes/:slug/document", async (c) => {
  const slug = c.req.param("slug");
  await loadSegment(c.env.DB, slug);
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  try {
    const saved = await attachOutcome(c.env, c.get("user")!, slug, await outcomeInput(c.req.raw, type));
    return c.redirect(`/moderation/outcomes/${slug}?read=${saved.paragraphs.length}`, 303);
  } catch (err) {
    if (!(err instanceof AppError) || err.type === "not-found" || err.type === "bad-request") throw err;
    c.status(err.type === "payload-too-large" ? 413 : err.type === "unsupported-media-type" ? 415 : 422);
    return renderStaff(c, slug, { values: EMPTY, errors: uploadErrors(c.get("locale"), err) });
  }
});

/** One choice per proposal: unanswered or "=keep" keeps its links, "" removes them, a label (or the "another paragraph" list) sets it. */
outcomePages.post("/moderation/outcomes/:slug", async (c) => {
  const slug = c.req.param("slug");
  const { segment } = await loadOutcome(c.env.DB, slug);
  const body = await c.req.parseBody();
  const [rows, current] = await Promise.all([listSegmentProposals(c.env.DB, segment.id), listLinks(c.env.DB, segment.id)]);
  const links = rows.flatMap((p) => {
    const choice = body[choiceName(p.reference, p.number)];
    const other = str(body[otherName(p.reference, p.number)]);
    const kept = current.filter((l) => l.submissionId === p.submissionId && l.proposal === p.number).map((l) => l.paragraph);
    const chosen = other ? [other] : typeof choice !== "string" || choice === "=keep" || choice === "=other" ? kept : choice === "" ? [] : [choice];
    return chosen.map((paragraph) => ({ reference: p.reference, proposal: p.number, paragraph }));
  });
  const result = await setLinks(c.env, c.get("user")!, slug, links);
  deliverSoon(c);
  const linked = new Set(result.links.map((l) => `${l.reference}:${l.proposal}`)).size;
  return c.redirect(`/moderation/outcomes/${slug}?saved=${linked}`, 303);
});
