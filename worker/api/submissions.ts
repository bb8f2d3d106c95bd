import { Hono } from "hono";
import * as v from "valibot";
import { requireUser } from "../auth/session";
import { listOwnSubmissions, submissionView } from "../db/submissions";
import { isReference } from "../domain/reference";
import { DraftCreate, OwnerPatch, Pagination, SubmitDraftBody, SubmissionPost, WithdrawBody } from "../domain/schemas";
import type { AppEnv } from "../env";
import { decodeCursor, encodeCursor } from "../http/cursor";
import { AppError } from "../http/errors";
import { jsonBody, parseWith, queryParams, readJson } from "../http/validate";
import { deliverSoon } from "../email/deliver-soon";
import { draftFromBody, editOwn, loadVisibleAny, submitDraft, withdrawOwn } from "../services/drafts";
import { createSubmission } from "../services/submissions";
import type { Step } from "../services/create-once";
import { endTime, startTime } from "hono/timing";

const IdempotencyKey = v.pipe(v.string(), v.regex(/^[\x21-\x7e]{1,200}$/, "Idempotency-Key must be 1–200 visible ASCII characters."));

function referenceParam(value: string): string {
  if (!isReference(value)) throw new AppError("not-found", `No submission ${value} is visible to you.`);
  return value;
}

export const submissionsApi = new Hono<AppEnv>()
  // Every route here needs a session: 401 comes before anything the body or the reference could cause.
  .use(async (c, next) => {
    requireUser(c);
    await next();
  })
  .post("/", async (c) => {
    const user = requireUser(c);
    const keyHeader = c.req.header("idempotency-key");
    let idempotencyKey: string | undefined;
    if (keyHeader !== undefined) {
      const key = v.safeParse(IdempotencyKey, keyHeader);
      if (!key.success) throw new AppError("bad-request", key.issues[0].message, { errors: [{ path: "Idempotency-Key", message: key.issues[0].message }] });
      idempotencyKey = key.output;
    }
    // Server-Timing names each step (parse, replay, profile, check, batch, invite; session comes from loadSession).
    const step: Step = (name, run) => {
      startTime(c, name);
      return run().finally(() => endTime(c, name));
    };
    const { value, raw } = await step("parse", () => readJson(c));
    const isDraftBody = typeof value === "object" && value !== null && (value as { draft?: unknown }).draft === true;
    const outcome = isDraftBody
      ? await draftFromBody(c.env, user, parseWith(DraftCreate, value), { idempotencyKey, rawBody: raw, locale: c.get("locale") })
      : await createSubmission(c.env, user, parseWith(SubmissionPost, value), { idempotencyKey, rawBody: raw, locale: c.get("locale"), step });
    deliverSoon(c);
    c.header("Location", `/api/v1/submissions/${outcome.body.reference}`);
    return c.json(outcome.body, outcome.status as 201);
  })
  .get("/", queryParams(Pagination), async (c) => {
    const user = requireUser(c);
    const { limit, cursor } = c.req.valid("query");
    const after = cursor ? (decodeCursor(cursor, ["string", "number"]) as [string, number]) : null;
    const rows = await listOwnSubmissions(c.env.DB, user.id, limit + 1, after);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({
      items: page.map(submissionView),
      nextCursor: rows.length > limit && last ? encodeCursor([last.submittedAt, last.id]) : null,
    });
  })
  .get("/:reference", async (c) => {
    const user = requireUser(c);
    return c.json(submissionView(await loadVisibleAny(c.env.DB, user, referenceParam(c.req.param("reference")))));
  })
  // A draft's body is the looser one (partial organization and speaker); other statuses are held to
  // `SubmissionPatch` by the service once it knows the status.
  .patch("/:reference", jsonBody(OwnerPatch), async (c) => {
    const user = requireUser(c);
    return c.json(await editOwn(c.env, user, referenceParam(c.req.param("reference")), c.req.valid("json")));
  })
  .post("/:reference/submit", jsonBody(SubmitDraftBody), async (c) => {
    const user = requireUser(c);
    const submitted = await submitDraft(c.env, user, referenceParam(c.req.param("reference")), c.req.valid("json").version, c.get("locale"));
    deliverSoon(c);
    return c.json(submitted);
  })
  .post("/:reference/withdraw", jsonBody(WithdrawBody), async (c) => {
    const user = requireUser(c);
    return c.json(await withdrawOwn(c.env, user, referenceParam(c.req.param("reference")), c.req.valid("json").version));
  });
