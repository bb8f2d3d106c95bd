import type { HistoryItem } from "../../worker/db/submission-events";
import { REASON_CODES } from "../../worker/domain/moderation";
import { STATUSES } from "../../worker/domain/status";
import { useI18n } from "../context";
import { formatDateTime, type MessageKey } from "../../worker/i18n";

const SHORT = 120;

/** History fields with a human label (the API keeps its field names). */
const LABELLED = [
  "segment", "organization", "speaker", "language", "title", "text", "deliveredOn", "proposals", "themes",
  "status", "publishedAt", "reasonCode", "reason", "publicNote", "documentPublic",
] as const;

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function fieldLabel(t: T, field: string): string {
  const proposal = /^proposals\.(\d+)\.themes$/.exec(field);
  if (proposal) return t("moderation.field.proposalThemes", { n: Number(proposal[1]) });
  return (LABELLED as readonly string[]).includes(field) ? t(`moderation.field.${field as (typeof LABELLED)[number]}`) : t("moderation.field.other", { field });
}

/** A value as people read it: statuses, reason codes, themes and yes/no in the page's language. */
function show(t: T, locale: Parameters<typeof formatDateTime>[0], field: string, value: unknown, themeLabels: Record<string, string>): string {
  const empty = t("moderation.empty-value");
  if (value === null || value === undefined || value === "") return empty;
  if (field === "documentPublic" && typeof value === "boolean") return t(value ? "moderation.documentPublic.true" : "moderation.documentPublic.false");
  if (field === "status" && typeof value === "string" && (STATUSES as readonly string[]).includes(value)) return t(`status.${value as (typeof STATUSES)[number]}`);
  if (field === "reasonCode" && typeof value === "string" && ([...REASON_CODES, "takedown-request"] as readonly string[]).includes(value)) {
    return t(`moderation.reason.${value as (typeof REASON_CODES)[number] | "takedown-request"}`);
  }
  if (field === "publishedAt" && typeof value === "string") return formatDateTime(locale, value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.length ? value.map((slug) => themeLabels[slug] ?? slug).join(", ") : empty;
  if (field === "proposals" && Array.isArray(value)) return value.map((p: { text?: string }) => p.text ?? "").join("\n");
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One changed field, shortened: long texts show their lengths, the full values are in the API. */
function Change(props: { field: string; from: unknown; to: unknown; themeLabels: Record<string, string> }) {
  const { locale, t } = useI18n();
  const field = fieldLabel(t, props.field);
  const from = show(t, locale, props.field, props.from, props.themeLabels);
  const to = show(t, locale, props.field, props.to, props.themeLabels);
  // Long texts by their length; lists of themes are always named.
  const strings = (x: unknown) => Array.isArray(x) && x.every((y) => typeof y === "string");
  const isList = strings(props.from) || strings(props.to);
  if (!isList && (from.length > SHORT || to.length > SHORT)) {
    return <li>{t("moderation.textChanged", { field, from: from.length, to: to.length })}</li>;
  }
  return <li>{t("moderation.changed", { field, from, to })}</li>;
}

/** Only fields whose value really changed (events written before this rule may list others). */
function realChanges(changes: HistoryItem["changes"]) {
  return Object.entries(changes).filter(([, c]) => JSON.stringify(c.from) !== JSON.stringify(c.to));
}

/** The append-only history, oldest first. */
export function HistoryTimeline(props: { items: HistoryItem[]; themeLabels?: Record<string, string> }) {
  const { locale, t } = useI18n();
  const labels = props.themeLabels ?? {};
  return (
    <section aria-labelledby="history-h" class="history">
      <h2 id="history-h">{t("moderation.history")}</h2>
      {props.items.length === 0 ? (
        <p>{t("moderation.historyEmpty")}</p>
      ) : (
        <ol class="timeline">
          {props.items.map((e) => {
            const changes = realChanges(e.changes);
            return (
              <li>
                <p>
                  <strong>{t(`moderation.event.${e.action}`)}</strong> — <time datetime={e.at}>{formatDateTime(locale, e.at)}</time> —{" "}
                  {t("moderation.by", { email: e.actor.email, role: t(`moderation.role.${e.actor.role as "submitter" | "moderator" | "admin" | "system"}`) })}
                </p>
                {changes.length ? (
                  <ul class="changes">
                    {changes.map(([field, c]) => (
                      <Change field={field} from={c.from} to={c.to} themeLabels={labels} />
                    ))}
                  </ul>
                ) : null}
                {e.note && e.action === "corrected" ? <p class="hint">{t("moderation.eventNote", { note: e.note })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
