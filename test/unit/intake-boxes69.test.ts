import { describe, expect, it } from "vitest";
import { CONTACT, isQuotation } from "../../worker/intake/boxes";
import { insetBoxes } from "../../worker/intake/extract-pdf";

// Round 69 (review of round 68): one quotation test for the DOCX and PDF readers, and a bound on the
// PDF's search for a box set in a gap of the text. Every line here is invented for these tests.
type Line = Parameters<typeof insetBoxes>[0][number];
const line = (y: number, text: string): Line => ({ y, size: 10, text, x: 72, endX: 500, font: "body", column: false });

describe("a quotation set in a box (both readers)", () => {
  it("is opened by a quotation mark and closed by one, on any line, or signed by a dash", () => {
    expect(isQuotation(["“The ferry left without us,", "and nobody came back.”"])).toBe(true);
    expect(isQuotation(["« On nous a pris nos papiers dès l'arrivée. »", "Une cueilleuse, vallée du Nord"])).toBe(true);
    expect(isQuotation(["“Nos quitaron el pasaporte en la frontera", "— una trabajadora del campo"])).toBe(true);
    expect(isQuotation(["", "  “Two words”  ", ""])).toBe(true);
  });

  it("is no quotation without its opening mark, or with nothing closing or signing it", () => {
    expect(isQuotation(["Our shelter opened in May and took in nine families.", "“Safe harbour” is its name"])).toBe(false);
    expect(isQuotation(["“Safe harbour” programme of the port town", "runs all year and needs help"])).toBe(false);
    expect(isQuotation(["“We ask the Conference to fund the shelters", "in every port town of the region"])).toBe(false);
    expect(isQuotation([])).toBe(false);
  });

  it("reads contact details the same way in both readers", () => {
    expect(CONTACT.test("desk@example.org")).toBe(true);
    expect(CONTACT.test("www.example.org")).toBe(true);
    expect(CONTACT.test("Tel. on request, weekdays only")).toBe(true);
    expect(CONTACT.test("We ask the Parties to act.")).toBe(false);
  });
});

describe("a box in a gap of the text (PDF): the search stays bounded", () => {
  const page = [
    line(700, "Our wardens walk the towpath between the two upper locks every evening and keep a"),
    line(686, "ledger of each barge moored there after dark and of the crew who sleep aboard it."),
    line(600, "We ask the river police to visit the moorings at night with an interpreter."),
    line(660, "“They kept our wages from the spring"),
    line(648, "until the frost.”"),
    line(636, "— a deckhand"),
  ];

  it("sets a quotation drawn in the gap aside", () => {
    const { lines, quotes } = insetBoxes(page);
    expect(quotes).toEqual(["“They kept our wages from the spring", "until the frost.”", "— a deckhand"]);
    expect(lines.map((l) => l.y)).toEqual([700, 686, 600]);
  });

  it("leaves a page of thousands of lines, each drawn above the last, whole and in its order", () => {
    const rising = Array.from({ length: 20_000 }, (_, i) => line(i * 11, `line ${i}`));
    const { lines, quotes } = insetBoxes(rising);
    expect(quotes).toEqual([]);
    expect(lines).toHaveLength(20_000);
    expect(lines[19_999]!.text).toBe("line 19999");
  });

  it("still finds a quotation after a few other jumps up the page", () => {
    const jumps = [line(300, "a caption under a photograph"), line(420, "another caption, higher up")];
    const { quotes } = insetBoxes([...page.slice(0, 3), ...jumps, ...page.slice(3)]);
    expect(quotes).toContain("— a deckhand");
  });
});
