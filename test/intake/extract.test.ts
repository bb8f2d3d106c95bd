import { env } from "cloudflare:workers";
import { zlibSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import cgr from "../fixtures/cgr-2022-tip-statement.txt?raw";
import { CGR_STATEMENT } from "../../worker/seed/demo-statement";
import { IntakeOut } from "../../worker/openapi/paths/intake";
import { call, count, ORIGIN, problem, seed, signIn } from "../helpers";
import { encryptedPdf, makeDocx, makePdf, multipart, numberedDocx, pdfWithContents, textContent, wordLevel, zipBombDocx, zlibZeros } from "./builders";

let cookie: string;
beforeAll(async () => {
  await seed();
  cookie = await signIn();
});

const upload = (form: FormData, who = cookie) => call("/api/v1/intake/extract", { method: "POST", body: form, cookie: who });

describe("POST /api/v1/intake/extract with the CGR statement", () => {
  it("returns exactly the cleaned text, metadata, proposals, removed lines and personal data", async () => {
    const res = await call("/api/v1/intake/extract", { method: "POST", cookie, json: { text: cgr } });
    expect(res.status).toBe(200);
    const body = v.parse(IntakeOut, await res.json());
    expect(body.text).toBe(CGR_STATEMENT.text);
    expect(body.title).toBe("CGR-NIOC Pakistan Statement: Trafficking in Persons");
    expect(body.organization).toEqual({ name: "Centre for Governance Research", acronym: "CGR", country: "PK" });
    expect(body.speaker).toEqual({ name: "Tariq Khosa", role: "Director/CEO" });
    expect(body.deliveredOn).toBe("2022-07-01");
    expect(body.segment).toBe("2022-4-trafficking-in-persons");
    expect(body.proposals).toEqual(CGR_STATEMENT.proposals.map((p, i) => ({ number: i + 1, text: p.text, themes: [...p.themes].sort() })));
    expect(body.proposals[2]!.text.endsWith("effective law enforcement, border management, corruption-free state machinery, and the rule of law.")).toBe(true);
    // The proposals' themes (as UNODC staff tagged them in the archive), nothing more.
    expect(body.themes).toEqual([...new Set(CGR_STATEMENT.proposals.flatMap((p) => p.themes))].sort());
    expect(body.removed).toEqual([
      "CGR",
      "CENTRE for GOVERNANCE RESEARCH",
      "PAKISTAN",
      "2021",
      "Islamabad:",
      "#38-W, Khalid Plaza, 1st Floor,",
      "Jinnah Avenue, Blue Area, Islamabad",
      "Phone: 051-2870852 & 2870853",
      "Lahore:",
      "22, Tipu Block,",
      "New Garden Town, Lahore",
      "Phone: 042-35831352",
    ]);
    expect(body.pii).toEqual([
      { kind: "address", value: "#38-W, Khalid Plaza, 1st Floor, Jinnah Avenue, Blue Area, Islamabad" },
      { kind: "address", value: "22, Tipu Block, New Garden Town, Lahore" },
      { kind: "phone", value: "051-2870852" },
      { kind: "phone", value: "2870853" },
      { kind: "phone", value: "042-35831352" },
    ]);
  });

  it("reads the same statement uploaded as a text file, whatever its name says", async () => {
    const res = await upload(multipart(new TextEncoder().encode(cgr), "statement.pdf", "application/pdf"));
    expect(res.status).toBe(200);
    const body = v.parse(IntakeOut, await res.json());
    expect(body.text).toBe(CGR_STATEMENT.text);
    expect(body.proposals).toHaveLength(3);
  });

  it("stores nothing", async () => {
    const before = await count("SELECT count(*) AS n FROM attachments");
    await call("/api/v1/intake/extract", { method: "POST", cookie, json: { text: cgr } });
    expect(await count("SELECT count(*) AS n FROM attachments")).toBe(before);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference <> 'CD-CGR2-2022'")).toBe(0);
  });
});

describe("POST /api/v1/intake/extract with PDF and DOCX", () => {
  it("reads a two-page PDF, drops the repeated letterhead and page numbers, and rejoins the split item", async () => {
    const pdf = await makePdf(
      [
        ["Statement by the Freedom Network Example to the constructive dialogue on trafficking in persons", "We submit the following proposals:", "1. States should establish national referral mechanisms for victims of trafficking in persons.", "2. States should train labour inspectors and"],
        ["border officials to identify victims among migrants.", "Thank you."],
      ],
      ["FREEDOM NETWORK EXAMPLE", "Nairobi, Kenya"],
    );
    const res = await upload(multipart(pdf, "x.docx"));
    expect(res.status).toBe(200);
    const body = v.parse(IntakeOut, await res.json());
    expect(body.removed).toEqual(expect.arrayContaining(["FREEDOM NETWORK EXAMPLE", "Nairobi, Kenya", "Page 1 of 2", "Page 2 of 2"]));
    expect(body.proposals.map((p) => p.text)).toEqual([
      "States should establish national referral mechanisms for victims of trafficking in persons.",
      "States should train labour inspectors and border officials to identify victims among migrants.",
    ]);
    expect(body.organization?.country).toBe("KE");
  }, 30_000);

  it("reads a DOCX with Word's automatic numbering and lists its header as removed", async () => {
    const docx = makeDocx(
      ["Mr. Chair, distinguished delegates, thank you for this opportunity to speak on behalf of our network.", "We recommend that Member States:", { list: "Adopt comprehensive legislation criminalizing all forms of trafficking." }, { list: "Protect whistle-blowers and journalists who expose trafficking networks." }],
      "Example Coalition – www.example.org",
    );
    const res = await upload(multipart(docx, "statement.txt", "text/plain"));
    expect(res.status).toBe(200);
    const body = v.parse(IntakeOut, await res.json());
    expect(body.proposals).toEqual([
      { number: 1, text: "Adopt comprehensive legislation criminalizing all forms of trafficking.", themes: ["legislation"] },
      { number: 2, text: "Protect whistle-blowers and journalists who expose trafficking networks.", themes: ["civil-society-protection", "organized-criminal-groups"] },
    ]);
    expect(body.removed).toContain("Example Coalition – www.example.org");
  });
});

describe("POST /api/v1/intake/extract refuses what it cannot read, never with 5xx", () => {
  it("needs a session (401)", async () => {
    const res = await call("/api/v1/intake/extract", { method: "POST", json: { text: cgr } });
    expect(res.status).toBe(401);
    await problem(res);
  });

  it("answers wrong magic bytes with 415", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const res = await upload(multipart(png, "statement.pdf", "application/pdf"));
    expect(res.status).toBe(415);
    await problem(res);
  });

  it("answers a ZIP that is not a Word document with 415", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const res = await upload(multipart(zipSync({ "xl/workbook.xml": strToU8("<x/>") }), "statement.docx"));
    expect(res.status).toBe(415);
  });

  it("answers a 0-byte file with 422", async () => {
    const res = await upload(multipart(new Uint8Array(0)));
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.[0]?.path).toBe("file");
  });

  it("answers a truncated PDF with 422", async () => {
    const pdf = await makePdf([["A statement that will be cut in half before it is uploaded to the portal."]]);
    const res = await upload(multipart(pdf.slice(0, Math.floor(pdf.length / 3))));
    expect(res.status).toBe(422);
    await problem(res);
  }, 30_000);

  it("answers an encrypted PDF with 422", async () => {
    const res = await upload(multipart(encryptedPdf()));
    expect(res.status).toBe(422);
    expect((await problem(res)).detail).toMatch(/password-protected/);
  }, 30_000);

  it("stops a zip-bomb DOCX with 422", async () => {
    const res = await upload(multipart(zipBombDocx(), "bomb.docx"));
    expect(res.status).toBe(422);
    expect((await problem(res)).detail).toMatch(/safely|expands/);
  }, 30_000);

  it("answers a body over 20 MiB with 413", async () => {
    const res = await upload(multipart(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61), "big.txt"));
    expect(res.status).toBe(413);
    await problem(res);
  });

  it("answers another content type with 415 and a missing file with 422", async () => {
    expect((await call("/api/v1/intake/extract", { method: "POST", cookie, body: "hello", headers: { "content-type": "text/plain" } })).status).toBe(415);
    const form = new FormData();
    form.append("text", "not a file");
    const res = await upload(form);
    expect(res.status).toBe(422);
  });

  it("answers a JSON body with unknown fields with 422", async () => {
    const res = await call("/api/v1/intake/extract", { method: "POST", cookie, json: { text: "x", extra: 1 } });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors?.map((e) => e.path)).toContain("extra");
  });
});

describe("a PDF whose streams would cost too much to read is refused before pdf.js runs (422)", () => {
  const EXPANDS = "The PDF expands to more data than can be read safely. Upload the original document, or paste the text.";
  const TOO_MANY = "The PDF has too many parts (streams or objects) to read safely. Upload the original document, or paste the text.";
  const statement = textContent(["Statement of the Example Network on trafficking in persons.", "We propose that States train labour inspectors to identify victims."]);
  const page = (form: FormData, lang = "") => call(`/intake/extract${lang}`, { method: "POST", body: form, cookie, headers: { origin: ORIGIN } });
  const stored = async () => ({
    attachments: await count("SELECT count(*) AS n FROM attachments"),
    submissions: await count("SELECT count(*) AS n FROM submissions"),
    pending: (await env.DOCUMENTS.list({ prefix: "pending/" })).objects.length,
  });

  /** API and page both answer 422 with `message` at the file field, and nothing is stored or held. */
  async function refused(pdf: Uint8Array, message: string) {
    const before = await stored();
    const api = await upload(multipart(pdf, "statement.pdf", "application/pdf"));
    expect(api.status).toBe(422);
    expect(await problem(api)).toMatchObject({ status: 422, detail: message, errors: [{ path: "file", message }] });
    const form = await page(multipart(pdf, "statement.pdf", "application/pdf"));
    expect(form.status).toBe(422);
    const html = (await form.text()).replace(/&#39;/g, "'");
    expect(html).toContain(`The document could not be read: ${message}`);
    expect(html).not.toContain('name="document"');
    expect(await stored()).toEqual(before);
  }

  it("reads the same hand-written PDF when its stream is small (the builder makes readable files)", async () => {
    const res = await upload(multipart(pdfWithContents([{ flate: zlibSync(statement) }])));
    expect(res.status).toBe(200);
    const body = v.parse(IntakeOut, await res.json());
    expect(body.text).toContain("We propose that States train labour inspectors to identify victims.");
  }, 30_000);

  it("refuses a content stream that inflates past 24 MiB (a ~25 KiB file) on the API and the page, storing nothing", async () => {
    const bomb = zlibZeros(25);
    const pdf = pdfWithContents([{ flate: zlibSync(statement) }, { flate: bomb }]);
    expect(pdf.length).toBeLessThan(64 * 1024);
    await refused(pdf, EXPANDS);
  }, 60_000);

  it("refuses streams that each stay under 24 MiB but together inflate past 48 MiB", async () => {
    const part = zlibZeros(17);
    const pdf = pdfWithContents([{ flate: zlibSync(statement) }, ...Array.from({ length: 3 }, () => ({ flate: part }))]);
    expect(pdf.length).toBeLessThan(256 * 1024);
    await refused(pdf, EXPANDS);
  }, 60_000);

  it("refuses FlateDecode applied twice (a bomb inside a bomb)", async () => {
    const twice = zlibSync(zlibZeros(25));
    const dict = new TextEncoder().encode("/Filter [/FlateDecode /FlateDecode]");
    // The builder writes one /Filter; patch it into a filter chain.
    const pdf = pdfWithContents([{ flate: twice }]);
    const text = new TextDecoder("latin1").decode(pdf);
    const at = text.indexOf("/Filter /FlateDecode");
    const patched = new Uint8Array(pdf.length + dict.length - "/Filter /FlateDecode".length);
    patched.set(pdf.subarray(0, at));
    patched.set(dict, at);
    patched.set(pdf.subarray(at + "/Filter /FlateDecode".length), at + dict.length);
    const res = await upload(multipart(patched));
    expect(res.status).toBe(422);
    expect((await problem(res)).detail).toBe(EXPANDS);
  }, 60_000);

  it("refuses a PDF with more than 20,000 streams on the API and the page, storing nothing", async () => {
    const empty = new TextEncoder().encode("BT ET");
    const pdf = pdfWithContents([{ flate: zlibSync(statement) }, ...Array.from({ length: 20_000 }, () => empty)]);
    await refused(pdf, TOO_MANY);
  }, 60_000);

  it("refuses an object stream that declares more than 250,000 objects", async () => {
    const objStm = new TextEncoder().encode("1 0 obj\n<< /Type /ObjStm /N 300000 /First 4 /Length 3 >>\nstream\n1 0\nendstream\nendobj\n");
    const pdf = pdfWithContents([{ flate: zlibSync(statement) }]);
    const res = await upload(multipart(new Uint8Array([...pdf.subarray(0, 9), ...objStm, ...pdf.subarray(9)])));
    expect(res.status).toBe(422);
    expect((await problem(res)).detail).toBe(TOO_MANY);
  }, 30_000);

  it("stops reading text past 200,000 characters while pdf.js produces it, with the text-limit message", async () => {
    // 50 lines of 10 letters, back to the top, again: 251,000 characters on one page, from a ~3 KiB stream.
    const block = `${"(abcdefghij) ' ".repeat(50)}0 700 Td `;
    const content = new TextEncoder().encode(`BT /F1 11 Tf 14 TL 50 780 Td ${block.repeat(502)}ET`);
    const res = await upload(multipart(pdfWithContents([{ flate: zlibSync(content) }])));
    expect(res.status).toBe(422);
    expect((await problem(res)).detail).toBe("The PDF has more text than a statement can hold.");
  }, 60_000);

  it("says it in the page's language (?lang=fr)", async () => {
    const res = await page(multipart(pdfWithContents([{ flate: zlibZeros(25) }])), "?lang=fr");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Une fois décompressé, le PDF contient plus de données");
  }, 30_000);
});

describe("a DOCX whose numbering.xml asks for more than Word can show is read within bounds", () => {
  const TOO_MUCH = "The document has more text than a statement can hold.";
  const stored = async () => ({
    attachments: await count("SELECT count(*) AS n FROM attachments"),
    submissions: await count("SELECT count(*) AS n FROM submissions"),
    pending: (await env.DOCUMENTS.list({ prefix: "pending/" })).objects.length,
  });
  const nineLevels = Array.from({ length: 9 }, (_, i) => wordLevel(i, 1, "decimal", `L${i}:%${i + 1}`)).join("");
  const HUGE = "2000000000";

  /** 422 with the text-limit message, in well under the seconds the unbounded reader took, nothing stored or held. */
  async function refusedQuickly(docx: Uint8Array) {
    expect(docx.length).toBeLessThan(32 * 1024);
    const before = await stored();
    // workerd's clock moves only at I/O: `stored()` after the upload reads it once the document is done.
    const started = Date.now();
    const api = await upload(multipart(docx, "statement.docx"));
    const after = await stored();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(api.status).toBe(422);
    expect(await problem(api)).toMatchObject({ status: 422, detail: TOO_MUCH, errors: [{ path: "file", message: TOO_MUCH }] });
    const form = await call("/intake/extract", { method: "POST", body: multipart(docx, "statement.docx"), cookie, headers: { origin: ORIGIN } });
    expect(form.status).toBe(422);
    expect((await form.text()).replace(/&#39;/g, "'")).toContain(`The document could not be read: ${TOO_MUCH}`);
    expect(after).toEqual(before);
    expect(await stored()).toEqual(before);
  }

  it("refuses 50,000 list items numbered in Roman from w:start 10^15 (a Roman numeral of 10^12 letters each, unbounded)", async () => {
    await refusedQuickly(numberedDocx(wordLevel(0, "999999999999999", "upperRoman", "%1."), 50_000));
  }, 30_000);

  it("refuses 50,000 list items at w:ilvl 2,000,000,000 (a counter per level up to it, unbounded)", async () => {
    await refusedQuickly(numberedDocx(nineLevels + wordLevel(HUGE, 1, "decimal", "%1."), 50_000, HUGE));
  }, 30_000);

  it("refuses 5,000 list items whose w:lvlText is a million %1 (2 MB of label each, unbounded)", async () => {
    await refusedQuickly(numberedDocx(wordLevel(0, 1, "decimal", "%1".repeat(1_000_000)), 5_000));
  }, 30_000);

  it("reads a statement with such numbering, its labels clamped to Word's ranges", async () => {
    const item = "States should train labour inspectors to identify victims of trafficking.";
    const read = async (docx: Uint8Array) => {
      const res = await upload(multipart(docx, "statement.docx"));
      expect(res.status).toBe(200);
      return v.parse(IntakeOut, await res.json()).text;
    };
    // w:start past 32,767 starts at 32,767; past 3,999 a Roman numeral is written in digits.
    expect(await read(numberedDocx(wordLevel(0, "999999999999999", "upperRoman", "%1."), 2, "0", item))).toBe(`32767. ${item} 32768. ${item}`);
    // A paragraph level past 8 is level 8; a level defined past 8 is ignored.
    expect(await read(numberedDocx(nineLevels + wordLevel(HUGE, 7, "decimal", "(%1)"), 2, HUGE, item))).toBe(`L8:1 ${item} L8:2 ${item}`);
    // A level text keeps 255 characters, a written label 64.
    expect(await read(numberedDocx(wordLevel(0, 1, "decimal", "%1".repeat(1_000_000)), 1, "0", item))).toBe(`${"1".repeat(64)} ${item}`);
  }, 30_000);
});
