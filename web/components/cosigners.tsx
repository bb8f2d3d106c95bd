import type { CoSignerView } from "../../worker/db/cosigners";
import { coSignerCounts } from "../../worker/domain/cosign";
import { useI18n } from "../context";
import { organizationLabel } from "../format";
import { countryName } from "../pages/archive-parts";
import { DataTable } from "./data-table";

/** "3 of 5 co-signers confirmed"; nothing for a statement without co-signers. */
export function CoSignerCount(props: { coSigners: CoSignerView[] }) {
  const { t } = useI18n();
  if (props.coSigners.length === 0) return null;
  const { total, confirmed } = coSignerCounts(props.coSigners);
  return <span class="cosigner-count">{t("cosigners.count", { confirmed, total })}</span>;
}

/** Each co-signer with its contact, its answer and its invitation: for the statement's owner and staff only. */
export function CoSignersSection(props: { coSigners: CoSignerView[] }) {
  const { locale, t } = useI18n();
  if (props.coSigners.length === 0) return null;
  return (
    <section aria-labelledby="cosigners-h">
      <h2 id="cosigners-h">{t("cosigners.heading")}</h2>
      <p>
        <CoSignerCount coSigners={props.coSigners} />
      </p>
      <DataTable
        class="cosigners"
        headers={[t("cosigners.col.organization"), t("cosigners.col.country"), t("cosigners.col.email"), t("cosigners.col.state"), t("cosigners.col.invitation")]}
      >
        {props.coSigners.map((c) => (
          <tr>
            <td dir="auto">{organizationLabel(c)}</td>
            <td>{countryName(locale, c.country)}</td>
            <td>
              <bdi>{c.email}</bdi>
            </td>
            <td class={`cosign-state cosign-${c.state}`}>{t(`cosigners.state.${c.state}`)}</td>
            <td>{t(`cosigners.invitation.${c.invitation}`)}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
