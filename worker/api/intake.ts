import { Hono } from "hono";
import { requireAdmin, requireUser } from "../auth/session";
import { getAttachment } from "../db/attachments";
import { listThemeKeywords, replaceThemeKeywordsStatements } from "../db/theme-keywords";
import { getTheme } from "../db/themes";
import { getSubmission } from "../db/submissions";
import { isReference } from "../domain/reference";
import { isoNow } from "../domain/time";
import type { AppEnv } from "../env";
import { AppError } from "../http/errors";
import { jsonBody, parseWith, readJson } from "../http/validate";
import { builtInTerms } from "../intake/lexicon";
import { analyseBytes, analyseText, intakeContext, readUpload } from "../intake/request";
import { documentResponse } from "../services/documents";
import { loadVisibleAny } from "../services/drafts";
import { EXTENSIONS, type DocumentKind } from "../intake/sniff";
import { IntakeTextBody, ThemeKeywordsBody } from "../domain/intake-schemas";

const KIND_BY_TYPE: Record<string, DocumentKind> = { "application/pdf": "pdf", "text/plain": "text" };
const kindOf = (contentType: string): DocumentKind => KIND_BY_TYPE[contentType] ?? "docx";

async function keywordsView(db: D1Database, slug: string) {
  return { theme: slug, builtIn: builtInTerms(slug), items: (await listThemeKeywords(db, slug)).map(({ theme: _t, ...k }) => k) };
}

/** Intake (POST /intake/extract), admins' theme keywords, and the original documents of submissions. */
export const intakeApi = new Hono<AppEnv>()
  .post("/intake/extract", async (c) => {
    requireUser(c);
    const type = (c.req.header("content-type") ?? "").toLowerCase();
    const context = await intakeContext(c.env.DB);
    if (type.startsWith("multipart/form-data")) {
      const upload = await readUpload(c.req.raw);
      const unknown = Object.keys(upload.fields);
      if (unknown.length) throw new AppError("validation-failed", "The request has invalid fields.", { errors: unknown.map((path) => ({ path, message: "Unknown field: send only `file`." })) });
      return c.json((await analyseBytes(upload.bytes, context)).analysis.result);
    }
    if (/^application\/([\w.-]+\+)?json/.test(type)) {
      const { value } = await readJson(c);
      return c.json(analyseText(parseWith(IntakeTextBody, value).text, context).result);
    }
    throw new AppError("unsupported-media-type", "Send the document as multipart/form-data with a `file` field, or JSON { text }.");
  })
  .get("/admin/themes/:slug/keywords", async (c) => {
    requireAdmin(c);
    const slug = c.req.param("slug");
    if (!(await getTheme(c.env.DB, slug))) throw new AppError("not-found", `There is no theme "${slug}".`);
    return c.json(await keywordsView(c.env.DB, slug));
  })
  .put("/admin/themes/:slug/keywords", jsonBody(ThemeKeywordsBody), async (c) => {
    const admin = requireAdmin(c);
    const slug = c.req.param("slug");
    if (!(await getTheme(c.env.DB, slug))) throw new AppError("not-found", `There is no theme "${slug}".`);
    await c.env.DB.batch(replaceThemeKeywordsStatements(c.env.DB, slug, c.req.valid("json").keywords, admin.email, isoNow()));
    return c.json(await keywordsView(c.env.DB, slug));
  })
  .get("/submissions/:reference/document", async (c) => {
    const user = requireUser(c);
    const reference = c.req.param("reference");
    if (!isReference(reference)) throw new AppError("not-found", `No submission ${reference} is visible to you.`);
    // The owner's drafts too (an emailed draft keeps its attachment as its original); staff see any but drafts.
    await loadVisibleAny(c.env.DB, user, reference);
    return serve(c.env, reference, "private, no-store");
  })
  .get("/statements/:reference/document", async (c) => {
    const reference = c.req.param("reference");
    const found = isReference(reference) ? await getSubmission(c.env.DB, reference) : null;
    // The original is public only when staff chose so: the text may have been cleaned of personal data, the original cannot be.
    if (!found || found.status !== "published" || !found.documentPublic) throw new AppError("not-found", `No public document for ${reference}.`);
    return serve(c.env, reference, "public, max-age=60");
  });

async function serve(env: Env, reference: string, cache: string): Promise<Response> {
  const attachment = await getAttachment(env.DB, reference);
  const object = attachment ? await env.DOCUMENTS.get(attachment.r2Key) : null;
  if (!attachment || !object) throw new AppError("not-found", `${reference} has no original document.`);
  return documentResponse(object, attachment.contentType, `${reference}.${EXTENSIONS[kindOf(attachment.contentType)]}`, cache);
}
