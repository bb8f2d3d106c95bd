import { beforeAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import cgrDocx from "../fixtures/intake/real/r01-cgr-tip-2022.docx?inline";
import cgrPdf from "../fixtures/intake/real/r01-cgr-tip-2022.pdf?inline";
import ggacaDocx from "../fixtures/intake/real/r02-ggaca-firearms-2023.docx?inline";
import ggacaPdf from "../fixtures/intake/real/r02-ggaca-firearms-2023.pdf?inline";
import coateDocx from "../fixtures/intake/real/r03-coate-tip-2023.docx?inline";
import coatePdf from "../fixtures/intake/real/r03-coate-tip-2023.pdf?inline";
import remapemPdf from "../fixtures/intake/real/r04-remapem-som-2022.pdf?inline";
import cflwDocx from "../fixtures/intake/real/r07-cflw-tip-2023.docx?inline";
import cflwPdf from "../fixtures/intake/real/r07-cflw-tip-2023.pdf?inline";
import paclDocx from "../fixtures/intake/real/r08-pacl-firearms-2022.docx?inline";
import paclPdf from "../fixtures/intake/real/r08-pacl-firearms-2022.pdf?inline";
import rsejDocx from "../fixtures/intake/real/r09-rsej-ic-ta-2022.docx?inline";
import rsejPdf from "../fixtures/intake/real/r09-rsej-ic-ta-2022.pdf?inline";
import hwrfDocx from "../fixtures/intake/real/r10-hwrf-som-2022.docx?inline";
import hwrfPdf from "../fixtures/intake/real/r10-hwrf-som-2022.pdf?inline";
import { STATEMENTS } from "../fixtures/intake/real/statements.mjs";
import lwaDocx from "../fixtures/intake/real/r06-lwa-firearms-2022.docx?inline";
import lwaPdf from "../fixtures/intake/real/r06-lwa-firearms-2022.pdf?inline";
import { CGR_STATEMENT } from "../../worker/seed/demo-statement";
import { IntakeOut } from "../../worker/openapi/paths/intake";
import { call, seed, signIn } from "../helpers";
import { multipart } from "./builders";

/** Statements laid out by LibreOffice (test/fixtures/intake/real/, made by scripts/make-intake-real.mjs). */
const bytes = (dataUrl: string) => Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(",") + 1)), (c) => c.charCodeAt(0));

let cookie: string;
beforeAll(async () => {
  await seed();
  cookie = await signIn();
});

async function extract(file: Uint8Array, name: string) {
  const res = await call("/api/v1/intake/extract", { method: "POST", body: multipart(file, name), cookie });
  expect(res.status).toBe(200);
  return v.parse(IntakeOut, await res.json());
}

const CGR_FOOTER = [
  "Islamabad:",
  "#38-W, Khalid Plaza, 1st Floor,",
  "Jinnah Avenue, Blue Area, Islamabad",
  "Phone: 051-2870852 & 2870853",
  "Lahore:",
  "22, Tipu Block,",
  "New Garden Town, Lahore",
  "Phone: 042-35831352",
];
const CGR_LETTERHEAD = ["CGR", "CENTRE for GOVERNANCE RESEARCH", "PAKISTAN", "2021"];

describe("the CGR statement laid out by an office suite", () => {
  // Two pages; the letterhead at the top and the two offices' addresses side by side, in small
  // type, at the bottom of every page; proposal 2 runs over the page break.
  for (const [kind, file] of [["PDF", cgrPdf], ["DOCX", cgrDocx]] as const) {
    it(`comes out exactly right from the ${kind}: text, proposals, metadata, and the whole letterhead and footer in removed`, async () => {
      const body = await extract(bytes(file), `cgr.${kind.toLowerCase()}`);
      expect(body.text).toBe(CGR_STATEMENT.text);
      expect(body.text).not.toContain("Islamabad");
      expect(body.proposals).toEqual(CGR_STATEMENT.proposals.map((p, i) => ({ number: i + 1, text: p.text, themes: [...p.themes].sort() })));
      for (const p of body.proposals) expect(p.text).not.toMatch(/Islamabad|Lahore|Phone|Khalid Plaza/);
      expect([...body.removed].sort()).toEqual([...CGR_LETTERHEAD, ...CGR_FOOTER].sort());
      expect(body.title).toBe("CGR-NIOC Pakistan Statement: Trafficking in Persons");
      expect(body.organization).toEqual({ name: "Centre for Governance Research", acronym: "CGR", country: "PK" });
      expect(body.speaker).toEqual({ name: "Tariq Khosa", role: "Director/CEO" });
      expect(body.deliveredOn).toBe("2022-07-01");
      expect(body.segment).toBe("2022-4-trafficking-in-persons");
    });
  }
});

describe("letterheads, running headers, footers and footnotes laid out by an office suite", () => {
  const GGACA_LETTERHEAD = ["GULF OF GUINEA ARMS CONTROL ALLIANCE (GGACA)", "Accra secretariat", "14 Liberation Link, Airport Residential", "Accra, Ghana", "Lomé liaison office", "Boulevard du 13 Janvier, BP 8123", "Lomé, Togo", "Tel. +233 30 290 4417", "info@ggaca.example.org", "www.ggaca.example.org"];
  const GGACA_NOTE = "Field survey of 1,140 weapons seized in four coastal States between 2019 and 2022, published by the Alliance in March 2023.";

  it("sets aside a first-page letterhead of three small-type columns under the name, a three-column footer and the running header of page 2, and keeps the footnote at the end of the text (PDF)", async () => {
    const body = await extract(bytes(ggacaPdf), "ggaca.pdf");
    expect(body.removed).toEqual(expect.arrayContaining([...GGACA_LETTERHEAD, "Page 1 of 2", "Page 2 of 2", "www.ggaca.example.org", "GGACA – Statement to the constructive dialogue on firearms, 5 May 2023"]));
    expect(body.removed.join("\n")).not.toContain("Field survey");
    for (const line of [...GGACA_LETTERHEAD, "Page 1", "GGACA is registered", "GGACA – Statement"]) expect(body.text).not.toContain(line);
    // The footnote's reference mark is not left behind as a paragraph "1"; its text closes the statement, without the mark.
    expect(body.text).toContain("no marking that a police officer could read.\n\nSince the last review");
    expect(body.text.endsWith(`Thank you.\n\nNotes\n${GGACA_NOTE}`)).toBe(true);
    for (const p of body.proposals) expect(p.text).not.toContain("Field survey");
    // "Recommendation 1 – Mark what the State owns": the proposal is the body below the heading (the lead's convention 1).
    expect(body.proposals.map((p) => p.text.split(" ").slice(0, 2).join(" "))).toEqual(["States should", "Customs administrations", "States should"]);
    expect(body.speaker).toEqual({ name: "Kofi Mensah-Baah", role: "Policy Director" });
    expect(body.deliveredOn).toBe("2023-05-05");
  });

  it("sets aside the first-page header part and the footer part, and keeps the footnotes part at the end of the text (DOCX)", async () => {
    const body = await extract(bytes(ggacaDocx), "ggaca.docx");
    expect(body.removed).toEqual(expect.arrayContaining([...GGACA_LETTERHEAD, "Page 1 of 2"]));
    expect(body.removed).not.toContain(GGACA_NOTE);
    for (const line of [...GGACA_LETTERHEAD, "Page 1"]) expect(body.text).not.toContain(line);
    expect(body.text.endsWith(`Thank you.\n\nNotes\n${GGACA_NOTE}`)).toBe(true);
    for (const p of body.proposals) expect(p.text).not.toContain("Field survey");
    expect(body.proposals.map((p) => p.text.split(" ").slice(0, 2).join(" "))).toEqual(["States should", "Customs administrations", "States should"]);
    expect(body.organization).toMatchObject({ name: "Gulf of Guinea Arms Control Alliance", acronym: "GGACA" });
  });

  for (const [kind, file] of [["PDF", coatePdf], ["DOCX", coateDocx]] as const) {
    it(`sets aside a letterhead table opening the first page, "- 2 -" page numbers and a running header on later pages; sub-items stay with their item (${kind})`, async () => {
      const body = await extract(bytes(file), `coate.${kind.toLowerCase()}`);
      expect(body.removed).toEqual(expect.arrayContaining(["COATE", "Secrétariat permanent : Sicap Liberté 6, villa 6312, Dakar, Sénégal", "- 2 -", "COATE – Dialogue constructif sur la traite des personnes – 4 octobre 2023"]));
      expect(body.text.startsWith("Monsieur le Président, Mesdames et Messieurs les délégués,")).toBe(true);
      expect(body.text).not.toMatch(/Sicap|Courriel|- 2 -/);
      // The footnote, in French under its French heading, after the closing.
      expect(body.text.endsWith("Je vous remercie.\n\nNotes\nCOATE, Rapport annuel sur la prise en charge des enfants victimes, 2022, p. 14.")).toBe(true);
      expect(body.proposals).toHaveLength(4);
      // The item with the sub-items that finish its sentence: one proposal, joined with single spaces (the lead's convention 2).
      expect(body.proposals[1]!.text).toMatch(/notamment : une évaluation .+ retour ; un suivi .+ son retour\.$/);
      expect(body.organization?.country).toBe("SN");
    });
  }

  it("puts back together a justified line that ends in a manual line break (a signature block), and keeps small-type footer columns apart", async () => {
    const body = await extract(bytes(remapemPdf), "remapem.pdf");
    expect(body.text.endsWith("María Fernanda Quiroga Ixcot\nCoordinadora regional\nREMAPEM")).toBe(true);
    expect(body.speaker).toEqual({ name: "María Fernanda Quiroga Ixcot", role: "Coordinadora regional" });
    expect(body.removed).toEqual(expect.arrayContaining(["Red Mesoamericana de Acompañamiento a Personas Migrantes", "4a. Avenida 12-59, zona 10, Ciudad de Guatemala", "Página 1 de 2", "Página 2 de 2"]));
  });

  for (const [kind, file] of [["PDF", lwaPdf], ["DOCX", lwaDocx]] as const) {
    it(`reads bullets drawn from a symbol font, joins a sub-bullet that finishes its item's sentence to it, and takes the organization from the title (${kind})`, async () => {
      const body = await extract(bytes(file), `lwa.${kind.toLowerCase()}`);
      expect(body.proposals.map((p) => p.text)).toEqual([
        "Keep a register of every firearm held by the marine police units on the lake, and audit it each year.",
        "Support community programmes that collect and destroy illicit weapons, with women's groups among their organizers.",
        "Share data on weapons seized on the lake between the three riparian States.",
      ]);
      expect(body.organization).toEqual({ name: "Lake Victoria Women for Peace", acronym: null, country: "KE" });
      expect(body.speaker).toEqual({ name: "Achieng Odhiambo", role: "Chairperson" });
      expect(body.text).not.toContain("www.lvwp.example.org");
    });
  }
});

describe("a body in two newspaper columns, and a heading below the salutation", () => {
  // The statements' own paragraphs (test/fixtures/intake/real/statements.mjs), footnotes left out.
  type Block = string | { columns?: number; body?: Block[]; list?: (string | { text: string })[] };
  const paragraphsOf = (name: string) => {
    const doc = STATEMENTS.find((d) => d.name === name)! as { body: Block[] };
    const out: string[] = [];
    const walk = (b: Block) => {
      if (typeof b === "string") out.push(b.replace(/\^\[[^\]]*\]/g, ""));
      else if (b.columns) b.body!.forEach(walk);
    };
    doc.body.forEach(walk);
    return out;
  };

  for (const [kind, file] of [["PDF", cflwPdf], ["DOCX", cflwDocx]] as const) {
    it(`reads the left column, then the right, each paragraph whole and in order, the footnote at the end (${kind})`, async () => {
      const body = await extract(bytes(file), `cflw.${kind.toLowerCase()}`);
      const blocks = body.text.split("\n\n").map((b) => b.replace(/\s+/g, " "));
      const at = paragraphsOf("r07-cflw-tip-2023").map((p) => blocks.indexOf(p));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(body.text.endsWith("Thank you.\n\nNotes\nInterviews with 612 fishers held between January 2021 and June 2023 in the network's partner ports.")).toBe(true);
      expect(body.proposals).toHaveLength(4);
      for (const p of body.proposals) expect(p.text).not.toMatch(/Interviews with 612|registered charity|Page \d/);
      expect(body.organization).toEqual({ name: "Coastal Fisheries Labour Watch", acronym: "CFLW", country: "LK" });
      expect(body.speaker).toEqual({ name: "Nimali Wickramasinghe", role: "Programme Lead" });
      expect(body.deliveredOn).toBe("2023-10-04");
    });
  }

  for (const [kind, file] of [["PDF", paclPdf], ["DOCX", paclDocx]] as const) {
    it(`reads the title, organization and bracketed date below a salutation on the first line (${kind})`, async () => {
      const body = await extract(bytes(file), `pacl.${kind.toLowerCase()}`);
      expect(body.title).toBe("Statement by the Pacific Arms Control League: firearms");
      expect(body.organization).toEqual({ name: "Pacific Arms Control League", acronym: "PACL", country: "FJ" });
      expect(body.deliveredOn).toBe("2022-05-06");
      expect(body.segment).toBe("2022-1-firearms");
      expect(body.speaker).toEqual({ name: "Litia Vunipola", role: "Director" });
      expect(body.text.startsWith("Madam Chair, distinguished delegates,\n\nThe Pacific Arms Control League brings")).toBe(true);
      expect(body.proposals).toHaveLength(3);
    });
  }
});

describe("a sidebar of offices and contacts in the margin", () => {
  for (const [kind, file] of [["PDF", rsejPdf], ["DOCX", rsejDocx]] as const) {
    it(`sets the sidebar aside, once, and reads who and when from the heading (${kind})`, async () => {
      const body = await extract(bytes(file), `rsej.${kind.toLowerCase()}`);
      expect(body.text).not.toMatch(/Hippodrome|Niamey|contact@rsej|Conseil d'administration|Trésorier/);
      expect(body.removed).toEqual(expect.arrayContaining(["contact@rsej.example.org", "Bamako, Mali", "Trésorier : Ibrahim Moussa"]));
      expect(body.removed.filter((l) => l === "contact@rsej.example.org")).toHaveLength(1);
      expect(body.text.startsWith("Monsieur le Président,")).toBe(true);
      expect(body.organization).toEqual({ name: "Réseau sahélien pour l'entraide judiciaire", acronym: "RSEJ", country: "ML" });
      expect(body.speaker).toEqual({ name: "Souleymane Diarra", role: "chargé de plaidoyer" });
      expect(body.deliveredOn).toBe("2022-05-27");
      expect(body.proposals).toHaveLength(3);
    });
  }
});

describe("the date above a letterhead typed in the body", () => {
  for (const [kind, file] of [["PDF", hwrfPdf], ["DOCX", hwrfDocx]] as const) {
    it(`takes the letterhead's name and contact line out of the text and still reads the date (${kind})`, async () => {
      const body = await extract(bytes(file), `hwrf.${kind.toLowerCase()}`);
      expect(body.text.startsWith("Excellencies, distinguished delegates,")).toBe(true);
      expect(body.text).not.toMatch(/Dock Lane|info@hwrf|HARBOUR WORKERS/);
      expect(body.removed).toContain("12 Dock Lane, Mombasa, Kenya · +254 41 222 3344 · info@hwrf.example.org");
      expect(body.organization).toEqual({ name: "Harbour Workers' Rights Forum", acronym: null, country: "KE" });
      expect(body.deliveredOn).toBe("2022-07-01");
      expect(body.segment).toBe("2022-3-smuggling-of-migrants");
      expect(body.proposals).toHaveLength(3);
    });
  }
});
