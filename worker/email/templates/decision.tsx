/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import type { Decision } from "../../domain/moderation";
import { EmailLayout, styles } from "./layout";

export type DecisionProps = {
  locale: Locale;
  reference: string;
  title: string;
  action: Decision;
  reason: string | null;
  /** After an unpublish: what readers of the statement's address see. */
  publicNote?: string | null;
  /** The submitter's own page of the submission (`/my/submissions/{reference}`). */
  url: string;
  /** The public statement page (`/statements/{reference}`): where a published statement is read. */
  publicUrl: string;
};

export function decisionSubject(p: DecisionProps): string {
  return t(p.locale, `email.decision.subject.${p.action}`, { reference: p.reference });
}

export function DecisionEmail(p: DecisionProps) {
  return (
    <EmailLayout preview={decisionSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{decisionSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, `email.decision.intro.${p.action}`)}</Text>
      <Text style={styles.label}>{t(p.locale, "email.receipt.title")}</Text>
      <Text style={styles.value}>{p.title}</Text>
      {p.reason ? (
        <>
          <Text style={styles.label}>{t(p.locale, "email.decision.reason")}</Text>
          <Text style={styles.paragraph}>{p.reason}</Text>
        </>
      ) : null}
      {p.publicNote ? (
        <>
          <Text style={styles.label}>{t(p.locale, "email.decision.publicNote")}</Text>
          <Text style={styles.paragraph}>{p.publicNote}</Text>
        </>
      ) : null}
      {p.action === "publish" || p.action === "republish" ? (
        <>
          <Button href={p.publicUrl} style={styles.button}>
            {t(p.locale, "email.decision.publicButton")}
          </Button>
          <Text style={styles.paragraph}>
            <Link href={p.publicUrl}>{p.publicUrl}</Link>
          </Text>
          <Text style={styles.paragraph}>
            {t(p.locale, "email.decision.ownPage")} <Link href={p.url}>{p.url}</Link>
          </Text>
        </>
      ) : (
        <>
          <Button href={p.url} style={styles.button}>
            {t(p.locale, "email.decision.button")}
          </Button>
          <Text style={styles.paragraph}>
            <Link href={p.url}>{p.url}</Link>
          </Text>
        </>
      )}
    </EmailLayout>
  );
}
