import type { Segment } from "../../worker/db/segments";
import { nextStatus } from "../../worker/domain/status";
import { AFTER_PUBLICATION_DECISIONS, REVIEW_DECISIONS } from "../../worker/domain/moderation";
import type { QueueItem } from "../../worker/services/moderation";
import { DecisionFields } from "../components/decision-fields";
import { ErrorSummary, fieldId, Select, TextArea, TextInput, type Errors } from "../components/form";
import { ChosenThemes } from "./moderation-after";
import { useI18n } from "../context";
import { segmentChoice } from "../../worker/i18n/taxonomy";

// The two forms of a moderation review page: staff edits and tags, and the decision.

export type EditValues = { version: string; segment: string; title: string; text: string; proposals: { text: string; themes: string[] }[]; themes: string[]; correctionNote?: string };
export type DecisionValues = { version: string; action: string; reasonCode: string; reason: string; publicNote?: string };

export function editValuesOf(item: QueueItem): EditValues {
  return {
    version: String(item.version),
    segment: item.segment.slug,
    title: item.title,
    text: item.text,
    proposals: item.proposals.map((p) => ({ text: p.text, themes: p.themes })),
    themes: item.themes,
  };
}

export function EditForm(props: { item: QueueItem; segments: Segment[]; themes: { slug: string; label: string }[]; edit: { values: EditValues; errors: Errors } }) {
  const { locale, t } = useI18n();
  const { values, errors } = props.edit;
  const s = props.item;
  // After publication the same form corrects the statement, with the note readers will see.
  const correcting = s.status === "published" || s.status === "unpublished";
  return (
    <section aria-labelledby="edit-h" class="edit">
      <h2 id="edit-h">{t(correcting ? "moderation.correctionEdit" : "moderation.edit")}</h2>
      <p class="hint">{t(correcting ? "moderation.correctionNoteHint" : "moderation.editHint")}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={`/moderation/${s.reference}/edit`}>
        <input type="hidden" name="version" value={values.version} />
        {correcting ? (
          <TextArea name="correctionNote" label={t("moderation.correctionNote")} hint={t("moderation.correctionNoteHint")} value={values.correctionNote} errors={errors} rows={2} maxlength={2000} />
        ) : null}
        <Select name="segment" label={t("moderation.segment")} value={values.segment} errors={errors} options={props.segments.map((g) => ({ value: g.slug, label: segmentChoice(locale, g) }))} />
        <TextInput name="title" label={t("submit.statementTitle")} value={values.title} errors={errors} maxlength={300} />
        <TextArea name="text" label={t("submit.text")} value={values.text} errors={errors} rows={12} />
        {values.proposals.map((p, i) => (
          <fieldset class="proposal-box" id={fieldId(`proposals.${i}`)}>
            <legend>{t("moderation.proposal", { n: i + 1 })}</legend>
            <TextArea name={`proposals.${i}.text`} label={t("moderation.proposalText", { n: i + 1 })} value={p.text} errors={errors} rows={3} />
            <ChosenThemes name={`proposals.${i}.themes`} legend={t("moderation.proposalThemes", { n: i + 1 })} themes={props.themes} selected={p.themes} errors={errors} />
          </fieldset>
        ))}
        <ChosenThemes name="themes" legend={t("moderation.statementThemes")} themes={props.themes} selected={values.themes} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary">
            {t("moderation.save")}
          </button>
        </div>
      </form>
    </section>
  );
}

export function DecisionForm(props: { item: QueueItem; decision: { values: DecisionValues; errors: Errors } }) {
  const { t } = useI18n();
  const { values, errors } = props.decision;
  const s = props.item;
  // From the mildest to the most final decision; after publication, unpublish or publish again.
  const allowed = [...REVIEW_DECISIONS, ...AFTER_PUBLICATION_DECISIONS].filter((d) => nextStatus(s.status, d) !== null);
  const after = s.status === "published" || s.status === "unpublished";
  if (allowed.length === 0) {
    return (
      <section aria-labelledby="decision-h" class="decide">
        <h2 id="decision-h">{t("moderation.decision")}</h2>
        <p class="notice">{t("moderation.awaitingChanges")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="decision-h" class="decide">
      <h2 id="decision-h">{t(after ? "moderation.afterPublication" : "moderation.decision")}</h2>
      {after ? <p class="hint">{t("moderation.afterPublicationHint")}</p> : null}
      <ErrorSummary errors={errors} />
      <form method="post" action={`/moderation/${s.reference}/decision`}>
        <input type="hidden" name="version" value={values.version} />
        <DecisionFields actions={allowed} values={values} errors={errors} reasonRows={4} afterPublication={after} />
        <div class="actions">
          <button type="submit" class="primary">
            {t("moderation.decide")}
          </button>
        </div>
      </form>
    </section>
  );
}
