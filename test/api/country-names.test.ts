import { beforeAll, describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName } from "../../worker/domain/countries";
import { UN_COUNTRY_NAMES } from "../../worker/domain/un-country-names";
import { call, seed, signInAdmin } from "../helpers";
import { archived, importStatements } from "./archive-helpers";

/** Country names as the United Nations writes them (UNTERM short names), ISO codes in the API and CSV. */

describe("countryName", () => {
  it("uses the UN's short names, not CLDR's common ones, in English, French and Arabic", () => {
    const cases: [string, string, string, string][] = [
      ["RU", "Russian Federation", "Fédération de Russie", "الاتحاد الروسي"],
      ["KP", "Democratic People's Republic of Korea", "République populaire démocratique de Corée", "جمهورية كوريا الشعبية الديمقراطية"],
      ["KR", "Republic of Korea", "République de Corée", "جمهورية كوريا"],
      ["PS", "State of Palestine", "État de Palestine", "دولة فلسطين"],
      ["IR", "Iran (Islamic Republic of)", "Iran (République islamique d')", "إيران (جمهورية - الإسلامية)"],
      ["TR", "Türkiye", "Türkiye", "تركيا"],
      ["TW", "Taiwan Province of China", "Taïwan (province de Chine)", "تايوان، مقاطعة الصين"],
      ["GB", "United Kingdom of Great Britain and Northern Ireland", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
      ["VA", "Holy See", "Saint-Siège", "الكرسي الرسولي"],
    ];
    for (const [code, en, fr, ar] of cases) {
      expect(countryName(code, "en"), code).toBe(en);
      expect(countryName(code, "fr"), code).toBe(fr);
      expect(countryName(code, "ar"), code).toBe(ar);
    }
    expect(countryName("RU", "ru")).toBe("Российская Федерация");
    expect(countryName("RU", "zh")).toBe("俄罗斯联邦");
    expect(countryName("KP", "es")).toBe("República Popular Democrática de Corea");
  });

  it("falls back to CLDR for the rest, with '&' and 'St.' written out in English", () => {
    expect(countryName("KE", "en")).toBe("Kenya");
    expect(countryName("FR", "fr")).toBe("France");
    expect(countryName("TC", "en")).toBe("Turks and Caicos Islands");
    expect(countryName("SH", "en")).toMatch(/^Saint Helena/);
    expect(countryName("PM", "en")).toBe("Saint Pierre and Miquelon");
    expect(countryName("ZZ", "en")).toMatch(/ZZ|Unknown/);
  });

  it("has a name in all six languages for every State in the table, and every code is an ISO code", () => {
    for (const [code, names] of Object.entries(UN_COUNTRY_NAMES)) {
      expect(COUNTRY_CODES.has(code), code).toBe(true);
      expect(names[0], code).not.toBe("");
    }
    for (const code of COUNTRY_CODES) for (const locale of ["en", "fr", "es", "ar", "ru", "zh"]) expect(countryName(code, locale), `${code} ${locale}`).toBeTruthy();
  });
});

describe("pages and data", () => {
  let ref = "";
  beforeAll(async () => {
    await seed();
    ref = (await importStatements(await signInAdmin(), [archived({ title: "Cooperation across the region", organization: { name: "Moscow Civic Forum", country: "RU", type: "ngo" } })]))[0]!;
  });

  it("shows the UN name on the pages in English, French and Arabic", async () => {
    expect(await (await call(`/statements/${ref}`)).text()).toContain("Russian Federation");
    expect(await (await call(`/statements/${ref}?lang=fr`)).text()).toContain("Fédération de Russie");
    const ar = await (await call(`/statements?country=RU&lang=ar`)).text();
    expect(ar).toContain("الاتحاد الروسي");
    expect(ar).not.toContain("روسيا</");
  });

  it("keeps the ISO code in the API and the CSVs", async () => {
    const api = (await (await call(`/api/v1/statements/${ref}`)).json()) as { organization: { country: string } };
    expect(api.organization.country).toBe("RU");
    const csv = await (await call("/api/v1/statements.csv?country=RU")).text();
    expect(csv).toContain(",RU,");
    expect(csv).not.toContain("Russian Federation");
  });
});
