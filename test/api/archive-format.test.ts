import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow, escapeHtml, excerpt, snippetHtml, xmlText } from "../../worker/domain/archive-format";
import { scriptJson } from "../../web/pages/statement";
import { snippetParts } from "../../web/pages/archive-parts";

describe("snippetHtml", () => {
  it("escapes everything and marks matches", () => {
    expect(snippetHtml('a <script>alert("x")</script> \uE000trafficking\uE001 & more')).toBe(
      "a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>trafficking</mark> &amp; more",
    );
  });

  it("never yields a tag other than a balanced <mark>, whatever the text and markers", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("\uE000", "\uE001", "<", ">", "&", "<mark>", "</mark>"))), (parts) => {
        const html = snippetHtml(parts.join(""));
        const tags = html.match(/<[^>]*>/g) ?? [];
        for (const tag of tags) expect(["<mark>", "</mark>"]).toContain(tag);
        expect(tags.filter((t) => t === "<mark>").length).toBe(tags.filter((t) => t === "</mark>").length);
        expect(html).not.toMatch(/<(?!\/?mark>)/);
      }),
    );
  });

  it("round-trips through the page's parts back to the original text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const clean = text.replace(/[\uE000\uE001]/g, "").replace(/\s+/g, " ").trim();
        expect(snippetParts(snippetHtml(clean)).map((p) => p.text).join("")).toBe(clean);
      }),
    );
  });
});

describe("CSV cells", () => {
  it("neutralises formula starts and quotes per RFC 4180", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33")).toBe("'+33");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });

  it("parses back to the same cells (apart from the neutralising apostrophe)", () => {
    const parse = (line: string): string[] => {
      const out: string[] = [];
      let i = 0;
      while (i <= line.length) {
        if (line[i] === '"') {
          let cell = "";
          i++;
          for (;;) {
            if (line[i] === '"' && line[i + 1] === '"') {
              cell += '"';
              i += 2;
            } else if (line[i] === '"') {
              i++;
              break;
            } else cell += line[i++];
          }
          out.push(cell);
          i++;
        } else {
          const end = line.indexOf(",", i);
          out.push(line.slice(i, end === -1 ? line.length : end));
          i = end === -1 ? line.length + 1 : end + 1;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const row = csvRow(cells);
        expect(row.endsWith("\r\n")).toBe(true);
        const parsed = parse(row.slice(0, -2));
        expect(parsed).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      }),
    );
  });
});

describe("XML and script text", () => {
  it("escapes markup and drops characters XML 1.0 forbids", () => {
    expect(xmlText(`<a href="x">&'\u0000\u0008\uFFFE\uD800`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;\uFFFD");
  });

  it("keeps JSON-LD unable to close its script element", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const json = scriptJson({ s });
        expect(json).not.toMatch(/<|>|&/);
        expect((JSON.parse(json) as { s: string }).s).toBe(s);
      }),
    );
  });

  it("escapes HTML and cuts excerpts at a word", () => {
    expect(escapeHtml(`<'"&>`)).toBe("&lt;&#39;&quot;&amp;&gt;");
    expect(excerpt("one two three four", 9)).toBe("one two…");
  });
});
