import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import * as v from "valibot";
import { LinksOut, OutcomeOut, PublicOutcomeOut, SuggestionsOut } from "../../worker/openapi/paths/outcomes";
import { PublicStatementOut } from "../../worker/openapi/responses-archive";
import { StatisticsOut } from "../../worker/openapi/responses-follow";
import { call, count, createSubmission, mailbox, parseCsv, problem, seed, signIn, signInAdmin, signInModerator, uniqueEmail } from "../helpers";
import { encryptedPdf, makeDocx, makePdf, multipart, zipBombDocx } from "../intake/builders";

/** Outcomes (API.md "Outcomes"): attaching, replacing, suggesting, confirming and showing, against real D1. */

const SUMMARY = `Constructive dialogue on trafficking in persons
Chair's summary
12 July 2030

I. Introduction

1. The constructive dialogue was held in Vienna with 40 non-governmental stakeholders.

II. Summary of the discussion

2. Participants underlined that national referral mechanisms should formally include specialised non-governmental organizations and have a budget.

3. Several speakers called for practical training of border officials to identify victims of trafficking among migrants.

4. Participants recommended that States:
(a) Establish compensation funds open to all victims;
(b) Use confiscated assets of traffickers to pay for them.

5. The Chair thanked participants.`;

let moderator: string;
let admin: string;

beforeAll(async () => {
  await seed();
  [moderator, admin] = await Promise.all([signInModerator(), signInAdmin()]);
});

/** A new open segment with two published statements by two submitters (each test gets its own). */
async function segmentWithStatements() {
  const slug = `outcome-${crypto.randomUUID().slice(0, 8)}`;
  const created = await call("/api/v1/admin/segments", {
    method: "POST",
    cookie: admin,
    json: { slug, title: "Outcome test segment", series: "2030", number: 1, topics: ["trafficking-in-persons"], heldOn: "2030-07-05", opensAt: "2020-01-01T00:00:00Z", closesAt: "2099-12-31T23:59:59Z" },
  });
  expect(created.status).toBe(201);
  const people = [uniqueEmail("ngo-a"), uniqueEmail("ngo-b")];
  const refs: string[] = [];
  const proposals = [
    [
      { text: "Create a national referral mechanism with a budget and a formal role for specialised NGOs.", themes: ["victim-protection"] },
      { text: "Train border officials to identify victims of trafficking among migrants.", themes: ["border-management"] },
    ],
    [{ text: "Set up a compensation fund for all victims, paid for with the confiscated assets of traffickers.", themes: ["victim-protection"] }],
  ];
  for (const [i, email] of people.entries()) {
    const cookie = await signIn(email);
    const s = await createSubmission(cookie, { segment: slug, proposals: proposals[i] });
    const res = await call(`/api/v1/moderation/submissions/${s.reference}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", version: s.version } });
    expect(res.status).toBe(200);
    refs.push(s.reference);
  }
  return { slug, refs, people };
}

const attachText = (slug: string, body: unknown, cookie = moderator) => call(`/api/v1/segments/${slug}/outcome`, { method: "POST", cookie, json: body });
const attachFile = (slug: string, form: FormData, cookie = moderator) => call(`/api/v1/segments/${slug}/outcome`, { method: "POST", cookie, body: form });
const putLinks = (slug: string, links: unknown[], cookie = moderator) => call(`/api/v1/moderation/outcomes/${slug}/links`, { method: "PUT", cookie, json: { links } });
const history = async (reference: string) =>
  ((await (await call(`/api/v1/moderation/submissions/${reference}/history`, { cookie: moderator })).json()) as { items: { action: string; actor: { email: string }; changes: Record<string, { from: string[]; to: string[] }> }[] }).items;

describe("attaching an outcome", () => {
  it("reads JSON text into the document's own paragraphs, sub-paragraphs as 12(a), and serves it publicly", async () => {
    const { slug } = await segmentWithStatements();
    const res = await attachText(slug, { title: "Chair's summary", publishedOn: "2030-07-12", url: "https://www.unodc.org/summary.pdf", text: SUMMARY });
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/segments/${slug}/outcome`);
    const body = v.parse(OutcomeOut, await res.json());
    expect(body.paragraphs.map((p) => p.number)).toEqual(["1", "2", "3", "4", "4(a)", "4(b)", "5"]);
    expect(body.paragraphs[3]!.text).toBe("Participants recommended that States:");
    expect(body.paragraphs[4]!.text).toBe("Establish compensation funds open to all victims;");
    const pub = v.parse(PublicOutcomeOut, await (await call(`/api/v1/segments/${slug}/outcome`)).json());
    expect(pub.title).toBe("Chair's summary");
    expect(pub.paragraphs[4]!.url).toBe(`http://localhost/segments/${slug}/outcome#para-4a`);
  });

  it("reads a PDF with a repeated letterhead and page numbers, taking title and date from the document", async () => {
    const { slug } = await segmentWithStatements();
    const pdf = await makePdf(
      [
        ["Chair's summary of the constructive dialogue", "12 July 2030", "1. The dialogue was held in Vienna.", "2. Participants underlined the value of referral mechanisms."],
        ["3. Several speakers called for training of border officials.", "4. The Chair thanked participants."],
      ],
      ["UNODC Civil Society Unit", "Vienna International Centre"],
    );
    const res = await attachFile(slug, multipart(pdf, "summary.pdf", "application/pdf"));
    expect(res.status).toBe(201);
    const body = v.parse(OutcomeOut, await res.json());
    expect(body.title).toBe("Chair's summary of the constructive dialogue");
    expect(body.publishedOn).toBe("2030-07-12");
    expect(body.paragraphs.map((p) => p.number)).toEqual(["1", "2", "3", "4"]);
    expect(JSON.stringify(body)).not.toMatch(/Civil Society Unit|Page \d/);
  }, 60_000);

  it("reads a DOCX whose paragraphs are Word's automatic numbers, with the title and date given as fields", async () => {
    const { slug } = await segmentWithStatements();
    const docx = makeDocx(["Summary", { list: "The dialogue was held in Vienna." }, { list: "Participants called for training." }], "UNODC letterhead");
    const res = await attachFile(slug, multipart(docx, "summary.docx", "application/octet-stream", { title: "Co-Chairs' summary", publishedOn: "2030-08-01" }));
    expect(res.status).toBe(201);
    const body = v.parse(OutcomeOut, await res.json());
    expect(body).toMatchObject({ title: "Co-Chairs' summary", publishedOn: "2030-08-01", url: null });
    expect(body.paragraphs).toEqual([
      { number: "1", text: "The dialogue was held in Vienna." },
      { number: "2", text: "Participants called for training." },
    ]);
  });

  it("refuses hostile or unreadable documents as intake does, and stores nothing", async () => {
    const { slug } = await segmentWithStatements();
    expect((await attachFile(slug, multipart(new Uint8Array(), "x.pdf"))).status).toBe(422);
    expect((await attachFile(slug, multipart(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), "x.pdf"))).status).toBe(415);
    const encrypted = await problem(await attachFile(slug, multipart(encryptedPdf(), "x.pdf")));
    expect(encrypted.status).toBe(422);
    expect(encrypted.errors?.[0]?.path).toBe("file");
    expect((await attachFile(slug, multipart(zipBombDocx(), "x.docx"))).status).toBe(422);
    expect((await attachFile(slug, multipart(new Uint8Array(20 * 1024 * 1024 + 10).fill(0x61), "big.txt"))).status).toBe(413);
    const unknown = await problem(await attachFile(slug, multipart(new TextEncoder().encode(SUMMARY), "s.txt", "text/plain", { colour: "blue" })));
    expect(unknown.errors?.map((e) => e.path)).toEqual(["colour"]);
    const noDate = await problem(await attachText(slug, { title: "Summary", publishedOn: "12 July", text: SUMMARY }));
    expect(noDate.errors?.map((e) => e.path)).toEqual(["publishedOn"]);
    expect(await count("SELECT count(*) AS n FROM outcomes o JOIN segments g ON g.id = o.segment_id WHERE g.slug = ?1", slug)).toBe(0);
    expect((await call(`/api/v1/segments/${slug}/outcome`)).status).toBe(404);
  }, 60_000);

  it("stores a long summary (1,500 paragraphs, over 150,000 characters) in one batch, and refuses one past 2,000 paragraphs", async () => {
    const { slug } = await segmentWithStatements();
    const long = Array.from({ length: 1500 }, (_, i) => `${i + 1}. Participants discussed measure ${i + 1} at some length, ${"with details ".repeat(4)}and more.`).join("\n\n");
    expect(long.length).toBeGreaterThan(150_000);
    const res = await attachText(slug, { title: "A long report", publishedOn: "2030-07-12", text: long });
    expect(res.status).toBe(201);
    expect(await count("SELECT count(*) AS n FROM outcome_paragraphs p JOIN outcomes o ON o.id = p.outcome_id JOIN segments g ON g.id = o.segment_id WHERE g.slug = ?1", slug)).toBe(1500);
    const tooMany = Array.from({ length: 2001 }, (_, i) => `${i + 1}. Point.`).join("\n\n");
    expect((await problem(await attachText(slug, { title: "Too many", publishedOn: "2030-07-12", text: tooMany }))).errors?.[0]?.path).toBe("text");
  }, 60_000);

  it("is for staff only: 401 signed out, 403 for a submitter; 404 for an unknown segment", async () => {
    const { slug } = await segmentWithStatements();
    const body = { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY };
    expect((await attachText(slug, body, "")).status).toBe(401);
    expect((await attachText(slug, body, await signIn())).status).toBe(403);
    expect((await attachText("no-such-segment", body)).status).toBe(404);
  });
});

describe("the segment's briefing pack", () => {
  it("ends with the outcome: each paragraph that reflects proposals, with them, and marks each reflected proposal (HTML and Word)", async () => {
    const { slug, refs } = await segmentWithStatements();
    const before = await (await call(`/briefs/segments/${slug}`)).text();
    expect(before).not.toContain('id="outcome"');
    await attachText(slug, { title: "Chair's summary of the test dialogue", publishedOn: "2030-07-12", text: SUMMARY });
    expect((await putLinks(slug, [{ reference: refs[0], proposal: 1, paragraph: "2" }, { reference: refs[1], proposal: 1, paragraph: "4(a)" }])).status).toBe(200);

    const html = await (await call(`/briefs/segments/${slug}`)).text();
    const outcome = html.split('aria-labelledby="outcome"')[1]!.split("</article>")[0]!;
    expect(outcome).toContain("national referral mechanisms should formally include");
    expect(outcome).toContain('id="outcome-para-4a"');
    expect(outcome).not.toContain('id="outcome-para-3"'); // no proposal linked to paragraph 3
    expect(outcome).toContain(`href="http://localhost/statements/${refs[0]}#p1"`);
    expect(html).toContain('<a href="#outcome">');
    // The reflected proposal is marked where it is listed under its theme, and the other one is not.
    const proposals = html.split('aria-labelledby="outcome"')[0]!;
    expect(proposals).toContain('<a href="#outcome-para-2">Reflected in the Chair&#39;s summary, paragraph 2</a>');
    expect(proposals).not.toContain("paragraph 3");

    const res = await call(`/briefs/segments/${slug}.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))["word/document.xml"]!);
    expect(xml).toContain("Outcome: the Chair");
    expect(xml).toContain("national referral mechanisms should formally include");
    expect(xml).toContain("Reflected in the Chair");
  });
});

describe("suggesting and confirming links", () => {
  it("suggests, for each published proposal, the paragraph that reflects it first, with the shared words", async () => {
    const { slug, refs } = await segmentWithStatements();
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    const res = await call(`/api/v1/moderation/outcomes/${slug}/suggestions`, { cookie: moderator });
    expect(res.status).toBe(200);
    const { items } = v.parse(SuggestionsOut, await res.json());
    const top = Object.fromEntries(items.map((i) => [`${i.reference}:${i.proposal}`, i.candidates[0]?.paragraph]));
    expect(top).toEqual({ [`${refs[0]}:1`]: "2", [`${refs[0]}:2`]: "3", [`${refs[1]}:1`]: "4(a)" });
    const first = items.find((i) => i.reference === refs[0] && i.proposal === 1)!;
    expect(first.candidates[0]!.why).toEqual(expect.arrayContaining(["referral", "budget"]));
    for (const i of items) for (let k = 1; k < i.candidates.length; k++) expect(i.candidates[k - 1]!.score).toBeGreaterThanOrEqual(i.candidates[k]!.score);
    expect((await call(`/api/v1/moderation/outcomes/${slug}/suggestions`, { cookie: await signIn() })).status).toBe(403);
  });

  it("sets the links, records each change as outcome_linked, and emails each submitter once", async () => {
    const { slug, refs, people } = await segmentWithStatements();
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    const res = await putLinks(slug, [
      { reference: refs[0], proposal: 1, paragraph: "2" },
      { reference: refs[0], proposal: 2, paragraph: 3 },
    ]);
    expect(res.status).toBe(200);
    expect(v.parse(LinksOut, await res.json()).links).toHaveLength(2);
    const events = (await history(refs[0]!)).filter((e) => e.action === "outcome_linked");
    expect(events).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ email: "moderator@example.org" }), changes: { "proposals.1.outcome": { from: [], to: ["2"] }, "proposals.2.outcome": { from: [], to: ["3"] } } }),
    ]);
    const mails = (await mailbox(people[0]!)).filter((m) => m.subject.includes("outcome"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Proposal 1 of " + refs[0] + ": paragraph 2");
    expect(mails[0]!.text).toContain(`http://localhost/segments/${slug}/outcome#para-3`);
    expect((await mailbox(people[1]!)).filter((m) => m.subject.includes("outcome"))).toHaveLength(0);

    // A change later: history again, no second email; the other submitter's first link sends theirs.
    await putLinks(slug, [
      { reference: refs[0], proposal: 1, paragraph: "2" },
      { reference: refs[1], proposal: 1, paragraph: "4(a)" },
      { reference: refs[1], proposal: 1, paragraph: "4(b)" },
    ]);
    const again = (await history(refs[0]!)).filter((e) => e.action === "outcome_linked");
    expect(again.at(-1)!.changes).toEqual({ "proposals.2.outcome": { from: ["3"], to: [] } });
    expect((await mailbox(people[0]!)).filter((m) => m.subject.includes("outcome"))).toHaveLength(1);
    const theirs = (await mailbox(people[1]!)).filter((m) => m.subject.includes("outcome"));
    expect(theirs).toHaveLength(1);
    expect(theirs[0]!.text).toContain("paragraph 4(a)");
    expect(theirs[0]!.text).toContain("paragraph 4(b)");
    // The same set again changes nothing.
    const before = await count("SELECT count(*) AS n FROM events WHERE action = 'outcome_linked'");
    await putLinks(slug, [
      { reference: refs[0], proposal: 1, paragraph: "2" },
      { reference: refs[1], proposal: 1, paragraph: "4(a)" },
      { reference: refs[1], proposal: 1, paragraph: "4(b)" },
    ]);
    expect(await count("SELECT count(*) AS n FROM events WHERE action = 'outcome_linked'")).toBe(before);
    // Statistics count the proposals reflected: proposal 1 of each statement (one proposal may have two paragraphs).
    const stats = v.parse(StatisticsOut, await (await call(`/api/v1/statistics?segment=${slug}`, { headers: { "cache-control": "no-cache" } })).json());
    expect(stats.proposalsReflected).toBe(2);
    expect(stats.proposals).toBeGreaterThan(2);
    // … and per segment, theme and organization type: both reflected proposals are tagged victim protection.
    expect(stats.bySegment).toEqual([expect.objectContaining({ value: slug, count: 2, reflected: 2 })]);
    expect(stats.byTheme.find((x) => x.value === "victim-protection")).toMatchObject({ proposals: 2, reflected: 2 });
    expect(stats.byTheme.find((x) => x.value === "border-management")).toMatchObject({ proposals: 1, reflected: 0 });
    expect(stats.byOrganizationType.reduce((n, x) => n + x.reflected, 0)).toBe(2);
    // Both CSVs carry the outcome: the paragraph URLs per proposal, and per statement.
    const outcomeUrl = (para: string) => `http://localhost/segments/${slug}/outcome#para-${para.replace(/[()]/g, "")}`;
    const proposalsCsv = parseCsv((await (await call(`/api/v1/proposals.csv?segment=${slug}`, { headers: { "cache-control": "no-cache" } })).text()).replace(/^\uFEFF/, ""));
    const col = (rows: string[][], name: string) => rows[0]!.indexOf(name);
    const outcomeOf = Object.fromEntries(proposalsCsv.slice(1).map((r) => [`${r[0]}:${r[1]}`, r[col(proposalsCsv, "outcome")]]));
    expect(outcomeOf).toEqual({ [`${refs[0]}:1`]: outcomeUrl("2"), [`${refs[0]}:2`]: "", [`${refs[1]}:1`]: `${outcomeUrl("4(a)")}; ${outcomeUrl("4(b)")}` });
    const statementsCsv = parseCsv((await (await call(`/api/v1/statements.csv?segment=${slug}`, { headers: { "cache-control": "no-cache" } })).text()).replace(/^\uFEFF/, ""));
    expect(Object.fromEntries(statementsCsv.slice(1).map((r) => [r[0], r[col(statementsCsv, "outcome")]]))).toEqual({
      [refs[0]!]: outcomeUrl("2"),
      [refs[1]!]: `${outcomeUrl("4(a)")}; ${outcomeUrl("4(b)")}`,
    });
    // The statistics page shows them too: the total, and a table per dimension listing only what was reflected.
    const page = await (await call(`/statistics?segment=${slug}`)).text();
    const section = page.split('aria-labelledby="stats-reflected-h"')[1]!.split("</section>")[0]!;
    expect(page).toMatch(/Proposals reflected in a Chair(?:'|&#39;)s summary<\/dt>\s*<dd>2<\/dd>/);
    expect(section).toMatch(/<th scope="row">Protection, assistance and reintegration of victims and migrants<\/th><td class="num">2<\/td>/);
    expect(section).not.toContain("Border");
  });

  it("sends no outcome email for statements staff filed themselves (imports)", async () => {
    const { slug } = await segmentWithStatements();
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    const imported = await call("/api/v1/statements/import", {
      method: "POST",
      cookie: moderator,
      json: { statements: [{ segment: slug, organization: { name: "Archived NGO", country: "FR", type: "ngo" }, speaker: { name: "A. Speaker" }, language: "en", title: "Archived statement", text: "Distinguished delegates, this statement was filed by staff for the archive of the dialogue.", proposals: [{ text: "Fund compensation for all victims.", themes: [] }], themes: [] }] },
    });
    const reference = ((await imported.json()) as { items: { reference: string }[] }).items[0]!.reference;
    const before = (await mailbox("moderator@example.org")).filter((m) => m.subject.includes("outcome")).length;
    expect((await putLinks(slug, [{ reference, proposal: 1, paragraph: "4(a)" }])).status).toBe(200);
    expect((await mailbox("moderator@example.org")).filter((m) => m.subject.includes("outcome")).length).toBe(before);
    expect((await history(reference)).filter((e) => e.action === "outcome_linked")).toHaveLength(1);
  });

  it("refuses links to an unknown paragraph, proposal or statement with 422, and writes none of them", async () => {
    const { slug, refs } = await segmentWithStatements();
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    const res = await putLinks(slug, [
      { reference: refs[0], proposal: 1, paragraph: "2" },
      { reference: refs[0], proposal: 9, paragraph: "2" },
      { reference: refs[0], proposal: 1, paragraph: "99" },
      { reference: "CD-0000-0000", proposal: 1, paragraph: "2" },
    ]);
    expect((await problem(res)).errors?.map((e) => e.path)).toEqual(["links.1.proposal", "links.2.paragraph", "links.3.reference"]);
    expect(await count("SELECT count(*) AS n FROM outcome_links l JOIN segments g ON g.id = l.segment_id WHERE g.slug = ?1", slug)).toBe(0);
    expect((await problem(await call(`/api/v1/moderation/outcomes/${slug}/links`, { method: "PUT", cookie: moderator, json: { links: [], extra: 1 } }))).status).toBe(422);
    expect((await putLinks("no-such-segment", [])).status).toBe(404);
  });
});

describe("replacing an outcome", () => {
  it("keeps the links whose paragraph text is unchanged (following a renumbering) and drops the others, in the history", async () => {
    const { slug, refs } = await segmentWithStatements();
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    await putLinks(slug, [
      { reference: refs[0], proposal: 1, paragraph: "2" },
      { reference: refs[0], proposal: 2, paragraph: "3" },
      { reference: refs[1], proposal: 1, paragraph: "4(a)" },
    ]);
    // A new paragraph 2 pushes the others down; paragraph 3's text (now 4) changes; 4(a) (now 5(a)) is unchanged.
    const revised = SUMMARY.replace("2. Participants underlined", "2. Participants welcomed the dialogue.\n\n3. Participants underlined")
      .replace("3. Several speakers called for practical training", "4. Several speakers called for regular training")
      .replace("4. Participants recommended", "5. Participants recommended")
      .replace("5. The Chair thanked", "6. The Chair thanked");
    const res = await attachText(slug, { title: "Summary (revised)", publishedOn: "2030-07-20", text: revised });
    expect(res.status).toBe(201);
    const pub = v.parse(PublicOutcomeOut, await (await call(`/api/v1/segments/${slug}/outcome`)).json());
    const linked = Object.fromEntries(pub.paragraphs.filter((p) => p.proposals.length).map((p) => [p.number, p.proposals.map((x) => `${x.reference}:${x.proposal}`)]));
    expect(linked).toEqual({ "3": [`${refs[0]}:1`], "5(a)": [`${refs[1]}:1`] });
    const last = (await history(refs[0]!)).filter((e) => e.action === "outcome_linked").at(-1)!;
    expect(last.changes).toEqual({ "proposals.1.outcome": { from: ["2"], to: ["3"] }, "proposals.2.outcome": { from: ["3"], to: [] } });
  });
});

describe("showing outcomes", () => {
  it("the public statement's proposals carry their outcome paragraphs; the outcome lists the proposals per paragraph", async () => {
    const { slug, refs } = await segmentWithStatements();
    const before = v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${refs[0]}`)).json());
    expect(before.proposals.map((p) => p.outcome)).toEqual([[], []]);
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    await putLinks(slug, [{ reference: refs[0], proposal: 2, paragraph: "3" }]);
    const after = v.parse(PublicStatementOut, await (await call(`/api/v1/statements/${refs[0]}`)).json());
    expect(after.proposals.map((p) => p.outcome)).toEqual([[], [{ segment: slug, paragraph: "3", url: `http://localhost/segments/${slug}/outcome#para-3` }]]);
    const pub = v.parse(PublicOutcomeOut, await (await call(`/api/v1/segments/${slug}/outcome`)).json());
    expect(pub.paragraphs.find((p) => p.number === "3")!.proposals).toEqual([
      { reference: refs[0], proposal: 2, text: "Train border officials to identify victims of trafficking among migrants.", organization: { name: "Freedom Network Example", acronym: "FNE" }, url: `http://localhost/statements/${refs[0]}#p2` },
    ]);
    expect(JSON.stringify(pub)).not.toContain("@");
  });

  it("an unpublished statement's links leave the public outcome, survive saves of the others, and come back with it", async () => {
    const { slug, refs } = await segmentWithStatements();
    await attachText(slug, { title: "Summary", publishedOn: "2030-07-12", text: SUMMARY });
    await putLinks(slug, [{ reference: refs[1], proposal: 1, paragraph: "4(a)" }]);
    await env.DB.prepare("UPDATE submissions SET status = 'unpublished' WHERE reference = ?1").bind(refs[1]).run();
    const pub = v.parse(PublicOutcomeOut, await (await call(`/api/v1/segments/${slug}/outcome`, { headers: { "cache-control": "no-cache" } })).json());
    expect(pub.paragraphs.flatMap((p) => p.proposals)).toEqual([]);
    // Saving the (published) links meanwhile keeps the hidden statement's link for when it comes back.
    expect(v.parse(LinksOut, await (await putLinks(slug, [{ reference: refs[0], proposal: 1, paragraph: "2" }])).json()).links).toEqual([{ reference: refs[0], proposal: 1, paragraph: "2" }]);
    await env.DB.prepare("UPDATE submissions SET status = 'published' WHERE reference = ?1").bind(refs[1]).run();
    const back = v.parse(PublicOutcomeOut, await (await call(`/api/v1/segments/${slug}/outcome`, { headers: { "cache-control": "no-cache" } })).json());
    expect(back.paragraphs.flatMap((p) => p.proposals.map((x) => `${x.reference}→${p.number}`)).sort()).toEqual([`${refs[0]}→2`, `${refs[1]}→4(a)`].sort());
  });
});
