import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppEnv } from "../../worker/env";
import { AppError, errorHandler, keyedError } from "../../worker/http/errors";
import { ErrorPage } from "../../web/pages/error-page";
import { segmentFieldError } from "../../worker/i18n/messages";
import { readJson, readLimited } from "../../worker/http/validate";
import { catalog, type Locale } from "../../worker/i18n";
import { errorMessage } from "../../worker/i18n/errors";
import { arSegments } from "../../worker/seed/translations/ar-segments";
import { frSegments } from "../../worker/seed/translations/fr-segments";
import { call, CLOSED_SEGMENT, createSubmission, OPEN_SEGMENT, ORIGIN, problem, seed, signIn, submissionBody } from "../helpers";

/**
 * English that used to reach pages in other languages: the archive's query-string messages, the
 * HTML error page (headings and AppError details), closed-segment messages naming a seeded
 * segment, and optional fields of invisible characters. Each in French and Arabic, with the JSON
 * API's English unchanged for the same input.
 */
beforeAll(seed);

const ar = (n: number) => n.toLocaleString("ar");
/** Hono's JSX escapes quotes and apostrophes; compare with the text as a browser shows it. */
const unescape = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const page = async (path: string, init: Parameters<typeof call>[1] = {}) => {
  const res = await call(path, { ...init, headers: { accept: "text/html", ...(init.headers as Record<string, string> | undefined) } });
  return { status: res.status, type: res.headers.get("content-type") ?? "", html: unescape(await res.text()) };
};
const postPage = (path: string, fields: Record<string, string>, cookie?: string, headers: Record<string, string> = { origin: ORIGIN }) =>
  page(path, { method: "POST", body: new URLSearchParams(fields).toString(), cookie, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });
/** The error page's heading and detail (`<h1>`, `<p class="error-box">`). */
const errorPage = (html: string) => ({
  heading: /<h1>([^<]*)<\/h1>/.exec(html)?.[1],
  detail: /<p class="error-box">([^<]*)<\/p>/.exec(html)?.[1],
});
const english = /\b(must|Give|Use the|There is no|No submission|Idempotency-Key was|Sign in to|This needs|larger than|Send the|Something went wrong|Not allowed|Forbidden)\b/;

describe("/statements with malformed query parameters", () => {
  const tooMany = Array.from({ length: 21 }, (_, i) => `theme=t${i}`).join("&");

  it("?lang=fr: each message is French, under the page's own sentence", async () => {
    const limit = await page("/statements?lang=fr&q=traite&limit=0");
    expect(limit.status).toBe(400);
    expect(limit.html).toContain("Le paramètre « limit » doit être un nombre compris entre 1 et 100.");
    expect((await page("/statements?lang=fr&sort=oldest")).html).toContain("Le paramètre « sort » doit valoir « relevance » ou « newest ».");
    expect((await page(`/statements?lang=fr&${tooMany}`)).html).toContain("Indiquez au plus 20 valeurs pour le filtre « theme ».");
    expect((await page(`/statements?lang=fr&country=${"x".repeat(101)}`)).html).toContain("Une valeur du filtre « country » ne peut pas dépasser 100 caractères.");
    const cursor = await page("/statements?lang=fr&cursor=!!");
    expect(cursor.html).toContain("Utilisez la valeur nextCursor renvoyée par une page précédente.");
    const decoded = await page("/statements?lang=fr&cursor=bm90LWpzb24");
    expect(decoded.status).toBe(400);
    expect(decoded.html).toContain("Utilisez la valeur nextCursor renvoyée par une page précédente.");
    for (const html of [limit.html, cursor.html, decoded.html]) expect(html.slice(html.indexOf('class="error-box"'), html.indexOf("</p>", html.indexOf('class="error-box"')))).not.toMatch(english);
  });

  it("?lang=ar: the same messages in Arabic, numbers the Arabic way and the counted noun agreeing", async () => {
    const limit = await page("/statements?lang=ar&limit=500&sort=x");
    expect(limit.status).toBe(400);
    expect(limit.html).toContain('dir="rtl"');
    expect(limit.html).toContain(`يجب أن يكون المعلَم «limit» عددًا من ${ar(1)} إلى ${ar(100)}.`);
    expect(limit.html).toContain("يجب أن تكون قيمة المعلَم «sort» إما «relevance» أو «newest».");
    expect((await page(`/statements?lang=ar&${tooMany}`)).html).toContain(`أدخِل ${ar(20)} قيمة على الأكثر للمرشِّح «theme».`);
    expect((await page("/statements?lang=ar&cursor=!!")).html).toContain("استخدم قيمة nextCursor التي أعادتها صفحة سابقة.");
  });

  it("the JSON API answers the same query strings with its English, as before", async () => {
    const limit = await problem(await call("/api/v1/statements?limit=0&sort=oldest", { headers: { "accept-language": "fr" } }));
    expect(limit).toMatchObject({ status: 400, detail: "A query parameter is malformed." });
    expect(limit.errors).toEqual([
      { path: "limit", message: "limit must be a number from 1 to 100." },
      { path: "sort", message: "sort must be relevance or newest." },
    ]);
    expect((await problem(await call(`/api/v1/statements?lang=ar&${tooMany}`))).errors).toEqual([{ path: "theme", message: "Give at most 20 values for theme." }]);
    expect((await problem(await call(`/api/v1/statements?country=${"x".repeat(101)}`))).errors).toEqual([{ path: "country", message: "A country value has at most 100 characters." }]);
    expect((await problem(await call("/api/v1/statements?cursor=!!"))).errors).toEqual([{ path: "cursor", message: "Use the nextCursor value of a previous page." }]);
    expect(await problem(await call("/api/v1/statements?cursor=bm90LWpzb24"))).toMatchObject({ detail: "The cursor is malformed.", errors: [{ path: "cursor", message: "Use the nextCursor value of a previous page." }] });
    expect((await problem(await call("/api/v1/statements.csv?limit=6000"))).errors).toEqual([{ path: "limit", message: "limit must be a number from 1 to 5000." }]);
  });
});

describe("the HTML error page", () => {
  it("an Idempotency-Key reused with another body (a resent form): heading and detail in French and Arabic; the API keeps its English", async () => {
    const cookie = await signIn();
    const key = `k${crypto.randomUUID().replace(/-/g, "")}`;
    const form = (title: string) => ({
      segment: OPEN_SEGMENT,
      "organization.name": "Red Cross Example",
      "organization.country": "FR",
      "organization.type": "ngo",
      "speaker.name": "Jeanne Martin",
      language: "fr",
      title,
      text: "Mesdames et Messieurs les délégués, nous présentons nos propositions sur la protection des victimes de la traite.",
      idempotencyKey: key,
    });
    expect((await postPage("/submit?lang=fr", form("Première version"), cookie)).status).toBe(303);
    const fr = await postPage("/submit?lang=fr", form("Seconde version"), cookie);
    expect(fr.status).toBe(409);
    expect(errorPage(fr.html)).toEqual({
      heading: "La demande est en conflit avec une modification récente",
      detail: "Cette clé d’idempotence (Idempotency-Key) a déjà été utilisée avec un contenu différent.",
    });
    const arPage = await postPage("/submit?lang=ar", form("نسخة ثالثة"), cookie);
    expect(arPage.status).toBe(409);
    expect(arPage.html).toContain('dir="rtl"');
    expect(errorPage(arPage.html)).toEqual({ heading: "يتعارض الطلب مع تغيير حديث", detail: "سبق استخدام مفتاح منع التكرار (Idempotency-Key) هذا مع محتوى مختلف." });

    const apiKey = `a${crypto.randomUUID().replace(/-/g, "")}`;
    const post = (title: string) => call("/api/v1/submissions?lang=fr", { method: "POST", cookie, json: submissionBody({ title }), headers: { "idempotency-key": apiKey, "accept-language": "ar", accept: "text/html" } });
    expect((await post("First body")).status).toBe(201);
    expect(await problem(await post("Second body"))).toMatchObject({ status: 409, title: "Conflict", detail: "This Idempotency-Key was already used with a different body." });
  });

  it("a submission that is not the visitor's (not found): French and Arabic; the API keeps its English", async () => {
    const other = await createSubmission(await signIn());
    const cookie = await signIn();
    const fr = await postPage(`/my/submissions/${other.reference}?lang=fr`, { intent: "add-proposal" }, cookie);
    expect(fr.status).toBe(404);
    expect(errorPage(fr.html)).toEqual({ heading: "Page introuvable", detail: `Aucune déclaration ${other.reference} ne vous est accessible.` });
    const arPage = await postPage(`/my/submissions/${other.reference}?lang=ar`, { intent: "add-proposal" }, cookie);
    expect(errorPage(arPage.html)).toEqual({ heading: "الصفحة غير موجودة", detail: `لا يوجد بيان متاح لك بالمرجع ${other.reference}.` });
    expect(await problem(await call(`/api/v1/submissions/${other.reference}?lang=fr`, { cookie }))).toMatchObject({ status: 404, detail: `No submission ${other.reference} is visible to you.` });
  });

  it("a form posted from another site (refused): a translated heading and sentence, no English", async () => {
    for (const [locale, heading, detail] of [
      ["fr", "Cette demande a été refusée", "Le portail a refusé cette demande."],
      ["ar", "رُفض هذا الطلب", "رفضت البوابة هذا الطلب."],
    ] as const) {
      const res = await postPage(`/sign-in?lang=${locale}`, { email: "a@example.org" }, undefined, { origin: "https://evil.example" });
      expect(res.status).toBe(403);
      expect(res.type).toContain("text/html");
      expect(errorPage(res.html).heading).toBe(heading);
      expect(errorPage(res.html).detail).toContain(detail);
      expect(res.html).not.toMatch(english);
    }
  });

  /** A page-side app that fails the way page requests can, through the real `onError`. */
  function failing(locale: Locale) {
    const app = new Hono<AppEnv>();
    app.use(async (c, next) => {
      c.set("locale", locale);
      c.set("requestId", "req-123");
      await next();
    });
    app.post("/too-large", async (c) => c.text(String((await readLimited(c.req.raw, 10)).length)));
    app.post("/json", async (c) => c.json((await readJson(c)).value));
    app.get("/staff", () => {
      throw keyedError("forbidden", "err.auth.staff");
    });
    app.get("/theme", () => {
      throw keyedError("not-found", "err.theme.unknown", { slug: "no-such-theme" });
    });
    app.get("/unkeyed", () => {
      throw new AppError("conflict", "A segment \"x\" already exists.");
    });
    app.get("/hono", () => {
      throw new HTTPException(405);
    });
    app.get("/crash", () => {
      throw new Error("boom");
    });
    app.onError(errorHandler(ErrorPage));
    return (path: string, init: RequestInit = {}, html = true) =>
      app.request(`http://localhost${path}`, { ...init, headers: { ...(html ? { accept: "text/html" } : {}), ...(init.headers as Record<string, string> | undefined) } });
  }
  const big = { method: "POST", body: "x".repeat(50), headers: { "content-type": "application/json" } };

  it("payload too large, unsupported media type, forbidden, unknown theme, an unexpected error: French", async () => {
    const fetch = failing("fr");
    const read = async (res: Response) => ({ status: res.status, ...errorPage(unescape(await res.text())) });
    expect(await read(await fetch("/too-large", big))).toEqual({ status: 413, heading: "La demande est trop volumineuse", detail: "Le corps de la demande dépasse 10 octets." });
    expect(await read(await fetch("/json", { method: "POST", body: "a=1", headers: { "content-type": "text/plain" } }))).toEqual({
      status: 415,
      heading: "Ce type de contenu n’est pas accepté",
      detail: "Envoyez le corps de la demande au format application/json.",
    });
    expect(await read(await fetch("/json", { method: "POST", body: "{", headers: { "content-type": "application/json" } }))).toMatchObject({ status: 400, heading: "La demande n’a pas pu être traitée", detail: "Le corps de la demande n’est pas du JSON analysable." });
    expect(await read(await fetch("/staff"))).toEqual({ status: 403, heading: "Cette demande a été refusée", detail: "Cette action est réservée aux modérateurs et aux administrateurs." });
    expect(await read(await fetch("/theme"))).toEqual({ status: 404, heading: "Page introuvable", detail: "Il n’existe pas de thème « no-such-theme »." });
    // A detail without a key (none can reach a page today) and Hono's own errors: the type's sentence, never English.
    expect(await read(await fetch("/unkeyed"))).toEqual({ status: 409, heading: "La demande est en conflit avec une modification récente", detail: catalog("fr")["error.detail.conflict"] });
    expect(await read(await fetch("/hono"))).toMatchObject({ status: 405, heading: "Une erreur s’est produite", detail: "Cette adresse n’accepte pas ce type de demande." });
    expect(await read(await fetch("/crash"))).toEqual({ status: 500, heading: "Une erreur s’est produite", detail: "Une erreur s’est produite. Veuillez indiquer l’identifiant de la demande req-123 en la signalant." });
  });

  it("the same errors in Arabic, numbers the Arabic way", async () => {
    const fetch = failing("ar");
    const read = async (res: Response) => ({ status: res.status, ...errorPage(unescape(await res.text())) });
    expect(await read(await fetch("/too-large", big))).toEqual({ status: 413, heading: "حجم الطلب كبير جدًا", detail: `يزيد حجم متن الطلب على ${ar(10)} بايتات.` });
    expect(await read(await fetch("/json", { method: "POST", body: "a=1", headers: { "content-type": "text/plain" } }))).toMatchObject({ status: 415, detail: "أرسِل متن الطلب بصيغة application/json." });
    expect(await read(await fetch("/staff"))).toEqual({ status: 403, heading: "رُفض هذا الطلب", detail: "يتطلب هذا دور مشرف أو مدير." });
    expect(await read(await fetch("/theme"))).toMatchObject({ status: 404, detail: "لا يوجد موضوع بالمعرِّف «no-such-theme»." });
    expect(await read(await fetch("/unkeyed"))).toMatchObject({ status: 409, detail: catalog("ar")["error.detail.conflict"] });
    expect(await read(await fetch("/crash"))).toMatchObject({ status: 500, heading: "حدث خطأ ما", detail: "حدث خطأ ما. يُرجى ذكر معرّف الطلب req-123 عند الإبلاغ عنه." });
  });

  it("API clients get the same errors as problem+json with the English details, as before", async () => {
    const fetch = failing("fr");
    const json = async (res: Response) => ({ status: res.status, ...((await res.json()) as { title: string; detail: string }) });
    expect(await json(await fetch("/too-large", big, false))).toMatchObject({ status: 413, title: "Payload too large", detail: "The body is larger than 10 bytes." });
    expect(await json(await fetch("/json", { method: "POST", body: "a", headers: { "content-type": "text/plain" } }, false))).toMatchObject({ status: 415, title: "Unsupported media type", detail: "Send the body as application/json." });
    expect(await json(await fetch("/json", { method: "POST", body: "{", headers: { "content-type": "application/json" } }, false))).toMatchObject({ detail: "The body is not parseable JSON." });
    expect(await json(await fetch("/staff", {}, false))).toMatchObject({ status: 403, title: "Not allowed", detail: "This needs a moderator or admin role." });
    expect(await json(await fetch("/theme", {}, false))).toMatchObject({ detail: 'There is no theme "no-such-theme".' });
    expect(await json(await fetch("/crash", {}, false))).toMatchObject({ status: 500, detail: "Something went wrong. Quote request id req-123 when reporting it." });
    // The real API: a submitter on a staff route, an oversized body.
    expect(await problem(await call("/api/v1/moderation/submissions", { cookie: await signIn(), headers: { "accept-language": "fr" } }))).toMatchObject({ status: 403, detail: "This needs a moderator or admin role." });
    const huge = await call("/api/v1/submissions", { method: "POST", cookie: await signIn(), body: "x".repeat(1024 * 1024 + 10), headers: { "content-type": "application/json" } });
    expect(await problem(huge)).toMatchObject({ status: 413, detail: "The body is larger than 1048576 bytes." });
  });

  it("English pages keep the API's English detail", async () => {
    const fetch = failing("en");
    const html = unescape(await (await fetch("/staff")).text());
    expect(errorPage(html)).toEqual({ heading: "This request was refused", detail: "This needs a moderator or admin role." });
  });
});

describe("messages naming a segment", () => {
  const frTitle = frSegments[CLOSED_SEGMENT];
  const arTitle = arSegments[CLOSED_SEGMENT];
  const form = { segment: CLOSED_SEGMENT, "organization.name": "Red Cross Example", "organization.country": "FR", "organization.type": "ngo", "speaker.name": "Jeanne Martin", language: "fr", title: "Protéger les victimes", text: "Mesdames et Messieurs les délégués, nous présentons nos propositions sur la protection des victimes de la traite." };
  const segmentError = (html: string) => /<p class="error" id="f-segment-error"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];

  it("a closed segment on /submit shows the seeded title in French and Arabic; the API keeps the database's English", async () => {
    const cookie = await signIn();
    const fr = await postPage("/submit?lang=fr", form, cookie);
    expect(fr.status).toBe(422);
    expect(segmentError(fr.html)).toBe(`Le segment « ${frTitle} » est clos : il n’accepte plus de déclarations.`);
    const arPage = await postPage("/submit?lang=ar", form, cookie);
    expect(segmentError(arPage.html)).toBe(`الجزء «${arTitle}» مغلق: لم يعد يقبل البيانات.`);
    const api = await call("/api/v1/submissions?lang=fr", { method: "POST", cookie, json: submissionBody({ segment: CLOSED_SEGMENT }), headers: { "accept-language": "fr" } });
    expect((await problem(api)).errors).toEqual([{ path: "segment", message: 'The segment "Constructive dialogue on trafficking in persons" is closed: it does not accept statements now.' }]);
  });

  it("a segment an admin created or retitled keeps its database title in every language", () => {
    const retitled = segmentFieldError("segment", "err.segment.closed", { slug: CLOSED_SEGMENT, title: "Trafficking, renamed" });
    expect(errorMessage("fr", retitled)).toBe("Le segment « Trafficking, renamed » est clos : il n’accepte plus de déclarations.");
    expect(errorMessage("ar", { ...retitled, text: { ...retitled.text, segment: "admin-made" } })).toBe("الجزء «Trafficking, renamed» مغلق: لم يعد يقبل البيانات.");
    const seeded = segmentFieldError("segment", "err.segment.upcoming", { slug: CLOSED_SEGMENT, title: "Constructive dialogue on trafficking in persons" });
    expect(errorMessage("en", seeded)).toBe('The segment "Constructive dialogue on trafficking in persons" is upcoming: it does not accept statements now.');
    expect(errorMessage("fr", seeded)).toBe(`Le segment « ${frTitle} » n’est pas encore ouvert : il n’accepte pas encore de déclarations.`);
  });
});

describe("optional fields made only of invisible characters", () => {
  const INVISIBLE = ["\u200b\u200b", "\ufeff", "\u0000\u200e\u200f", " \u2060 ", "\u00ad\u034f"];
  type Json = { reference: string; organization: { acronym: string | null; website: string | null }; speaker: { role: string | null } };

  it("the API stores an acronym or a speaker's role of invisible characters as absent (null), on create and on edit", async () => {
    const cookie = await signIn();
    for (const s of INVISIBLE) {
      const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Invisible Acronym Example", acronym: s, country: "KE", type: "ngo" }, speaker: { name: "Amina Otieno", role: s } }) });
      expect(res.status, JSON.stringify(s)).toBe(201);
      const body = (await res.json()) as Json;
      expect(body.organization.acronym, JSON.stringify(s)).toBeNull();
      expect(body.speaker.role, JSON.stringify(s)).toBeNull();
    }
    // Longer than the limit, yet nothing to see: absent too, not "too long".
    const long = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Invisible Acronym Example", acronym: "\u200b".repeat(40), country: "KE", type: "ngo" } }) });
    expect(((await long.json()) as Json).organization.acronym).toBeNull();
    const s = await createSubmission(cookie);
    const patched = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie, json: { version: 1, speaker: { name: "Amina Otieno", role: "\u200b\ufeff" } } });
    expect(((await patched.json()) as Json).speaker.role).toBeNull();
  });

  it("normal values are unchanged: kept (trimmed) exactly, visible text with invisible characters inside included; a blank website is still refused", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Visible Example", acronym: " F\u200bNE ", country: "KE", type: "ngo", website: "https://fne.example.org" }, speaker: { name: "Amina Otieno", role: "Director" } }) });
    expect(await res.json()).toMatchObject({ organization: { acronym: "F\u200bNE", website: "https://fne.example.org" }, speaker: { role: "Director" } });
    const empty = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Visible Example", acronym: "", country: "KE", type: "ngo" }, speaker: { name: "Amina Otieno", role: null } }) });
    expect(await empty.json()).toMatchObject({ organization: { acronym: null, website: null }, speaker: { role: null } });
    const tooLong = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Visible Example", acronym: "A".repeat(21), country: "KE", type: "ngo" } }) });
    expect((await problem(tooLong)).errors).toEqual([{ path: "organization.acronym", message: "The acronym can have at most 20 characters." }]);
    const website = await call("/api/v1/submissions", { method: "POST", cookie, json: submissionBody({ organization: { name: "Visible Example", country: "KE", type: "ngo", website: "\u200b" } }) });
    expect(website.status).toBe(422);
    expect((await problem(website)).errors).toContainEqual({ path: "organization.website", message: "Give a full web address." });
  });

  it("the submit form (?lang=fr, ?lang=ar) treats such boxes as left empty: accepted, stored as null, website included", async () => {
    for (const locale of ["fr", "ar"]) {
      const cookie = await signIn();
      const res = await postPage(`/submit?lang=${locale}`, {
        segment: OPEN_SEGMENT,
        "organization.name": "Red Cross Example",
        "organization.acronym": "\u200b\u200b",
        "organization.country": "FR",
        "organization.type": "ngo",
        "organization.website": "\u200b\ufeff",
        "speaker.name": "Jeanne Martin",
        "speaker.role": "\u200e\u0000",
        language: "fr",
        title: "Protéger les victimes",
        text: "Mesdames et Messieurs les délégués, nous présentons nos propositions sur la protection des victimes de la traite.",
      }, cookie);
      expect(res.status, locale).toBe(303);
      const [mine] = ((await (await call("/api/v1/submissions", { cookie })).json()) as { items: { reference: string }[] }).items;
      const stored = (await (await call(`/api/v1/submissions/${mine!.reference}`, { cookie })).json()) as Json;
      expect(stored.organization, locale).toMatchObject({ acronym: null, website: null });
      expect(stored.speaker.role, locale).toBeNull();
    }
  });
});

