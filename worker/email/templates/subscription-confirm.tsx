/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

export type SubscriptionConfirmProps = { locale: Locale; url: string; frequency: "daily" | "weekly"; search: string[] };

export function subscriptionConfirmSubject(p: SubscriptionConfirmProps): string {
  return t(p.locale, "email.follow.confirm.subject");
}

/** Double opt-in: nothing is sent to the address until this link is used. */
export function SubscriptionConfirmEmail(p: SubscriptionConfirmProps) {
  const lines = p.search.length ? p.search : [t(p.locale, "follow.everything")];
  return (
    <EmailLayout preview={subscriptionConfirmSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{subscriptionConfirmSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.follow.confirm.intro", { frequency: t(p.locale, `follow.frequency.${p.frequency}`) })}</Text>
      {lines.map((line) => (
        <Text key={line} style={styles.value}>
          {line}
        </Text>
      ))}
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.follow.confirm.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
      <Text style={styles.paragraph}>{t(p.locale, "email.follow.confirm.ignore")}</Text>
    </EmailLayout>
  );
}
