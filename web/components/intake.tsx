import type { IntakeResult } from "../../worker/intake/index";
import { LEARNED } from "../../worker/intake/learned";
import type { ThemeMatch } from "../../worker/intake/themes";
import { useI18n } from "../context";
import { FieldError, fieldId, type Errors } from "./form";

/** What the review panel shows after a document was read. */
export type IntakeReview = {
  filename: string;
  proposals: number;
  removed: string[];
  pii: IntakeResult["pii"];
  why: { statement: ThemeMatch[]; proposals: ThemeMatch[][] };
};

/** The "Fill from a document" form: a plain multipart post, no JavaScript needed. */
export function IntakeUpload(props: { errors: Errors; again?: boolean }) {
  const { t } = useI18n();
  const id = fieldId("file");
  const error = props.errors.file;
  return (
    <section class="intake-upload" aria-labelledby="intake-title">
      <h2 id="intake-title">{t("intake.fill.title")}</h2>
      <p class="hint" id={`${id}-hint`}>
        {t("intake.fill.intro")}
      </p>
      <form method="post" action="/intake/extract" enctype="multipart/form-data">
        <div class={error ? "field has-error" : "field"}>
          <label for={id}>{t("intake.fill.file")}</label>
          <FieldError id={id} message={error} alert />
          <input
            type="file"
            id={id}
            name="file"
            required
            accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
            aria-invalid={error ? "true" : undefined}
          />
        </div>
        <button type="submit" class="secondary">
          {props.again ? t("intake.fill.again") : t("intake.fill.button")}
        </button>
      </form>
    </section>
  );
}

/** What was read, removed and flagged, shown above the pre-filled form for confirmation. */
export function IntakeReviewPanel(props: { review: IntakeReview; themeLabels: Record<string, string> }) {
  const { locale, t } = useI18n();
  const r = props.review;
  const label = (slug: string) => props.themeLabels[slug] ?? slug;
  const list = (terms: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(terms.map((term) => t("intake.review.quoted", { term })));
  // A learned suggestion's model words ("learned: …") are said apart, with where they were learned.
  const line = (m: ThemeMatch) => {
    const own = m.terms.filter((x) => !x.startsWith(LEARNED));
    const learned = m.terms.filter((x) => x.startsWith(LEARNED)).map((x) => x.slice(LEARNED.length));
    if (learned.length === 0) return t("intake.review.whyTerms", { theme: label(m.slug), terms: list(own) });
    const from = t(m.source === "reference" ? "intake.review.learnedReference" : "intake.review.learnedModerators", { terms: list(learned) });
    return own.length ? t("intake.review.whyLearned", { theme: label(m.slug), terms: list(own), learned: from }) : t("intake.review.whyTerms", { theme: label(m.slug), terms: from });
  };
  const why = (matches: ThemeMatch[]) => (
    <ul>
      {matches.map((m) => (
        <li>{line(m)}</li>
      ))}
    </ul>
  );
  return (
    <section class="intake-review notice" aria-labelledby="intake-review-title" tabindex={-1} id="intake-review">
      <h2 id="intake-review-title">{t("intake.review.title", { filename: r.filename })}</h2>
      <p>{t("intake.review.check")}</p>
      <p>{t("intake.review.attached")}</p>
      <p>{r.proposals > 0 ? t("intake.review.proposals", { count: r.proposals }) : t("intake.review.noProposals")}</p>
      <h3>{t("intake.review.pii")}</h3>
      {r.pii.length === 0 ? (
        <p>{t("intake.review.piiNone")}</p>
      ) : (
        <>
          <p class="hint">{t("intake.review.piiHint")}</p>
          <ul>
            {r.pii.map((p) => (
              <li>
                {t("intake.review.piiItem", { kind: t(`intake.pii.${p.kind}`), value: p.value })}
              </li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>{t("intake.review.removedCount", { label: t("intake.review.removed"), count: r.removed.length })}</summary>
        {r.removed.length === 0 ? (
          <p>{t("intake.review.nothingRemoved")}</p>
        ) : (
          <ul>
            {r.removed.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        )}
      </details>
      {r.why.statement.length > 0 ? (
        <details>
          <summary>{t("intake.review.why")}</summary>
          <h4>{t("intake.review.whyStatement")}</h4>
          {why(r.why.statement)}
          {r.why.proposals.map((matches, i) =>
            matches.length ? (
              <>
                <h4>{t("intake.review.whyProposal", { n: i + 1 })}</h4>
                {why(matches)}
              </>
            ) : null,
          )}
        </details>
      ) : null}
    </section>
  );
}

/** A short note above the form when the document is still attached (after a re-render). */
export function IntakeAttached(props: { filename: string }) {
  const { t } = useI18n();
  return (
    <p class="notice" role="status">
      <strong>{t("intake.review.title", { filename: props.filename })}</strong> {t("intake.review.attached")}
    </p>
  );
}
