import type { HistoryItem } from "../../worker/db/submission-events";
import { useI18n } from "../context";
import { formatDateTime } from "../../worker/i18n";

const SHORT = 120;

function show(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.length ? value.join(", ") : empty;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One changed field, shortened: long texts show their lengths, the full values are in the API. */
function Change(props: { field: string; from: unknown; to: unknown }) {
  const { t } = useI18n();
  const empty = t("moderation.empty-value");
  const from = show(props.from, empty);
  const to = show(props.to, empty);
  if (from.length > SHORT || to.length > SHORT) {
    return <li>{t("moderation.changedLong", { field: props.field, from: from.length, to: to.length })}</li>;
  }
  return <li>{t("moderation.changed", { field: props.field, from, to })}</li>;
}

/** The append-only history, oldest first. */
export function HistoryTimeline(props: { items: HistoryItem[] }) {
  const { locale, t } = useI18n();
  return (
    <section aria-labelledby="history-h" class="history">
      <h2 id="history-h">{t("moderation.history")}</h2>
      {props.items.length === 0 ? (
        <p>{t("moderation.historyEmpty")}</p>
      ) : (
        <ol class="timeline">
          {props.items.map((e) => (
            <li>
              <p>
                <strong>{t(`moderation.event.${e.action}`)}</strong> — <time datetime={e.at}>{formatDateTime(locale, e.at)}</time> —{" "}
                {t("moderation.by", { email: e.actor.email, role: t(`moderation.role.${e.actor.role as "submitter" | "moderator" | "admin" | "system"}`) })}
              </p>
              {Object.keys(e.changes).length ? (
                <ul class="changes">
                  {Object.entries(e.changes).map(([field, c]) => (
                    <Change field={field} from={c.from} to={c.to} />
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
