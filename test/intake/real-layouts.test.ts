import { beforeAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import cgrDocx from "../fixtures/intake/real/r01-cgr-tip-2022.docx?inline";
import cgrPdf from "../fixtures/intake/real/r01-cgr-tip-2022.pdf?inline";
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
