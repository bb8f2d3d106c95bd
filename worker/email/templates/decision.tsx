/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../../web/i18n";
import { EmailLayout, styles } from "./layout";

export type DecisionProps = {
  locale: Locale;
  reference: string;
  title: string;
  action: "publish" | "reject" | "request_changes";
  reason: string | null;
  url: string;
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
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.decision.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
    </EmailLayout>
  );
}
