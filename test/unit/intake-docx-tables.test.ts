import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../worker/intake/extract-docx";

// Written for this test.
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const table = (...cells: string[]) => `<w:tbl><w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr></w:tbl>`;
const docx = (body: string) =>
  zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });

describe("DOCX tables", () => {
  it("sets aside a short letterhead table that opens the document", () => {
    const read = extractDocx(docx(table("HARBOUR WORKERS' ALLIANCE", "12 Quay Road, Mombasa · info@hwa.example.org") + p("Chair, we urge States to inspect ships.")));
    expect(read.pages).toEqual(["Chair, we urge States to inspect ships."]);
    expect(read.dropped).toEqual(["HARBOUR WORKERS' ALLIANCE", "12 Quay Road, Mombasa · info@hwa.example.org"]);
  });

  it("keeps a statement laid out in a table from the start", () => {
    const long = "We urge States to inspect every ship that calls at their ports for the conditions of its crew. ".repeat(8).trim();
    const read = extractDocx(docx(table("Statement of the Harbour Workers' Alliance", long)));
    expect(read.pages[0]).toContain("We urge States to inspect every ship");
    expect(read.dropped).toEqual([]);
  });
});
