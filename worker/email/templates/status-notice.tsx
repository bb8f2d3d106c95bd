/** @jsxImportSource react */
import { t, type Locale } from "../../i18n";
import { ButtonLink, StatementEmail } from "./layout";

/** What the submitter did to their own statement, confirmed by email: a withdrawal or a resubmission. */
export type StatusNoticeProps = {
  locale: Locale;
  kind: "withdrawn" | "resubmitted";
  reference: string;
  title: string;
  /** The submitter's own page of the submission (`/my/submissions/{reference}`). */
  url: string;
};

export function statusNoticeSubject(p: StatusNoticeProps): string {
  return t(p.locale, `email.notice.subject.${p.kind}`, { reference: p.reference });
}

export function StatusNoticeEmail(p: StatusNoticeProps) {
  return (
    <StatementEmail locale={p.locale} subject={statusNoticeSubject(p)} intro={t(p.locale, `email.notice.intro.${p.kind}`)} title={p.title}>
      <ButtonLink href={p.url} label={t(p.locale, "email.decision.button")} />
    </StatementEmail>
  );
}
