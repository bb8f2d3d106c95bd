import type { RecentSpeaker } from "../../worker/db/profiles";
import { COUNTRY_CODES, countryName } from "../../worker/domain/countries";
import { ORGANIZATION_TYPES } from "../../worker/domain/schemas";
import { useI18n } from "../context";
import { ErrorSummary, Notice, Select, TextInput, type Errors } from "../components/form";

export type OrganizationFormValues = { name: string; acronym: string; country: string; type: string; website: string };

/** `/my/organization`: the saved organization the submission form starts from, and the recent speakers. */
export function MyOrganizationPage(props: { values: OrganizationFormValues; errors: Errors; saved: boolean; speakers: readonly RecentSpeaker[]; notice?: string }) {
  const { locale, t } = useI18n();
  const { values, errors } = props;
  const countries = [...COUNTRY_CODES].map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <section>
      <p class="breadcrumb">
        <a href="/my/submissions">{t("my.title")}</a>
      </p>
      <h1>{t("profile.title")}</h1>
      <Notice text={props.notice} />
      <p class="lead">{t("profile.intro")}</p>
      {props.saved ? null : <p>{t("profile.none")}</p>}
      <form method="post" action="/my/organization" class="submission-form" novalidate>
        <ErrorSummary errors={errors} />
        <fieldset>
          <legend>{t("submit.organization")}</legend>
          <TextInput name="name" label={t("submit.orgName")} value={values.name} errors={errors} required autocomplete="organization" maxlength={200} />
          <TextInput name="acronym" label={t("submit.orgAcronym")} value={values.acronym} errors={errors} maxlength={20} />
          <Select name="country" label={t("submit.orgCountry")} value={values.country} errors={errors} required placeholder={t("submit.choose")} options={countries} />
          <Select name="type" label={t("submit.orgType")} value={values.type} errors={errors} required options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))} />
          <TextInput name="website" label={t("submit.orgWebsite")} value={values.website} errors={errors} type="url" autocomplete="url" />
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">
            {t("profile.save")}
          </button>
        </div>
      </form>
      <section aria-labelledby="speakers-h">
        <h2 id="speakers-h">{t("profile.speakers")}</h2>
        <p class="hint">{t("profile.speakersHint")}</p>
        {props.speakers.length === 0 ? (
          <p>{t("profile.noSpeakers")}</p>
        ) : (
          <ul>
            {props.speakers.map((sp) => (
              <li>
                <bdi>{sp.name}</bdi>
                {sp.role ? (
                  <>
                    {t("list.separator")}
                    <bdi>{sp.role}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
