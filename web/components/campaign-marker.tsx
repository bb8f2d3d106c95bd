import type { PublishedCampaign } from "../../worker/db/campaign-public";
import { useI18n } from "../context";

/** On a statement page: "one of N statements with this text", linking to the others and to all of them in the archive. */
export function CampaignMarker(props: { campaign: PublishedCampaign | null }) {
  const { t } = useI18n();
  const k = props.campaign;
  if (!k) return null;
  return (
    <aside class="campaign-marker" aria-labelledby="campaign-marker-h">
      <h2 id="campaign-marker-h">{t("campaign.marker", { count: k.size })}</h2>
      <details>
        <summary>{t("campaign.markerOthers")}</summary>
        <ul>
          {k.others.map((o) => (
            <li>
              <a href={`/statements/${o.reference}`} dir="auto">
                {o.title}
              </a>{" "}
              — <span dir="auto">{o.organization}</span>
            </li>
          ))}
        </ul>
      </details>
      <p>
        <a href={`/statements?campaign=${k.id}`}>{t("campaign.markerAll", { count: k.size })}</a>
      </p>
    </aside>
  );
}

/** In a list of results: the same marker, as one line. */
export function CampaignNote(props: { campaign: { id: string; size: number } | null | undefined }) {
  const { t } = useI18n();
  if (!props.campaign) return null;
  return (
    <p class="campaign-note">
      <a href={`/statements?campaign=${props.campaign.id}`}>{t("campaign.marker", { count: props.campaign.size })}</a>
    </p>
  );
}
