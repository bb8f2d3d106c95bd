import { describe, expect, it } from "vitest";
import cgr from "../fixtures/cgr-2022-tip-statement.txt?raw";
import { clean } from "../../worker/intake/clean";

describe("clean", () => {
  it("drops the CGR letterhead and address blocks and rejoins proposal 3", () => {
    const { text, removed } = clean({ pages: [cgr] });
    expect(text).toContain("3. Public awareness, education, poverty alleviation, social justice, human rights perspectives are as important as effective law enforcement, border management, corruption-free state machinery, and the rule of law.");
    expect(text).not.toMatch(/Khalid Plaza|Tipu Block|CENTRE for GOVERNANCE/);
    expect(removed).toHaveLength(12);
  });

  it("removes footers with page numbers that differ per page, and rejoins the split paragraph", () => {
    const page = (n: number, body: string) => `ACME Network\n\n${body}\n\nPage ${n} of 2 | acme.example.org`;
    const { text, removed } = clean({ pages: [page(1, "We call on States to protect the rights of"), page(2, "migrants at every border.\n\nThank you.")] });
    expect(text).toBe("We call on States to protect the rights of migrants at every border.\n\nThank you.");
    expect(removed).toEqual(["ACME Network", "Page 1 of 2 | acme.example.org", "Page 2 of 2 | acme.example.org"]);
  });

  it("splits form-feed pages and removes bare page numbers at page edges", () => {
    const { text, removed } = clean({ pages: ["First paragraph.\n\n1\f2\n\nSecond paragraph."] });
    expect(text).toBe("First paragraph.\n\nSecond paragraph.");
    expect(removed).toEqual(["1", "2"]);
  });

  it("keeps a line that repeats inside the body when it is not part of a repeated block", () => {
    const { text, removed } = clean({ pages: ["Recommendations are below.\n\nThank you.\n\nA long paragraph here.\n\nThank you."] });
    expect(removed).toEqual([]);
    expect(text.match(/Thank you\./g)).toHaveLength(2);
  });

  it("unwraps hard-wrapped lines, never joining a list item to the line before", () => {
    const wrapped = ["We submit the following proposals to the Member States of the", "Convention for their consideration:", "1. States should adopt national action plans against trafficking", "in persons with a dedicated budget.", "2. States should publish data."].join("\n");
    expect(clean({ pages: [wrapped], wrapped: true }).text).toBe(
      "We submit the following proposals to the Member States of the Convention for their consideration:\n1. States should adopt national action plans against trafficking in persons with a dedicated budget.\n2. States should publish data.",
    );
  });
});

describe("text copied from a web page", () => {
  it("drops skip links, menus, share buttons, 'Click here', captions, copyright and posting dates into removed", () => {
    const page = [
      "Skip to main content",
      "Home | Our work | Publications | Donate",
      "Share: Facebook Twitter LinkedIn",
      "Posted on 3 March 2021",
      "",
      "Statement by the River Basin Fishers' Forum",
      "",
      "We urge States to license every boat engine sold near the border.",
      "",
      "Photo: Fishers unloading at dawn.",
      "Click here to download the report",
      "© 2021 River Basin Fishers' Forum. All rights reserved.",
    ].join("\n");
    const { text, removed } = clean({ pages: [page] });
    expect(text).toBe("Statement by the River Basin Fishers' Forum\n\nWe urge States to license every boat engine sold near the border.");
    expect(removed).toEqual([
      "Skip to main content",
      "Home | Our work | Publications | Donate",
      "Share: Facebook Twitter LinkedIn",
      "Posted on 3 March 2021",
      "Photo: Fishers unloading at dawn.",
      "Click here to download the report",
      "© 2021 River Basin Fishers' Forum. All rights reserved.",
    ]);
  });

  it("keeps a sentence that merely mentions sharing or photos", () => {
    const { text } = clean({ pages: ["Photographs of victims must never be shared without consent.\n\nShare information with the central authority within a week."] });
    expect(text).toContain("Photographs of victims must never be shared without consent.");
    expect(text).toContain("Share information with the central authority within a week.");
  });
});
