import { diffWords } from "diff";
import { useI18n } from "../context";

/** Beyond this many edits two texts are not "the same letter with changes": the member's text is shown whole instead. */
const MAX_EDIT_LENGTH = 400;

/** What `text` changed against `base`, word by word: added words in <ins>, removed ones in <del> (each also labelled for screen readers). */
export function WordDiff(props: { base: string; text: string }) {
  const { t } = useI18n();
  if (props.base === props.text) return <p class="muted">{t("campaign.same")}</p>;
  const parts = diffWords(props.base, props.text, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) return <div class="statement-text">{props.text}</div>;
  return (
    <div class="statement-text word-diff">
      {parts.map((p) =>
        p.added ? (
          <ins>
            <span class="visually-hidden">[{t("campaign.added")}: </span>
            {p.value}
            <span class="visually-hidden">]</span>
          </ins>
        ) : p.removed ? (
          <del>
            <span class="visually-hidden">[{t("campaign.removed")}: </span>
            {p.value}
            <span class="visually-hidden">]</span>
          </del>
        ) : (
          p.value
        ),
      )}
    </div>
  );
}
