import { Hono } from "hono";
import { searchPage } from "../db/archive-search";
import { themeLabels } from "../db/themes";
import { excerpt, xmlText } from "../domain/archive-format";
import type { AppEnv } from "../env";
import { parseArchiveParams } from "../http/archive-params";
import { cachedPublic } from "../http/public-cache";
import { publicReader } from "../http/public-reader";
import { statementUrl, toSummary } from "../services/archive-search";

/**
 * GET /feeds/statements.atom: Atom 1.0 of the newest published statements, with the archive's filters.
 * Each entry's categories are its segment and its themes, with their titles and labels (a feed
 * reader shows the label; `term` + `scheme` is the page for it).
 */
export const feedsApi = new Hono<AppEnv>().get("/statements.atom", async (c) => {
  const url = new URL(c.req.url);
  const input = parseArchiveParams(url, { defaultLimit: 50, maxLimit: 100 });
  const db = publicReader(c);
  return cachedPublic(c, db, async () => {
    const origin = c.env.APP_ORIGIN;
    const [rows, labels] = await Promise.all([searchPage(db, { ...input, sort: "newest", after: null }), themeLabels(db)]);
    const self = `${origin}/feeds/statements.atom${url.search}`;
    const alternate = `${origin}/statements${url.search}`;
    const updated = rows[0]?.publishedAt ?? "2022-01-01T00:00:00Z";
    const entries = rows.map((r) => {
      const s = toSummary(r, origin);
      const link = statementUrl(origin, s.reference);
      const org = s.organization.acronym ? `${s.organization.name} (${s.organization.acronym})` : s.organization.name;
      return `  <entry>
    <id>${xmlText(link)}</id>
    <title>${xmlText(s.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>
    <published>${xmlText(s.publishedAt)}</published>
    <updated>${xmlText(s.publishedAt)}</updated>
    <author><name>${xmlText(org)}</name></author>
${s.coSigners.map((co) => `    <contributor><name>${xmlText(co.acronym ? `${co.name} (${co.acronym})` : co.name)}</name><uri>${xmlText(`${origin}/organizations/${encodeURIComponent(co.slug)}`)}</uri></contributor>\n`).join("")}    <category term="${xmlText(s.segment.slug)}" scheme="${xmlText(`${origin}/segments/`)}" label="${xmlText(s.segment.title)}"/>
${s.themes.map((t) => `    <category term="${xmlText(t)}" scheme="${xmlText(`${origin}/themes/`)}" label="${xmlText(labels.get(t) ?? t)}"/>`).join("\n")}
    <summary type="text">${xmlText(excerpt(r.text.replace(/[\uE000\uE001]/g, ""), 400))}</summary>
  </entry>`;
    });
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(self)}</id>
  <title>Constructive Dialogue Portal: published statements</title>
  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(alternate)}"/>
  <updated>${xmlText(updated)}</updated>
  <author><name>UNODC Civil Society Unit</name></author>
${entries.join("\n")}
</feed>
`;
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  });
});
