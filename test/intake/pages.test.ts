import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import cgr from "../fixtures/cgr-2022-tip-statement.txt?raw";
import { sha256Hex } from "../../worker/auth/crypto";
import { CGR_STATEMENT } from "../../worker/seed/demo-statement";
import { call, count, OPEN_SEGMENT, ORIGIN, postForm, seed, signIn, signInAdmin } from "../helpers";
import { multipart } from "./builders";

beforeAll(seed);

const cgrBytes = new TextEncoder().encode(cgr);
const extract = (form: FormData, cookie?: string) => call("/intake/extract", { method: "POST", body: form, cookie, headers: { origin: ORIGIN } });
const tokenOf = (html: string) => /name="document" value="([A-Za-z0-9_-]{43})"/.exec(html)?.[1] ?? null;
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

function submissionFields(token: string | null, extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    ...(token ? { document: token } : {}),
    segment: OPEN_SEGMENT,
    "organization.name": "Centre for Governance Research",
    "organization.acronym": "CGR",
    "organization.country": "PK",
    "organization.type": "ngo",
    "speaker.name": "Tariq Khosa",
    "speaker.role": "Director/CEO",
    language: "en",
    title: "CGR-NIOC Pakistan Statement: Trafficking in Persons",
    text: CGR_STATEMENT.text,
    deliveredOn: "2022-07-01",
    "proposals.0.text": CGR_STATEMENT.proposals[0]!.text,
    "proposals.0.themes": ["national-strategy"],
    themes: ["national-strategy"],
    ...extra,
  };
}

describe("/submit: fill from a document", () => {
  it("offers a multipart upload form that works without JavaScript", async () => {
    const html = await (await call("/submit", { cookie: await signIn() })).text();
    expect(html).toContain('action="/intake/extract"');
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toMatch(/<input[^>]*type="file"[^>]*name="file"/);
    expect(html).toContain("Fill from a document");
  });

  it("re-renders the same form pre-filled, with removed lines, personal data and suggested themes, storing nothing", async () => {
    const cookie = await signIn();
    const before = await count("SELECT count(*) AS n FROM submissions");
    const res = await extract(multipart(cgrBytes, "CGR statement (final).txt", "text/plain"), cookie);
    expect(res.status).toBe(200);
    const html = decode(await res.text());
    expect(html).toContain('action="/intake/submit"');
    expect(html).toContain('value="Centre for Governance Research"');
    expect(html).toContain('value="Tariq Khosa"');
    expect(html).toContain('value="Director/CEO"');
    expect(html).toContain('value="2022-07-01"');
    expect(html).toContain("effective law enforcement, border management, corruption-free state machinery, and the rule of law.");
    expect(html).toMatch(/name="proposals\.1\.themes" value="legislation" checked/);
    expect(html).toContain("Read from CGR-statement-final.txt");
    expect(html).toContain("CENTRE for GOVERNANCE RESEARCH");
    expect(html).toContain("051-2870852");
    expect(tokenOf(html)).not.toBeNull();
    expect(await count("SELECT count(*) AS n FROM submissions")).toBe(before);
    expect(await count("SELECT count(*) AS n FROM attachments")).toBe(0);
  });

  it("answers an unsupported file with the page and a clear error (415)", async () => {
    const res = await extract(multipart(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), "x.pdf"), await signIn());
    expect(res.status).toBe(415);
    expect(await res.text()).toContain("not a PDF, a Word document (DOCX) or a plain-text file");
  });

  it("sends a signed-out visitor to sign in", async () => {
    const res = await extract(multipart(cgrBytes));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/sign-in/);
  });
});

describe("/intake/submit: the original is kept with the submission", () => {
  it("attaches the document in the submission's batch and serves it back as a download", async () => {
    const cookie = await signIn();
    const token = tokenOf(await (await extract(multipart(cgrBytes, "../../etc/passwd.txt", "text/plain"), cookie)).text());
    const res = await postForm("/intake/submit", submissionFields(token), cookie);
    expect(res.status).toBe(303);
    const reference = /\/my\/submissions\/(CD-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(res.headers.get("location") ?? "")![1]!;
    const row = await env.DB.prepare(
      "SELECT a.r2_key AS key, a.size, a.sha256, a.filename, a.content_type AS type FROM attachments a JOIN submissions s ON s.id = a.submission_id WHERE s.reference = ?1",
    )
      .bind(reference)
      .first<{ key: string; size: number; sha256: string; filename: string; type: string }>();
    expect(row).toMatchObject({ size: cgrBytes.length, sha256: await sha256Hex(cgrBytes), type: "text/plain", filename: "etc-passwd.txt" });
    expect(row!.key).toMatch(/^documents\/[0-9a-f-]{36}$/);
    expect(await env.DOCUMENTS.head(`pending/${token}`)).toBeNull();

    const doc = await call(`/api/v1/submissions/${reference}/document`, { cookie });
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-disposition")).toBe(`attachment; filename="${reference}.txt"`);
    expect(doc.headers.get("content-type")).toBe("text/plain");
    expect(new Uint8Array(await doc.arrayBuffer())).toEqual(cgrBytes);

    expect((await call(`/api/v1/submissions/${reference}/document`, { cookie: await signIn() })).status).toBe(404);
    expect((await call(`/api/v1/submissions/${reference}/document`)).status).toBe(401);
    expect((await call(`/api/v1/statements/${reference}/document`)).status).toBe(404);
    await env.DB.prepare("UPDATE submissions SET status = 'published', published_at = ?2 WHERE reference = ?1").bind(reference, new Date().toISOString()).run();
    // Published, but the original stays private until staff make it public.
    expect((await call(`/api/v1/statements/${reference}/document`)).status).toBe(404);
    await env.DB.prepare("UPDATE submissions SET document_public = 1 WHERE reference = ?1").bind(reference).run();
    const published = await call(`/api/v1/statements/${reference}/document`);
    expect(published.status).toBe(200);
    expect(published.headers.get("content-disposition")).toContain("attachment");
  });

  it("refuses another person's document token and keeps the form", async () => {
    const owner = await signIn();
    const token = tokenOf(await (await extract(multipart(cgrBytes, "s.txt"), owner)).text());
    const other = await signIn();
    const res = await postForm("/intake/submit", submissionFields(token), other);
    expect(res.status).toBe(422);
    expect(decode(await res.text())).toContain("no longer available");
    expect(await env.DOCUMENTS.head(`pending/${token}`)).not.toBeNull();
  });

  it("re-renders a failed submission with the document still attached", async () => {
    const cookie = await signIn();
    const token = tokenOf(await (await extract(multipart(cgrBytes, "s.txt"), cookie)).text());
    const res = await postForm("/intake/submit", submissionFields(token, { title: "" }), cookie);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(tokenOf(html)).toBe(token);
    expect(html).toContain('action="/intake/submit"');
  });
});

describe("admins extend the theme lexicon", () => {
  it("adds a keyword that intake then uses, and refuses non-admins", async () => {
    const admin = await signInAdmin();
    const put = await call("/api/v1/admin/themes/technology/keywords", { method: "PUT", cookie: admin, json: { keywords: [{ term: "deepfake*", language: "en" }] } });
    expect(put.status).toBe(200);
    const body = (await put.json()) as { items: { term: string }[]; builtIn: { en: string[] } };
    expect(body.items.map((k) => k.term)).toEqual(["deepfake*"]);
    expect(body.builtIn.en).toContain("online");
    const res = await call("/api/v1/intake/extract", { method: "POST", cookie: await signIn(), json: { text: "We propose that States:\n\n1. Prevent deepfakes used to recruit victims of trafficking.\n2. Train police officers to identify victims." } });
    const result = (await res.json()) as { proposals: { themes: string[] }[] };
    expect(result.proposals[0]!.themes).toContain("technology");
    expect((await call("/api/v1/admin/themes/technology/keywords", { method: "PUT", cookie: await signIn(), json: { keywords: [] } })).status).toBe(403);
    expect((await call("/api/v1/admin/themes/no-such-theme/keywords", { cookie: admin })).status).toBe(404);
  });
});

describe("/submit: fill from a document in Arabic, Russian and Chinese", () => {
  const LOCALES = {
    ar: { dir: "rtl", form: ["الملء من وثيقة", "وثيقة البيان", "قراءة الوثيقة"], review: ["ما قُرئ من CGR.txt", "بيانات شخصية عُثر عليها في الوثيقة", "قراءة وثيقة أخرى", "الهاتف: "], refused: "ليس بصيغة PDF" },
    ru: { dir: "ltr", form: ["Заполнить по документу", "Документ с заявлением", "Прочитать документ"], review: ["Прочитано из файла CGR.txt", "Персональные данные в документе", "Прочитать другой документ", "Телефон: "], refused: "Это не PDF" },
    zh: { dir: "ltr", form: ["从文件填写", "发言文件", "读取文件"], review: ["读取自 CGR.txt", "文件中发现的个人数据", "读取另一个文件", "电话："], refused: "此文件不是 PDF" },
  } as const;
  const ENGLISH = ["Fill from a document", "Read the document", "Read from", "Personal data found", "Check every field", "not a PDF"];

  for (const [locale, want] of Object.entries(LOCALES)) {
    it(`${locale}: the upload form, the review panel and the refusal are in ${locale}`, async () => {
      const cookie = `${await signIn()}; lang=${locale}`;
      const form = await (await call("/submit", { cookie })).text();
      expect(form).toContain(`<html lang="${locale}" dir="${want.dir}">`);
      for (const text of want.form) expect(form, text).toContain(text);

      const read = await extract(multipart(cgrBytes, "CGR.txt", "text/plain"), cookie);
      expect(read.status).toBe(200);
      const review = decode(await read.text());
      expect(review).toContain(`<html lang="${locale}" dir="${want.dir}">`);
      for (const text of want.review) expect(review, text).toContain(text);
      for (const text of ENGLISH) expect(review, `still says "${text}"`).not.toContain(text);
      expect(review).not.toMatch(/\{\w+(, plural,[^}]*)?\}/);

      const refused = await extract(multipart(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), "x.pdf"), cookie);
      expect(refused.status).toBe(415);
      expect(await refused.text()).toContain(want.refused);
    });
  }
});

describe("serving original documents", () => {
  it("serves every document route as a sandboxed, non-sniffable download (the page CSP never replaces the sandbox)", async () => {
    const cookie = await signIn();
    const token = tokenOf(await (await extract(multipart(new TextEncoder().encode(`<html><script>alert(1)</script></html>\n\n${cgr}`), "evil\".html", "text/html"), cookie)).text());
    const res = await postForm("/intake/submit", submissionFields(token), cookie);
    expect(res.status).toBe(303);
    const reference = /\/my\/submissions\/(CD-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(res.headers.get("location") ?? "")![1]!;
    await env.DB.prepare("UPDATE submissions SET status = 'published', published_at = ?2 WHERE reference = ?1").bind(reference, new Date().toISOString()).run();
    // Published, but the original stays private until staff make it public.
    expect((await call(`/api/v1/statements/${reference}/document`)).status).toBe(404);
    await env.DB.prepare("UPDATE submissions SET document_public = 1 WHERE reference = ?1").bind(reference).run();
    for (const [path, who] of [
      [`/api/v1/submissions/${reference}/document`, cookie],
      [`/api/v1/statements/${reference}/document`, undefined],
      [`/statements/${reference}/document`, undefined],
    ] as const) {
      const doc = await call(path, { cookie: who });
      expect(doc.status, path).toBe(200);
      expect(doc.headers.get("content-type"), path).toBe("text/plain");
      expect(doc.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(doc.headers.get("content-disposition"), path).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"$/);
      const csp = doc.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("sandbox");
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toContain("script-src");
      await doc.arrayBuffer();
    }
  });
});
