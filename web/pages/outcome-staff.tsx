import type { Candidate } from "../../worker/domain/outcome-match";
import { outcomePath } from "../../worker/domain/outcomes";
import { ErrorSummary, FieldError, Notice, TextInput, fieldId, type Errors } from "../components/form";
import { useI18n } from "../context";
import { formatDate } from "../../worker/i18n";

export type StaffProposal = { reference: string; number: number; text: string; organization: string; candidates: Candidate[]; linked: string[] };
export type UploadValues = { title: string; publishedOn: string; url: string };
export type OutcomeStaffProps = {
  segment: { slug: string; title: string };
  outcome: { title: string; publishedOn: string; paragraphs: { number: string; text: string }[] } | null;
  proposals: StaffProposal[];
  upload: { values: UploadValues; errors: Errors };
  notice?: string;
};

/** The field name of a proposal's choice: `link.CD-7K3M-Q9XA.2`. */
export const choiceName = (reference: string, number: number) => `link.${reference}.${number}`;
export const otherName = (reference: string, number: number) => `other.${reference}.${number}`;

const excerpt = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}…` : text);

/** /moderation/outcomes: every segment with whether its summary is attached and how many links it has. */
export function OutcomeIndexPage(props: { segments: { slug: string; title: string; paragraphs: number | null; links: number }[] }) {
  const { t } = useI18n();
  return (
    <section>
      <p class="breadcrumb">
        <a href="/moderation">{t("moderation.title")}</a>
      </p>
      <h1>{t("outcome.staff.index.title")}</h1>
      <p>{t("outcome.staff.index.intro")}</p>
      <ul class="outcome-index">
        {props.segments.map((s) => (
          <li>
            <a href={`/moderation/outcomes/${s.slug}`}>{s.title}</a>
            {t("list.separator")}
            {s.paragraphs === null ? t("outcome.staff.index.missing") : t("outcome.staff.index.attached", { paragraphs: s.paragraphs, links: s.links })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One proposal: its text and, as radio buttons, the suggested paragraphs with their text side by side. */
function ProposalChoice(props: { p: StaffProposal; paragraphs: Map<string, string>; labels: string[] }) {
  const { t } = useI18n();
  const p = props.p;
  const name = choiceName(p.reference, p.number);
  const legendId = `legend-${p.reference}-${p.number}`;
  const suggested = p.candidates.slice(0, 3);
  const options = [...suggested.map((c) => c.paragraph), ...p.linked.filter((l) => !suggested.some((c) => c.paragraph === l))];
  const single = p.linked.length === 1 ? p.linked[0] : null;
  const other = otherName(p.reference, p.number);
  return (
    <fieldset class="outcome-choice">
      <legend id={legendId}>{t("outcome.staff.proposal", { reference: p.reference, number: p.number, organization: p.organization })}</legend>
      <div class="outcome-side-by-side">
        <blockquote class="proposal-text" dir="auto">
          {p.text}
        </blockquote>
        <div class="choices">
          {p.linked.length > 1 ? (
            <label class="choice">
              <input type="radio" name={name} value="=keep" checked />
              {t("outcome.staff.keep", { paragraphs: p.linked.join(t("list.separator")) })}
            </label>
          ) : null}
          {options.map((number) => {
            const candidate = suggested.find((c) => c.paragraph === number);
            return (
              <label class="choice">
                <input type="radio" name={name} value={number} checked={single === number} />
                <strong>{candidate ? t("outcome.staff.suggested", { paragraph: number }) : t("outcome.staff.linked", { paragraph: number })}</strong>
                {candidate?.why.length ? <span class="why"> {t("outcome.staff.why", { terms: candidate.why.slice(0, 5).join(t("list.separator")) })}</span> : null}
                <span class="paragraph-text" dir="auto">
                  {excerpt(props.paragraphs.get(number) ?? "")}
                </span>
              </label>
            );
          })}
          <label class="choice">
            <input type="radio" name={name} value="" checked={false} />
            {t("outcome.staff.notReflected")}
          </label>
          <label class="choice">
            <input type="radio" name={name} value="=other" />
            {t("outcome.staff.other")}{" "}
          </label>
          <select name={other} aria-label={t("outcome.staff.otherSelect", { reference: p.reference, number: p.number })}>
            <option value="">—</option>
            {props.labels.map((l) => (
              <option value={l}>{l}</option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

/** /moderation/outcomes/{slug}: the summary (attach or replace) and one form linking every published proposal. */
export function OutcomeStaffPage(props: OutcomeStaffProps) {
  const { locale, t } = useI18n();
  const o = props.outcome;
  const { values, errors } = props.upload;
  const paragraphs = new Map((o?.paragraphs ?? []).map((p) => [p.number, p.text]));
  const fileId = fieldId("file");
  return (
    <section>
      <p class="breadcrumb">
        <a href="/moderation/outcomes">{t("outcome.staff.index.title")}</a>
      </p>
      <h1>{t("outcome.staff.title", { segment: props.segment.title })}</h1>
      <Notice text={props.notice} />
      <ErrorSummary errors={errors} />
      <section aria-labelledby="document-h">
        <h2 id="document-h">{t("outcome.staff.document")}</h2>
        {o ? (
          <p>
            {t("outcome.staff.current", { title: o.title, date: formatDate(locale, o.publishedOn), count: o.paragraphs.length })}{" "}
            <a href={outcomePath(props.segment.slug)}>{t("outcome.staff.publicPage")}</a>
          </p>
        ) : (
          <p>{t("outcome.staff.none")}</p>
        )}
        <form method="post" action={`/moderation/outcomes/${props.segment.slug}/document`} enctype="multipart/form-data">
          <div class={errors.file ? "field has-error" : "field"}>
            <label for={fileId}>{t("outcome.staff.file")}</label>
            <FieldError id={fileId} message={errors.file} />
            <input
              type="file"
              id={fileId}
              name="file"
              accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              required
              aria-describedby={errors.file ? `${fileId}-error` : undefined}
              aria-invalid={errors.file ? "true" : undefined}
            />
          </div>
          <TextInput name="title" label={t("outcome.staff.titleField")} value={values.title} errors={errors} maxlength={300} />
          <TextInput name="publishedOn" label={t("outcome.staff.dateField")} value={values.publishedOn} errors={errors} maxlength={10} />
          <TextInput name="url" label={t("outcome.staff.urlField")} value={values.url} errors={errors} type="url" maxlength={2000} />
          {o ? <p class="hint">{t("outcome.staff.replaceHint")}</p> : null}
          <button type="submit">{o ? t("outcome.staff.replace") : t("outcome.staff.attach")}</button>
        </form>
      </section>
      {o ? (
        <section aria-labelledby="links-h">
          <h2 id="links-h">{t("outcome.staff.links")}</h2>
          <p>{t("outcome.staff.linksHelp")}</p>
          {props.proposals.length === 0 ? (
            <p>{t("outcome.staff.noProposals")}</p>
          ) : (
            <form method="post" action={`/moderation/outcomes/${props.segment.slug}`}>
              {props.proposals.map((p) => (
                <ProposalChoice p={p} paragraphs={paragraphs} labels={[...paragraphs.keys()]} />
              ))}
              <button type="submit">{t("outcome.staff.save")}</button>
            </form>
          )}
        </section>
      ) : null}
    </section>
  );
}
