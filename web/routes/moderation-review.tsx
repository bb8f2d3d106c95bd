import { Hono, type Context } from "hono";
import { listQueue, listThemeChoices } from "../../worker/db/moderation";
import { listSegments } from "../../worker/db/segments";
import { getAttachment } from "../../worker/db/attachments";
import { listHistory } from "../../worker/db/submission-events";
import { listVersions, staffSeenVersion } from "../../worker/db/submission-versions";
import { isEmptyDiff, lastSeenByStaff, versionDiff, type VersionDiff } from "../../worker/domain/text-diff";
import { getSubmission } from "../../worker/db/submissions";
import { DecisionBody, ModerationPatch } from "../../worker/domain/moderation";
import { isReference } from "../../worker/domain/reference";
import { isoNow } from "../../worker/domain/time";
import { deliverSoon } from "../../worker/email/deliver-soon";
import type { AppEnv } from "../../worker/env";
import { checkForm, isProblem, serviceFormErrors } from "../forms/check";
import { decide, reviewItem, staffEdit } from "../../worker/services/moderation";
import type { Errors } from "../components/form";
import { str, strings } from "../forms/body-values";
import { t } from "../../worker/i18n";
import { ModerationReviewPage } from "../pages/moderation-review";
import { editValuesOf, type DecisionValues, type EditValues } from "../pages/moderation-review-forms";
import { notFound } from "./guards";

type C = Context<AppEnv>;

async function nextInQueue(db: D1Database, except: string): Promise<string | null> {
  const rows = await listQueue(db, { status: "submitted", segment: null, theme: null, q: null }, 2, null);
  return rows.find((r) => r.reference !== except)?.reference ?? null;
}

async function renderReview(
  c: C,
  reference: string,
  forms: { edit?: { values: EditValues; errors: Errors }; decision?: { values: DecisionValues; errors: Errors } } = {},
  notice?: string,
) {
  const item = await reviewItem(c.env.DB, reference);
  const [history, segments, themes, next, versions, seenVersion, attachment] = await Promise.all([
    listHistory(c.env.DB, reference),
    listSegments(c.env.DB, isoNow()),
    listThemeChoices(c.env.DB),
    nextInQueue(c.env.DB, reference),
    listVersions(c.env.DB, reference),
    staffSeenVersion(c.env.DB, reference),
    getAttachment(c.env.DB, reference),
  ]);
  // A re-review: the version staff last saw against the current one, word by word.
  const seen = lastSeenByStaff(versions, seenVersion);
  const current = versions.at(-1);
  const changes = seen && current ? { seen, current, diff: seen.version === current.version ? null : emptyToNull(versionDiff(seen, current)) } : null;
  const version = String(item.version);
  const edit = forms.edit ? { ...forms.edit, values: { ...forms.edit.values, version } } : { values: editValuesOf(item), errors: {} };
  const decision = forms.decision ? { ...forms.decision, values: { ...forms.decision.values, version } } : { values: { version, action: "", reasonCode: "", reason: "" }, errors: {} };
  const document = attachment ? { filename: attachment.filename } : null;
  return c.render(
    <ModerationReviewPage item={item} history={history} changes={changes} document={document} segments={segments} themes={themes} next={next} notice={notice} edit={edit} decision={decision} />,
    {
      title: `${item.reference} — ${t(c.get("locale"), "moderation.title")}`,
    },
  );
}

function emptyToNull(d: VersionDiff): VersionDiff | null {
  return isEmptyDiff(d) ? null : d;
}

function parseEditForm(body: Record<string, unknown>): EditValues {
  const proposals: EditValues["proposals"] = [];
  for (let i = 0; i < 50 && `proposals.${i}.text` in body; i++) {
    proposals.push({ text: str(body[`proposals.${i}.text`]), themes: strings(body[`proposals.${i}.themes`]) });
  }
  return {
    version: str(body.version), segment: str(body.segment), title: str(body.title), text: str(body.text), proposals, themes: strings(body.themes),
    correctionNote: str(body.correctionNote),
  };
}

/** After a decision: what the decided statement's status now is (read back, never taken from the URL). */
export async function decidedNotice(c: C): Promise<string | undefined> {
  const decided = c.req.query("decided");
  if (!decided || !isReference(decided)) return undefined;
  const d = await getSubmission(c.env.DB, decided);
  const locale = c.get("locale");
  return d ? t(locale, "moderation.decided", { reference: d.reference, status: t(locale, `status.${d.status}`) }) : undefined;
}


/** /moderation/{reference}: review, edit, decide, history. Mounted by `moderation.tsx`, behind its staff check. */
export const moderationReviewPages = new Hono<AppEnv>();
const pages = moderationReviewPages;

pages.get("/moderation/:reference", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference)) throw notFound();
  const notice = c.req.query("notice") === "saved" ? t(c.get("locale"), "moderation.saved") : await decidedNotice(c);
  return renderReview(c, reference, {}, notice);
});

pages.post("/moderation/:reference/edit", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference) || !(await getSubmission(c.env.DB, reference))) throw notFound();
  const body = await c.req.parseBody({ all: true });
  const values = parseEditForm(body);
  const version = /^\d{1,9}$/.test(values.version) ? Number(values.version) : 0;
  // The document form sends only whether the original is public; the edit form sends the content.
  const input =
    body.form === "document"
      ? { version, documentPublic: body.documentPublic === "true" }
      : {
          version, segment: values.segment, title: values.title, text: values.text, proposals: values.proposals, themes: values.themes,
          ...(values.correctionNote ? { correctionNote: values.correctionNote } : {}),
        };
  const parsed = checkForm(c.get("locale"), ModerationPatch, input);
  if (!parsed.ok) {
    c.status(422);
    return renderReview(c, reference, { edit: { values, errors: parsed.errors } });
  }
  try {
    await staffEdit(c.env, c.get("user")!, reference, parsed.output);
    return c.redirect(`/moderation/${reference}?notice=saved`, 303);
  } catch (err) {
    if (isProblem(err, "conflict")) {
      c.status(409);
      return renderReview(c, reference, {}, t(c.get("locale"), "moderation.conflict"));
    }
    const errors = serviceFormErrors(c.get("locale"), err);
    if (!errors) throw err;
    c.status(422);
    return renderReview(c, reference, { edit: { values, errors } });
  }
});

pages.post("/moderation/:reference/decision", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference) || !(await getSubmission(c.env.DB, reference))) throw notFound();
  const body = await c.req.parseBody();
  const values: DecisionValues = { version: str(body.version), action: str(body.action), reasonCode: str(body.reasonCode), reason: str(body.reason), publicNote: str(body.publicNote) };
  const input = {
    action: values.action, reasonCode: values.reasonCode || null, reason: values.reason, version: /^\d{1,9}$/.test(values.version) ? Number(values.version) : 0,
    ...(values.publicNote ? { publicNote: values.publicNote } : {}),
  };
  const parsed = checkForm(c.get("locale"), DecisionBody, input);
  if (!parsed.ok) {
    c.status(422);
    return renderReview(c, reference, { decision: { values, errors: parsed.errors } });
  }
  try {
    await decide(c.env, c.get("user")!, reference, parsed.output);
  } catch (err) {
    if (isProblem(err, "conflict")) {
      c.status(409);
      return renderReview(c, reference, {}, t(c.get("locale"), "moderation.conflict"));
    }
    throw err;
  }
  deliverSoon(c);
  // After publication there is no queue to work through: back to the statement, with what was done.
  if (parsed.output.action === "unpublish" || parsed.output.action === "republish") return c.redirect(`/moderation/${reference}?decided=${reference}`, 303);
  // Straight on to the next statement waiting, so a queue can be worked through with the keyboard.
  const next = await nextInQueue(c.env.DB, reference);
  return c.redirect(next ? `/moderation/${next}?decided=${reference}` : `/moderation?decided=${reference}`, 303);
});
