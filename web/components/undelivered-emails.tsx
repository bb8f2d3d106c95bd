import type { UndeliveredEmail } from "../../worker/db/outbox";
import { formatDateTime } from "../../worker/i18n";
import { useI18n } from "../context";
import { DataTable } from "./data-table";

/** On /admin: the emails past their last delivery attempt (newest first), with recipient, subject, last error and attempts. */
export function UndeliveredEmails(props: { total: number; items: UndeliveredEmail[]; maxAttempts: number }) {
  const { locale, t } = useI18n();
  return (
    <section aria-labelledby="undelivered-h" class="undelivered">
      <h2 id="undelivered-h">{t("admin.undelivered.heading")}</h2>
      {props.items.length === 0 ? (
        <p>{t("admin.undelivered.none")}</p>
      ) : (
        <>
          <p>{t("admin.undelivered.intro", { max: props.maxAttempts })}</p>
          <DataTable
            headers={[t("admin.undelivered.recipient"), t("admin.undelivered.subject"), t("admin.undelivered.error"), t("admin.undelivered.attempts"), t("admin.undelivered.queued")]}
          >
            {props.items.map((m) => (
              <tr>
                <td dir="ltr">{m.toEmail}</td>
                <td dir="auto">{m.subject}</td>
                <td dir="ltr">
                  <code>{m.lastError ?? ""}</code>
                </td>
                <td>{m.attempts}</td>
                <td>{formatDateTime(locale, m.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
          {props.total > props.items.length ? <p class="muted">{t("admin.undelivered.more", { count: props.total - props.items.length })}</p> : null}
        </>
      )}
    </section>
  );
}
