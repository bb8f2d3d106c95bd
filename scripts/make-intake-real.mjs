// Builds the "real layouts" intake fixtures (test/fixtures/intake/real/) with a real office suite.
//
//   node scripts/make-intake-real.mjs            # writes the .fodt sources, then runs LibreOffice
//
// Each statement of test/fixtures/intake/real/statements.mjs is written as a flat OpenDocument
// text (.fodt: header and footer on the master page, tables, automatic lists, footnotes, page
// number fields), then converted ONCE with Debian's libreoffice-writer-nogui (7.4):
//
//   soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir <dir> <name>.fodt
//   soffice --headless --convert-to pdf --outdir <dir> <name>.docx
//
// so the DOCX has real header/footer parts, numbering.xml and footnotes.xml, and the PDF is what
// LibreOffice lays out from that DOCX. The PDFs and DOCX files are committed: do not re-run this
// for an existing fixture (a new LibreOffice lays out differently); add new statements instead.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// `--set held-out-5` builds test/fixtures/intake/held-out-5/statements.mjs instead of real/.
const args = process.argv.slice(2);
const setAt = args.indexOf("--set");
const set = setAt >= 0 ? args[setAt + 1] : "real";
const only = setAt >= 0 ? args.filter((_, i) => i !== setAt && i !== setAt + 1) : args;
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test/fixtures/intake", set);
const { STATEMENTS } = await import(join(dir, "statements.mjs"));

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

let noteId = 0;
/** Inline text: "\n" a line break, "\t" a tab, {page}/{pages} fields, ^[footnote text] a footnote. */
function inline(s) {
  const parts = s.split(/(\^\[[^\]]*\]|\{page\}|\{pages\}|\n|\t)/);
  return parts
    .map((p) => {
      if (p === "{page}") return '<text:page-number text:select-page="current">1</text:page-number>';
      if (p === "{pages}") return "<text:page-count>1</text:page-count>";
      if (p === "\n") return "<text:line-break/>";
      if (p === "\t") return "<text:tab/>";
      if (p.startsWith("^[")) {
        noteId++;
        return `<text:note text:id="ftn${noteId}" text:note-class="footnote"><text:note-citation>${noteId}</text:note-citation><text:note-body><text:p text:style-name="Footnote">${esc(p.slice(2, -1))}</text:p></text:note-body></text:note>`;
      }
      return esc(p).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
    })
    .join("");
}

function para(text, style = "Body") {
  return `<text:p text:style-name="${style}">${inline(text)}</text:p>`;
}

function list(items, style, paraStyle = "ListPara") {
  const body = items
    .map((item) => {
      const text = typeof item === "string" ? item : item.text;
      const sub = typeof item === "string" ? "" : list(item.sub ?? [], style, paraStyle);
      return `<text:list-item>${para(text, paraStyle)}${sub}</text:list-item>`;
    })
    .join("");
  return items.length ? `<text:list text:style-name="${style}">${body}</text:list>` : "";
}

let tableId = 0;
function table(rows, style = "Small", widths) {
  tableId++;
  const cols = rows[0].length;
  return (
    `<table:table table:name="Table${tableId}" table:style-name="${widths ? `T${cols}` : "TFull"}">` +
    `<table:table-column table:number-columns-repeated="${cols}"/>` +
    rows
      .map((row) => `<table:table-row>${row.map((cell) => `<table:table-cell office:value-type="string">${[].concat(cell).map((t) => para(t, style)).join("")}</table:table-cell>`).join("")}</table:table-row>`)
      .join("") +
    "</table:table>"
  );
}

let sectionStyles = "";
let sectionId = 0;
/** A section set in newspaper columns ({ columns: 2, gap: "0.8cm", body: [...] }): the text runs down the left column, then the right. */
function section(b) {
  sectionId++;
  const name = `Sect${sectionId}`;
  sectionStyles += `<style:style style:name="${name}" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="${b.columns}" fo:column-gap="${b.gap ?? "0.8cm"}"/></style:section-properties></style:style>`;
  return `<text:section text:style-name="${name}" text:name="Columns${sectionId}">${b.body.map(block).join("")}</text:section>`;
}

let frameStyles = "";
let frameId = 0;
/** A text box fixed on the page ({ frame: [lines], x, y, width, style }): a sidebar of offices and contacts beside the text. */
function frame(b) {
  frameId++;
  const name = `fr${frameId}`;
  frameStyles += `<style:style style:name="${name}" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" fo:padding="0cm"/></style:style>`;
  const inner = b.frame.map((t) => para(t, b.style ?? "Small")).join("");
  return `<text:p text:style-name="Standard"><draw:frame draw:style-name="${name}" draw:name="Frame${frameId}" text:anchor-type="page" text:anchor-page-number="1" svg:x="${b.x}" svg:y="${b.y}" svg:width="${b.width}" draw:z-index="0"><draw:text-box fo:min-height="1cm">${inner}</draw:text-box></draw:frame></text:p>`;
}

function block(b) {
  if (typeof b === "string") return para(b);
  if (b.columns) return section(b);
  if (b.frame) return frame(b);
  if (b.list) return list(b.list, b.style ?? "Numbered");
  if (b.table) return table(b.table, b.style ?? "Small");
  return para(b.p, b.style ?? "Body");
}

const PAGE = 'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm"';

function fodt(doc) {
  noteId = 0;
  tableId = 0;
  sectionId = 0;
  sectionStyles = "";
  frameId = 0;
  frameStyles = "";
  const size = doc.size ?? "11pt";
  const header = (doc.header ?? []).map(block).join("");
  const footer = (doc.footer ?? []).map(block).join("");
  const firstHeader = (doc.firstHeader ?? []).map(block).join("");
  const firstFooter = (doc.firstFooter ?? doc.footer ?? []).map(block).join("");
  // A different first page: a "First Page" master followed by the standard one.
  const first = doc.firstHeader !== undefined;
  const hf = (h, f) => `${h ? `<style:header>${h}</style:header>` : ""}${f ? `<style:footer>${f}</style:footer>` : ""}`;
  const body = doc.body.map(block).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"${frameStyles || /draw:frame/.test(body) ? ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"' : ""} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name="${doc.font ?? "Liberation Serif"}" fo:font-size="${size}" fo:language="${doc.lang}" fo:country="${doc.country ?? "none"}"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties${doc.indent ? ` fo:margin-left="${doc.indent}"` : ""} fo:margin-top="0cm" fo:margin-bottom="${doc.gap ?? "0.25cm"}" fo:line-height="${doc.lineHeight ?? "115%"}" fo:text-align="${doc.align ?? "justify"}"/></style:style>
<style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Center" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt"/></style:style>
<style:style style:name="SmallCenter" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="SmallRight" style:family="paragraph" style:parent-style-name="Small"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Letterhead" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="LetterheadSmall" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<text:list-style style:name="Numbered">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.6cm" fo:text-indent="-0.6cm" fo:margin-left="1.6cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:list-style style:name="Lettered">
<text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.7cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="i"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.7cm" fo:text-indent="-0.7cm" fo:margin-left="1.7cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
<text:list-style style:name="Bullets">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.5cm" fo:margin-left="0.7cm"/></style:list-level-properties></text:list-level-style-bullet>
<text:list-level-style-bullet text:level="2" text:bullet-char="◦"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.4cm" fo:text-indent="-0.5cm" fo:margin-left="1.4cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="TFull" style:family="table"><style:table-properties style:width="16.2cm" table:align="margins"/></style:style>
<style:style style:name="FirstPara" style:family="paragraph" style:parent-style-name="Body" style:master-page-name="${first ? "First_20_Page" : "Standard"}"/>
${sectionStyles}${frameStyles}<style:page-layout style:name="pm1"><style:page-layout-properties ${PAGE}/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">${hf(header, footer)}</style:master-page>
${first ? `<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm1" style:next-style-name="Standard">${hf(firstHeader, firstFooter)}</style:master-page>` : ""}
</office:master-styles>
<office:body><office:text>${para("", "FirstPara").replace("<text:p", "<text:p").replace("></text:p>", "/>")}${body}</office:text></office:body>
</office:document>
`;
}

const soffice = (args, cwd) => execFileSync("soffice", ["--headless", ...args], { cwd, stdio: ["ignore", "inherit", "inherit"] });

// `--check`: writes nothing, says whether each committed .fodt is what this script writes today.
if (only.includes("--check")) {
  for (const doc of STATEMENTS) {
    const base = join(dir, doc.name);
    if (existsSync(`${base}.fodt`)) console.log(`${doc.name}: ${readFileSync(`${base}.fodt`, "utf8") === fodt(doc) ? "same" : "DIFFERENT"}`);
  }
  process.exit(0);
}

for (const doc of STATEMENTS) {
  if (only.length && !only.includes(doc.name)) continue;
  const base = join(dir, doc.name);
  if (existsSync(`${base}.pdf`) && !only.length) {
    console.log(`${doc.name}: exists, skipped (name it to rebuild)`);
    continue;
  }
  writeFileSync(`${base}.fodt`, fodt(doc));
  soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", dir, `${doc.name}.fodt`], dir);
  soffice(["--convert-to", "pdf", "--outdir", dir, `${doc.name}.docx`], dir);
  console.log(`${doc.name}: .fodt → .docx → .pdf`);
}
