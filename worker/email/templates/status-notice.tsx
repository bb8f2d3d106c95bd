/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

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
    <EmailLayout preview={statusNoticeSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{statusNoticeSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, `email.notice.intro.${p.kind}`)}</Text>
      <Text style={styles.label}>{t(p.locale, "email.receipt.title")}</Text>
      <Text style={styles.value}>{p.title}</Text>
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.decision.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
    </EmailLayout>
  );
}
