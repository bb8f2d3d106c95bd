import { describe, expect, it } from "vitest";
import { catalog, formatNumber, interpolate, LOCALES, placeholders, t, type Locale, type MessageKey } from "../../worker/i18n";
import { en } from "../../worker/i18n/en";
import { enAdmin, enArchive, enErrors, enIntake, enModeration, enSecurity } from "../../worker/i18n/en-areas";
import { arErrors } from "../../worker/i18n/ar-errors";
import { esErrors } from "../../worker/i18n/es-errors";
import { frErrors } from "../../worker/i18n/fr-errors";
import { ruErrors } from "../../worker/i18n/ru-errors";
import { zhErrors } from "../../worker/i18n/zh-errors";
import { localizeTheme, segmentCatalog, segmentTitle, SEEDED_SEGMENT_TITLES, themeCatalog, themeLabel } from "../../worker/i18n/taxonomy";
import { DEMO_SEGMENT_SLUG, DEMO_SEGMENT_TITLE, SEGMENTS, THEMES } from "../../worker/seed/taxonomy";

const TRANSLATED = LOCALES.filter((l) => l !== "en");
/** The staff pages' keys (moderation, admin): translated in every locale, like everything else. */
const STAFF = [...Object.keys(enModeration), ...Object.keys(enAdmin)] as MessageKey[];
const PUBLIC = [...Object.keys(enArchive), ...Object.keys(enIntake), ...Object.keys(enSecurity)] as MessageKey[];
/** Every key: the submitter's interface, emails, archive, intake, form checks and the staff pages. */
const ALL = Object.keys(en) as MessageKey[];

/**
 * Translations that may equal the English: names and cognates that are the right word in that
 * language. Anything else equal to the English is an untranslated string.
 */
const SAME_AS_ENGLISH: Partial<Record<Locale, MessageKey[]>> = {
  fr: [
    ...(["archive.facet.segment", "statement.segment", "organization.type", "submit.orgType", "archive.json", "my.segment", "email.receipt.segment", "email.intake.draft.segment", "nav.admin"] as const),
    ...(["moderation.segment", "moderation.action", "admin.title", "admin.segments", "admin.description"] as const),
    ...(["apiDocs.version", "apiDocs.pagination", "apiDocs.col.type", "apiDocs.col.description", "apiDocs.tag.administration"] as const),
  ],
  es: ["archive.json", "apiDocs.no"],
  ru: ["archive.json", "footer.api"],
};
/** Names only (JSON, API, OpenAPI) in another script's punctuation: not equal to the English, yet Latin letters only. */
const LATIN_NAMES: Partial<Record<Locale, MessageKey[]>> = { zh: ["footer.api", "archive.json"] };
/** In Arabic, Russian and Chinese, text with letters must have some in the locale's script (not Latin only). */
const SCRIPT: Partial<Record<Locale, RegExp>> = { ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u, zh: /\p{Script=Han}/u };
/** Letters outside `{placeholders}` (and plural syntax): a string without any is pure format and may equal the English. */
const words = (s: string) => s.replace(/\{\w+, plural,(?:[^{}]|\{[^{}]*\})*\}/g, "").replace(/\{\w+\}/g, "").replace(/[^\p{L}]/gu, "");

describe("translation catalogs", () => {
  it("every locale has every key: the submitter's interface, the public pages (archive, intake, form checks) and the staff pages", () => {
    for (const locale of TRANSLATED) {
      const missing = ALL.filter((k) => !catalog(locale)[k]?.trim());
      expect(missing, locale).toEqual([]);
    }
    expect(PUBLIC.length).toBeGreaterThan(90);
  });

  it("Arabic, Russian and Chinese translate every staff key (moderation, admin) with the English placeholders", () => {
    expect(STAFF.length).toBeGreaterThan(150);
    for (const locale of ["ar", "ru", "zh"] as const) {
      const own = catalog(locale);
      expect(STAFF.filter((k) => !own[k]?.trim()), `${locale}: staff keys missing`).toEqual([]);
      for (const k of STAFF) {
        expect(placeholders(own[k]!), `${locale} ${k}`).toEqual(placeholders(en[k]));
      }
      // The staff pages' own words, in UN terms, not the English fallback.
      expect(t(locale, "moderation.title")).not.toBe(en["moderation.title"]);
    }
    expect(t("ar", "staff.forbiddenText")).toContain("مكتب الأمم المتحدة المعني بالمخدرات والجريمة");
    expect(t("ru", "staff.forbiddenText")).toContain("УНП ООН");
    expect(t("zh", "staff.forbiddenText")).toContain("毒品和犯罪问题办公室");
    expect([t("ar", "admin.topic.trafficking-in-persons"), t("ru", "admin.topic.trafficking-in-persons"), t("zh", "admin.topic.trafficking-in-persons")]).toEqual([
      t("ar", "archive.topic.trafficking-in-persons"),
      t("ru", "archive.topic.trafficking-in-persons"),
      t("zh", "archive.topic.trafficking-in-persons"),
    ]);
  });

  it("every locale's xx-errors.ts translates every form error message, with the English placeholders, and nothing else", () => {
    const files = { fr: frErrors, es: esErrors, ar: arErrors, ru: ruErrors, zh: zhErrors };
    const keys = Object.keys(enErrors).sort();
    expect(keys.length).toBeGreaterThan(100);
    for (const [locale, file] of Object.entries(files)) {
      expect(Object.keys(file).sort(), locale).toEqual(keys);
      for (const key of keys as (keyof typeof enErrors)[]) {
        expect(catalog(locale as Locale)[key], `${locale} ${key}: merged into the catalog`).toBe(file[key]);
        expect(placeholders(file[key]), `${locale} ${key}`).toEqual(placeholders(enErrors[key]));
      }
    }
    // Counted nouns agree with the number where the language needs it.
    expect(t("ru", "err.quota.day", { count: 2 })).toContain("2 заявления");
    expect(t("ru", "err.quota.day", { count: 5 })).toContain("5 заявлений");
    expect(t("ar", "err.title.min", { min: 2 })).toBe("يجب ألا يقل العنوان عن حرفين.");
    expect(t("ar", "err.title.min", { min: 3 })).toBe("يجب ألا يقل العنوان عن 3 أحرف.");
    expect(t("fr", "err.quota.day", { count: 1 })).toContain("1 déclaration aujourd’hui");
  });

  it("keeps the English placeholders, no more and no fewer", () => {
    for (const locale of TRANSLATED)
      for (const [key, text] of Object.entries(catalog(locale)) as [MessageKey, string][])
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(en[key]));
  });

  it("translates every string that has words, except allow-listed names and cognates", () => {
    for (const locale of TRANSLATED) {
      const allowed = new Set<string>(SAME_AS_ENGLISH[locale] ?? []);
      const same = ALL.filter((k) => catalog(locale)[k] === en[k] && words(en[k]) !== "" && !allowed.has(k));
      expect(same, `${locale}: equal to the English`).toEqual([]);
      // The allow-list stays honest: an entry that was since translated is removed from it.
      for (const k of allowed) expect(catalog(locale)[k as MessageKey], `${locale} ${k} is allow-listed but translated`).toBe(en[k as MessageKey]);
    }
  });

  it("writes Arabic, Russian and Chinese strings in their own script", () => {
    for (const [locale, script] of Object.entries(SCRIPT) as [Locale, RegExp][]) {
      const allowed = new Set<string>([...(SAME_AS_ENGLISH[locale] ?? []), ...(LATIN_NAMES[locale] ?? [])]);
      const latinOnly = ALL.filter((k) => !allowed.has(k) && words(catalog(locale)[k] ?? "") !== "" && !script.test(catalog(locale)[k]!));
      expect(latinOnly, locale).toEqual([]);
    }
  });
});

describe("seeded theme catalogs", () => {
  it("translate every seeded theme's label and description in every locale, in the locale's script", () => {
    for (const locale of TRANSLATED) {
      const themes = themeCatalog(locale)!;
      expect(Object.keys(themes).sort(), locale).toEqual(THEMES.map((th) => th.slug).sort());
      for (const th of THEMES) {
        const { label, description } = themes[th.slug];
        expect(label.trim(), `${locale} ${th.slug}`).not.toBe("");
        expect(description.trim(), `${locale} ${th.slug}`).not.toBe("");
        expect(label, `${locale} ${th.slug} label equals the English`).not.toBe(th.label);
        expect(description, `${locale} ${th.slug} description equals the English`).not.toBe(th.description);
        const script = SCRIPT[locale];
        if (script) expect(script.test(label) && script.test(description), `${locale} ${th.slug} not in the locale's script`).toBe(true);
      }
    }
  });

  it("use UNTOC terms for firearms and smuggled migrants", () => {
    const firearms = { fr: "armes à feu", es: "armas de fuego", ar: "الأسلحة النارية", ru: "огнестрельного оружия", zh: "枪支" };
    for (const [locale, term] of Object.entries(firearms) as [Locale, string][]) expect(themeLabel(locale, THEMES.find((th) => th.slug === "firearms-control")!)).toContain(term);
    expect(themeCatalog("fr")!["victim-protection"].description).toContain("migrants objet d'un trafic illicite");
    expect(themeCatalog("es")!["victim-protection"].description).toContain("migrantes objeto de tráfico ilícito");
  });

  it("translate a field only while the database holds the seeded English; a relabel or an admin's own theme wins", () => {
    const seeded = { ...THEMES.find((th) => th.slug === "legislation")!, statementCount: 3 };
    expect(localizeTheme("fr", seeded)).toEqual({ slug: "legislation", label: "Législation et incrimination", description: themeCatalog("fr")!.legislation.description, statementCount: 3 });
    expect(localizeTheme("en", seeded)).toBe(seeded);
    const relabelled = { ...seeded, label: "Laws" };
    expect(localizeTheme("ar", relabelled)).toMatchObject({ label: "Laws", description: themeCatalog("ar")!.legislation.description });
    expect(localizeTheme("ru", { ...seeded, description: "Edited." })).toMatchObject({ label: themeCatalog("ru")!.legislation.label, description: "Edited." });
    expect(themeLabel("zh", { slug: "cyber-crime", label: "Cybercrime" })).toBe("Cybercrime");
  });
});

describe("seeded segment catalogs", () => {
  it("translate every seeded segment's title (the real ones and the demo) in every locale, in the locale's script", () => {
    const slugs = [...SEGMENTS.map((g) => g.slug), DEMO_SEGMENT_SLUG].sort();
    expect([...SEEDED_SEGMENT_TITLES.keys()].sort()).toEqual(slugs);
    expect(SEEDED_SEGMENT_TITLES.get(DEMO_SEGMENT_SLUG)).toBe(DEMO_SEGMENT_TITLE);
    for (const locale of TRANSLATED) {
      const segments = segmentCatalog(locale)!;
      expect(Object.keys(segments).sort(), locale).toEqual(slugs);
      for (const [slug, english] of SEEDED_SEGMENT_TITLES) {
        const title = segments[slug as keyof typeof segments];
        expect(title.trim(), `${locale} ${slug}`).not.toBe("");
        expect(title, `${locale} ${slug} equals the English`).not.toBe(english);
        const script = SCRIPT[locale];
        if (script) expect(script.test(title), `${locale} ${slug} not in the locale's script`).toBe(true);
      }
    }
  });

  it("give segments with the same English title the same translation, in UNTOC terms", () => {
    for (const locale of TRANSLATED) {
      const segments = segmentCatalog(locale)!;
      expect(segments["2023-1-firearms"], locale).toBe(segments["2022-1-firearms"]);
      expect(segments["2023-3-trafficking-in-persons"], locale).toBe(segments["2022-4-trafficking-in-persons"]);
    }
    const terms: Record<Exclude<Locale, "en">, [string, string, string, string]> = {
      fr: ["armes à feu", "traite des personnes", "trafic illicite de migrants", "coopération internationale et l'assistance technique"],
      es: ["armas de fuego", "trata de personas", "tráfico ilícito de migrantes", "cooperación internacional y asistencia técnica"],
      ar: ["الأسلحة النارية", "الاتجار بالأشخاص", "تهريب المهاجرين", "التعاون الدولي والمساعدة التقنية"],
      ru: ["огнестрельному оружию", "торговле людьми", "незаконному ввозу мигрантов", "международному сотрудничеству и технической помощи"],
      zh: ["枪支", "贩运人口", "偷运移民", "国际合作和技术援助"],
    };
    for (const [locale, [firearms, trafficking, smuggling, cooperation]] of Object.entries(terms) as [Exclude<Locale, "en">, string[]][]) {
      const segments = segmentCatalog(locale)!;
      expect(segments["2022-1-firearms"], locale).toContain(firearms);
      expect(segments["2022-4-trafficking-in-persons"], locale).toContain(trafficking);
      expect(segments["2022-3-smuggling-of-migrants"], locale).toContain(smuggling);
      expect(segments["2022-2-international-cooperation-technical-assistance"], locale).toContain(cooperation);
    }
  });

  it("translate a title only while the database holds the seeded English; a retitle or an admin's own segment wins", () => {
    expect(segmentTitle("fr", "2022-1-firearms", "Constructive dialogue on firearms")).toBe("Dialogue constructif sur les armes à feu");
    expect(segmentTitle("en", "2022-1-firearms", "Constructive dialogue on firearms")).toBe("Constructive dialogue on firearms");
    expect(segmentTitle("ar", "2022-1-firearms", "Firearms, retitled")).toBe("Firearms, retitled");
    // Another seeded segment's English title under this slug is an edit too.
    expect(segmentTitle("ru", "2022-1-firearms", "Constructive dialogue on trafficking in persons")).toBe("Constructive dialogue on trafficking in persons");
    expect(segmentTitle("zh", "2027-1-smuggling", "Constructive dialogue on firearms")).toBe("Constructive dialogue on firearms");
    expect(segmentTitle("es", DEMO_SEGMENT_SLUG, DEMO_SEGMENT_TITLE)).toBe(segmentCatalog("es")![DEMO_SEGMENT_SLUG]);
  });
});

describe("messages", () => {
  it("write numbers the locale's way", () => {
    expect(t("en", "archive.count", { count: 12345 })).toBe("12,345 statements");
    expect(t("fr", "archive.count", { count: 12345 })).toBe(`${formatNumber("fr", 12345)} déclarations`);
    expect(formatNumber("fr", 12345)).toMatch(/^12\s345$/u);
    expect(t("zh", "archive.count", { count: 12345 })).toBe("共 12,345 篇发言");
  });

  it("choose plural forms: Russian one/few/many, Arabic dual and plural, English one/other", () => {
    const ru = (n: number) => t("ru", "archive.count", { count: n });
    expect([1, 2, 5, 21, 22, 111].map(ru)).toEqual(["1 заявление", "2 заявления", "5 заявлений", "21 заявление", "22 заявления", "111 заявлений"]);
    expect(t("ru", "theme.count", { count: 3, statements: 1 })).toBe("3 предложения из 1 заявления");
    expect(t("ru", "theme.count", { count: 5, statements: 2 })).toBe("5 предложений из 2 заявлений");
    const ar = (n: number) => t("ar", "archive.count", { count: n });
    expect(ar(2)).toBe("بيانان");
    expect(ar(3)).toBe(`${formatNumber("ar", 3)} بيانات`);
    expect(ar(11)).toBe(`${formatNumber("ar", 11)} بيانًا`);
    expect(ar(100)).toBe(`${formatNumber("ar", 100)} بيان`);
    expect(t("en", "theme.count", { count: 1, statements: 1 })).toBe("1 proposal from 1 statement");
    expect(t("en", "theme.count", { count: 2, statements: 3 })).toBe("2 proposals from 3 statements");
  });

  it("choose plural forms in the staff pages too: the queue caption, bulk decisions, the keyword limit", () => {
    const caption = (n: number) => t("ru", "moderation.caption", { count: n });
    expect([1, 3, 5, 21].map(caption)).toEqual(["1 заявление", "3 заявления", "5 заявлений", "21 заявление"].map((c) => `Поданные заявления, сначала самые ранние (показано ${c})`));
    expect(t("ru", "moderation.bulkDone", { done: 5, failed: 0 })).toBe("Решения приняты по 5 заявлениям. Заявлений, по которым не удалось принять решение, нет.");
    expect(t("ru", "moderation.bulkDone", { done: 1, failed: 2 })).toBe(
      "Решение принято по 1 заявлению. По 2 заявлениям решение принять не удалось (они изменились за это время или больше не ожидают решения).",
    );
    expect(t("ru", "admin.keywords.full", { max: 300 })).toContain(`не более ${formatNumber("ru", 300)} добавленных ключевых слов.`);
    expect(t("ar", "moderation.bulkDone", { done: 2, failed: 0 })).toBe("اتُّخذ قرار بشأن بيانين. ولم يتبقَّ أي بيان دون قرار.");
    expect(t("ar", "moderation.bulkDone", { done: 1, failed: 3 })).toContain(`وتعذّر اتخاذ قرار بشأن ${formatNumber("ar", 3)} بيانات`);
    expect(t("ar", "moderation.caption", { count: 11 })).toContain(`يُعرض ${formatNumber("ar", 11)} بيانًا`);
    expect(t("zh", "moderation.bulkDone", { done: 4, failed: 0 })).toBe("已对 4 篇发言作出决定。所有所选发言均已处理。");
    expect(t("zh", "moderation.bulkDone", { done: 4, failed: 1 })).toBe("已对 4 篇发言作出决定。1 篇发言无法作出决定（在此期间已被修改或已不再等待决定）。");
  });

  it("insert values once: a value that looks like a placeholder stays as typed", () => {
    expect(t("en", "archive.countFor", { q: "{count}" })).toBe("for “{count}”");
    expect(interpolate("ru", "{count, plural, one {# a} other {# b}} {q}", { count: 1, q: "{count, plural, other {x}}" })).toBe("1 a {count, plural, other {x}}");
    expect(placeholders("{count, plural, one {# x} other {# y}} of {total}")).toEqual(["count", "total"]);
  });
});
