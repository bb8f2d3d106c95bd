/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

export type SignInProps = { locale: Locale; url: string };

export function signInSubject(p: SignInProps): string {
  return t(p.locale, "email.signIn.subject");
}

export function SignInEmail(p: SignInProps) {
  return (
    <EmailLayout preview={t(p.locale, "email.signIn.intro")} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{t(p.locale, "email.signIn.subject")}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.signIn.intro")}</Text>
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.signIn.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
      <Text style={styles.paragraph}>{t(p.locale, "email.signIn.ignore")}</Text>
    </EmailLayout>
  );
}
