import type { ThemeKeyword } from "../../worker/db/theme-keywords";
import type { Theme } from "../../worker/db/themes";
import { DataTable } from "../components/data-table";
import { ErrorSummary, Notice, Select, TextInput, type Errors } from "../components/form";
import { useI18n } from "../context";
import { formatDateTime } from "../../worker/i18n";

type Terms = { en: string[]; fr: string[]; es: string[] };
export type KeywordValues = { term: string; language: string };
export const KEYWORD_LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"];

function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** One theme's lexicon: the built-in words per language (read-only) and the admins' own terms (add, remove). */
export function ThemeKeywordsPage(props: { theme: Theme; builtIn: Terms; weak: Terms; items: ThemeKeyword[]; form: { values: KeywordValues; errors: Errors }; notice?: string }) {
  const { locale, t } = useI18n();
  const { values, errors } = props.form;
  const languages = KEYWORD_LANGUAGES.includes(values.language) || !values.language ? KEYWORD_LANGUAGES : [...KEYWORD_LANGUAGES, values.language];
  return (
    <section>
      <p class="breadcrumb">
        <a href="/admin">{t("admin.back")}</a>
      </p>
      <h1>{t("admin.keywords.heading", { name: props.theme.label })}</h1>
      <Notice text={props.notice} />
      <p>{t("admin.keywords.intro")}</p>
      <section aria-labelledby="own-h">
        <h2 id="own-h">{t("admin.keywords.own")}</h2>
        {props.items.length === 0 ? (
          <p>{t("admin.keywords.none")}</p>
        ) : (
          <DataTable headers={[t("admin.keywords.term"), t("admin.keywords.language"), t("admin.keywords.added"), t("admin.keywords.remove")]}>
            {props.items.map((k) => (
              <tr>
                <td lang={k.language}>{k.term}</td>
                <td>{languageName(k.language, locale)}</td>
                <td>
                  {k.createdBy}
                  {t("list.separator")}
                  {formatDateTime(locale, k.createdAt)}
                </td>
                <td>
                  <form method="post" action={`/admin/themes/${props.theme.slug}/keywords/remove`} class="inline">
                    <input type="hidden" name="term" value={k.term} />
                    <button type="submit" class="danger" aria-label={t("admin.keywords.removeNamed", { term: k.term })}>
                      {t("admin.keywords.remove")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <h3>{t("admin.keywords.add")}</h3>
        <form method="post" action={`/admin/themes/${props.theme.slug}/keywords`}>
          <ErrorSummary errors={errors} />
          <TextInput name="term" label={t("admin.keywords.term")} hint={t("admin.keywords.termHint")} value={values.term} errors={errors} maxlength={80} required />
          <Select name="language" label={t("admin.keywords.language")} value={values.language || "en"} errors={errors} required options={languages.map((l) => ({ value: l, label: languageName(l, locale) }))} />
          <div class="actions">
            <button type="submit" class="primary">
              {t("admin.keywords.add")}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="builtin-h">
        <h2 id="builtin-h">{t("admin.keywords.builtIn")}</h2>
        <p>{t("admin.keywords.builtInIntro")}</p>
        {(["en", "fr", "es"] as const).map((lang) => {
          const weak = new Set(props.weak[lang]);
          const strong = props.builtIn[lang].filter((term) => !weak.has(term));
          return (
            <section aria-labelledby={`builtin-${lang}`}>
              <h3 id={`builtin-${lang}`}>{languageName(lang, locale)}</h3>
              {strong.length === 0 && weak.size === 0 ? <p>{t("admin.keywords.noBuiltIn")}</p> : null}
              {strong.length ? <p lang={lang}>{strong.join(", ")}</p> : null}
              {weak.size ? (
                <p>
                  <strong>{t("admin.keywords.weak")}</strong> <span lang={lang}>{[...weak].join(", ")}</span>
                </p>
              ) : null}
            </section>
          );
        })}
      </section>
    </section>
  );
}
