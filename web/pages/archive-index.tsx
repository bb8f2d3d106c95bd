import type { Segment } from "../../worker/db/segments";
import type { Theme } from "../../worker/db/themes";
import { formatDate, type MessageKey } from "../../worker/i18n";
import { segmentTitleFor, useI18n } from "../context";
import { listLabel, topicLabel } from "./archive-parts";

/** /segments: every dialogue segment, newest first, with its status, topics, statements and briefing pack. */
export function SegmentsIndexPage(props: { segments: Segment[] }) {
  const { locale, t } = useI18n();
  return (
    <>
      <h1>{t("segments.title")}</h1>
      <p class="lead">{t("segments.intro")}</p>
      {props.segments.length === 0 ? <p>{t("segments.none")}</p> : null}
      <ul class="index-list">
        {props.segments.map((g) => (
          <li>
            <h2>
              <a href={`/segments/${g.slug}`}>{segmentTitleFor(g.slug, g.title)}</a>
            </h2>
            <p class="muted">
              {formatDate(locale, g.heldOn)} · {t(`segments.status.${g.status}` as MessageKey)} · {listLabel(locale, g.topics.map((topic) => topicLabel(locale, topic)))}
            </p>
            <p>
              <a href={`/statements?segment=${encodeURIComponent(g.slug)}`}>{t("segments.statements", { count: g.statementCount })}</a>
              {g.statementCount > 0 ? (
                <>
                  {" "}
                  · <a href={`/briefs/segments/${g.slug}`}>{t("brief.link")}</a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** /themes: the taxonomy with each theme's description, statement count and briefing pack. */
export function ThemesIndexPage(props: { themes: Theme[] }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t("themes.title")}</h1>
      <p class="lead">{t("themes.intro")}</p>
      {props.themes.length === 0 ? <p>{t("themes.none")}</p> : null}
      <ul class="index-list">
        {props.themes.map((th) => (
          <li>
            <h2>
              <a href={`/themes/${th.slug}`}>{th.label}</a>
            </h2>
            {th.description ? <p>{th.description}</p> : null}
            <p>
              <a href={`/statements?theme=${encodeURIComponent(th.slug)}`}>{t("themes.statements", { count: th.statementCount })}</a>
              {th.statementCount > 0 ? (
                <>
                  {" "}
                  · <a href={`/briefs/themes/${th.slug}`}>{t("brief.link")}</a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
