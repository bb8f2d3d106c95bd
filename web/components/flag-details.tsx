import type { PiiFinding } from "../../worker/domain/pii";
import type { CampaignRef, Duplicate } from "../../worker/services/flags";
import { useI18n } from "../context";

/** Pieces of `text` with each occurrence of a personal-data value marked (longest values first; overlaps are not marked twice). */
export function markedPieces(text: string, values: readonly string[]): { text: string; mark: boolean }[] {
  const ranges: [number, number][] = [];
  for (const value of [...new Set(values)].filter((x) => x.trim().length > 1).sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
      const end = at + value.length;
      if (!ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: { text: string; mark: boolean }[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s > pos) out.push({ text: text.slice(pos, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

/** The statement's text with its personal data in <mark> (the moderator sees where, not only what). */
export function PiiText(props: { text: string; pii: readonly PiiFinding[]; class?: string }) {
  return (
    <div class={props.class ?? "statement-text as-submitted"}>
      {markedPieces(
        props.text,
        props.pii.map((f) => f.value),
      ).map((p) => (p.mark ? <mark class="pii">{p.text}</mark> : p.text))}
    </div>
  );
}

export const percent = (similarity: number) => Math.round(similarity * 100);

/** Each possible duplicate with its title, organization and similarity, a link to it and to the side-by-side comparison. */
export function DuplicateList(props: { reference: string; duplicates: readonly Duplicate[] }) {
  const { t } = useI18n();
  return (
    <ul class="duplicates">
      {props.duplicates.map((d) => (
        <li>
          <a href={`/moderation/${d.reference}`} class="reference">
            {d.reference}
          </a>{" "}
          <span dir="auto">{d.title}</span> — <span dir="auto">{d.organization}</span> · {t("flags.similarity", { percent: percent(d.similarity) })} ·{" "}
          <a href={`/moderation/${props.reference}/compare/${d.reference}`}>{t("flags.compare")}</a>
        </li>
      ))}
    </ul>
  );
}

/** The link from a submission to its campaign's page. */
export function CampaignLink(props: { campaign: CampaignRef | null }) {
  const { t } = useI18n();
  if (!props.campaign) return null;
  return (
    <p class="campaign-link">
      <a href={`/moderation/campaigns/${props.campaign.id}`}>{t("campaign.partOf", { count: props.campaign.size })}</a>
    </p>
  );
}
