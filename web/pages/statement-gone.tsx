import { useI18n } from "../context";
import { formatDate } from "../../worker/i18n";

/** /statements/{reference} after staff unpublished it (410): that it is gone and the note for readers, never the statement. */
export function StatementGonePage(props: { reference: string; publicNote: string | null; unpublishedAt: string | null }) {
  const { locale, t } = useI18n();
  return (
    <article class="statement gone">
      <h1>{t("statement.goneTitle")}</h1>
      <p>{t("statement.goneText", { reference: props.reference })}</p>
      {props.unpublishedAt ? (
        <p>
          <time datetime={props.unpublishedAt}>{formatDate(locale, props.unpublishedAt)}</time>
        </p>
      ) : null}
      {props.publicNote ? (
        <section aria-labelledby="gone-note-h">
          <h2 id="gone-note-h">{t("statement.goneNote")}</h2>
          <p dir="auto">{props.publicNote}</p>
        </section>
      ) : null}
      <p>
        <a href="/statements">{t("statement.goneSearch")}</a>
      </p>
    </article>
  );
}
