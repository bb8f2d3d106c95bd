import { AlignmentType, Bookmark, Document, ExternalHyperlink, HeadingLevel, InternalHyperlink, Packer, Paragraph, TextRun } from "docx";
import { formatDate, t, type Locale } from "../../worker/i18n";
import { countryName } from "./archive-parts";
import { citationUrl, OUTCOME_ID, type Brief } from "./brief-model";

/** Word measures in twentieths of a point: A4 is 11906 × 16838, margins 2 cm. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

/**
 * The briefing pack as a Word document (docx library; runs in the Worker): the same contents as
 * the page, each group starting on a new page, a contents list linking to each group, every
 * proposal with its organization, country, date and citation URL. Right to left for Arabic.
 */
export async function briefDocx(brief: Brief, options: { locale: Locale; origin: string; path: string; today: string; showSegment: boolean; segmentTitle: (slug: string, englishTitle: string) => string }): Promise<ArrayBuffer> {
  const { locale, origin } = options;
  const rtl = locale === "ar";
  const para = (children: ConstructorParameters<typeof Paragraph>[0] & object) => new Paragraph({ bidirectional: rtl, ...children });
  const run = (text: string, extra: Partial<{ bold: boolean; italics: boolean; color: string; size: number; style: string }> = {}) => new TextRun({ text, rightToLeft: rtl, ...extra });
  const body: Paragraph[] = [
    para({ heading: HeadingLevel.TITLE, children: [run(brief.title)] }),
    para({ children: [run(t(locale, "brief.intro", { subject: brief.subject }))] }),
    para({ children: [run(t(locale, "brief.count", { count: brief.proposals, statements: brief.statements }))] }),
    para({ children: [run(t(locale, "brief.generated", { date: formatDate(locale, options.today), url: `${origin}${options.path}` }), { italics: true, color: "4F5863" })] }),
  ];
  if (brief.truncated) body.push(para({ children: [run(t(locale, "brief.truncated", { count: brief.proposals }), { bold: true })] }));
  if (brief.groups.length === 0) {
    body.push(para({ children: [run(t(locale, "brief.none"))] }));
  } else {
    body.push(para({ heading: HeadingLevel.HEADING_1, children: [run(t(locale, "brief.contents"))] }));
    for (const g of brief.groups) {
      body.push(para({ children: [new InternalHyperlink({ anchor: g.id, children: [run(`${g.title} (${g.proposals.length})`, { style: "Hyperlink" })] })] }));
    }
    if (brief.outcome) {
      body.push(para({ children: [new InternalHyperlink({ anchor: OUTCOME_ID, children: [run(`${t(locale, "outcome.brief.title")} (${brief.outcome.reflected.size})`, { style: "Hyperlink" })] })] }));
    }
  }
  for (const g of brief.groups) {
    body.push(para({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new Bookmark({ id: g.id, children: [run(g.title)] })] }));
    g.proposals.forEach((p, i) => {
      const url = citationUrl(origin, p);
      const org = p.orgAcronym ? `${p.orgName} (${p.orgAcronym})` : p.orgName;
      const where = options.showSegment ? t(locale, "brief.segmentLine", { segment: options.segmentTitle(p.segmentSlug, p.segmentTitle), date: formatDate(locale, p.date) }) : formatDate(locale, p.date);
      const rtlText = /[\u0590-\u08FF]/.test(p.text);
      body.push(
        new Paragraph({ bidirectional: rtl || rtlText, spacing: { before: 200 }, keepNext: true, children: [new TextRun({ text: `${i + 1}. `, bold: true, rightToLeft: rtl }), new TextRun({ text: p.text, rightToLeft: rtl || rtlText })] }),
        para({ keepNext: true, children: [run(`${t(locale, "brief.by", { organization: org, country: countryName(locale, p.orgCountry) })} — ${where}`, { color: "4F5863" })] }),
        ...(brief.outcome?.reflected.get(`${p.reference}:${p.number}`) ?? []).map((r) =>
          para({ keepNext: true, children: [new ExternalHyperlink({ link: r.url, children: [run(t(locale, "outcome.statement.reflected", { paragraph: r.number }), { style: "Hyperlink", bold: true })] })] }),
        ),
        para({ alignment: AlignmentType.START, children: [new ExternalHyperlink({ link: url, children: [run(t(locale, "brief.cite", { url }), { style: "Hyperlink", size: 18 })] })] }),
      );
    });
  }
  if (brief.outcome) {
    const o = brief.outcome;
    body.push(
      para({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new Bookmark({ id: OUTCOME_ID, children: [run(t(locale, "outcome.brief.title"))] })] }),
      para({ children: [run(`${t(locale, "outcome.brief.intro", { title: o.title, date: formatDate(locale, o.publishedOn) })} `), new ExternalHyperlink({ link: o.url, children: [run(o.url, { style: "Hyperlink" })] })] }),
    );
    for (const par of o.paragraphs) {
      body.push(
        para({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(t(locale, "outcome.brief.paragraph", { number: par.number }))] }),
        para({ keepNext: true, indent: { start: 567 }, children: [run(par.text, { italics: true })] }),
        ...par.proposals.map((x) =>
          para({
            children: [
              new ExternalHyperlink({
                link: x.url,
                children: [run(t(locale, "outcome.public.proposal", { number: x.proposal, organization: x.organization.acronym ? `${x.organization.name} (${x.organization.acronym})` : x.organization.name }), { style: "Hyperlink" })],
              }),
            ],
          }),
        ),
      );
    }
  }
  const doc = new Document({
    title: brief.title,
    creator: t(locale, "site.name"),
    description: t(locale, "brief.intro", { subject: brief.subject }),
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, children: body }],
  });
  return Packer.toArrayBuffer(doc);
}
