import type { VersionItem } from "../../worker/db/submission-versions";
import type { DiffPart, VersionDiff } from "../../worker/domain/text-diff";
import { ThemeCheckboxes, type Errors } from "../components/form";
import { useI18n } from "../context";
import { formatDateTime } from "../../worker/i18n";

// Parts of the review page added by issue 12: what changed since staff last saw the statement,
// the original document, and the theme choices collapsed to the chosen ones plus "Change".

/** A word diff: removed words struck through (<del>), added ones underlined (<ins>). */
function Parts(props: { parts: DiffPart[] }) {
  const { t } = useI18n();
  return (
    <>
      {props.parts.map((p) =>
        p.kind === "same" ? (
          p.text
        ) : p.kind === "added" ? (
          <ins aria-label={t("moderation.diffAdded")}>{p.text}</ins>
        ) : (
          <del aria-label={t("moderation.diffRemoved")}>{p.text}</del>
        ),
      )}
    </>
  );
}

function ThemeChange(props: { change: { added: string[]; removed: string[] }; labels: Record<string, string> }) {
  const name = (slug: string) => props.labels[slug] ?? slug;
  return (
    <>
      {props.change.removed.map((s) => (
        <del class="chip">{name(s)}</del>
      ))}{" "}
      {props.change.added.map((s) => (
        <ins class="chip">{name(s)}</ins>
      ))}
    </>
  );
}

/** Review page: the differences between the version staff last saw and the current one. */
export function ChangesSinceSeen(props: { seen: VersionItem; current: VersionItem; diff: VersionDiff | null; language: string; themeLabels: Record<string, string> }) {
  const { locale, t } = useI18n();
  const d = props.diff;
  const long = (field: string, from: number, to: number) => <p>{t("moderation.textChanged", { field, from, to })}</p>;
  return (
    <section aria-labelledby="changes-h" class="changes-since">
      <h2 id="changes-h">{t("moderation.changesTitle")}</h2>
      <p class="hint">
        {t("moderation.changesSince", { from: props.seen.version, at: formatDateTime(locale, props.seen.at), to: props.current.version })}
        {d ? ` ${t("moderation.diffLegend")}` : ""}
      </p>
      {!d ? (
        <p>{t("moderation.changesNone")}</p>
      ) : (
        <div lang={props.language} dir="auto">
          {d.title ? (
            <>
              <h3>{t("moderation.field.title")}</h3>
              <p class="diff">
                <Parts parts={d.title} />
              </p>
            </>
          ) : null}
          {d.text ? (
            <>
              <h3>{t("moderation.field.text")}</h3>
              {d.text.parts ? (
                <div class="diff statement-text">
                  <Parts parts={d.text.parts} />
                </div>
              ) : (
                long(t("moderation.field.text"), props.seen.text.length, props.current.text.length)
              )}
            </>
          ) : null}
          {d.proposals.length ? (
            <>
              <h3>{t("moderation.field.proposals")}</h3>
              <ul class="diff-proposals">
                {d.proposals.map((p) => (
                  <li>
                    <strong>{t("moderation.proposal", { n: p.number })}</strong>{" "}
                    {p.kind === "added" ? (
                      <>
                        {t("moderation.proposalAdded", { n: p.number })} <ins>{p.text}</ins>
                      </>
                    ) : p.kind === "removed" ? (
                      <>
                        {t("moderation.proposalsRemoved", { n: p.number })} <del>{p.text}</del>
                      </>
                    ) : (
                      <>
                        {p.textChanged && p.parts ? (
                          <span class="diff">
                            <Parts parts={p.parts} />
                          </span>
                        ) : null}{" "}
                        <ThemeChange change={p.themes} labels={props.themeLabels} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {d.themes.added.length || d.themes.removed.length ? (
            <>
              <h3>{t("moderation.field.themes")}</h3>
              <p>
                <ThemeChange change={d.themes} labels={props.themeLabels} />
              </p>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}

/** The original document for staff: always downloadable here; public only when they choose (a small form of its own). */
export function DocumentSection(props: { reference: string; version: number; document: { filename: string } | null; documentPublic: boolean; canChange: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="document-h" class="document">
      <h2 id="document-h">{t("moderation.document")}</h2>
      {!props.document ? (
        <p>{t("moderation.documentNone")}</p>
      ) : (
        <>
          <p>
            <a href={`/api/v1/submissions/${props.reference}/document`}>{t("moderation.documentDownload", { filename: props.document.filename })}</a>
          </p>
          <p>{t(props.documentPublic ? "moderation.documentIsPublic" : "moderation.documentIsPrivate")}</p>
          {props.canChange ? (
            <form method="post" action={`/moderation/${props.reference}/edit`}>
              <input type="hidden" name="version" value={String(props.version)} />
              <input type="hidden" name="form" value="document" />
              <label class="checkbox">
                <input type="checkbox" name="documentPublic" value="true" checked={props.documentPublic} aria-describedby="document-public-hint" /> {t("moderation.documentPublic")}
              </label>
              <p class="hint" id="document-public-hint">
                {t("moderation.documentPublicHint")}
              </p>
              <div class="actions">
                <button type="submit">{t("moderation.documentSave")}</button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The chosen themes as chips, and every theme's checkbox behind "Change" (a <details>: works without JavaScript). */
export function ChosenThemes(props: { name: string; legend: string; themes: { slug: string; label: string }[]; selected: readonly string[]; errors: Errors }) {
  const { t } = useI18n();
  const label = (slug: string) => props.themes.find((th) => th.slug === slug)?.label ?? slug;
  return (
    <div class="theme-choice">
      <p>
        <strong>{props.legend}</strong>
        {props.selected.length === 0 ? ` ${t("moderation.noThemeChosen")}` : null}
      </p>
      {props.selected.length ? (
        <ul class="chips" aria-label={`${t("moderation.chosenThemes")} — ${props.legend}`}>
          {props.selected.map((slug) => (
            <li class="chip">{label(slug)}</li>
          ))}
        </ul>
      ) : null}
      <details class="theme-details" open={!!props.errors[props.name]}>
        <summary>
          {t("moderation.changeThemes")}
          <span class="visually-hidden"> — {props.legend}</span>
        </summary>
        <ThemeCheckboxes name={props.name} legend={props.legend} themes={props.themes} selected={props.selected} errors={props.errors} />
      </details>
    </div>
  );
}
