/** @jsxImportSource react */
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { direction, t, type Locale } from "../../i18n";

const main = { backgroundColor: "#f4f6f8", fontFamily: "-apple-system, 'Segoe UI', Roboto, Arial, sans-serif", color: "#1b1f24" };
const container = { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px 32px", maxWidth: "560px", borderTop: "4px solid #0b5394" };
const brand = { fontSize: "14px", fontWeight: 700, color: "#0b5394", margin: "0 0 16px" };
const footer = { fontSize: "12px", color: "#5a6470" };

/** The one layout every email shares: brand line, content, footer. */
export function EmailLayout(props: { preview: string; lang: string; dir: "ltr" | "rtl"; footer: string; children: ReactNode }) {
  return (
    <Html lang={props.lang} dir={props.dir}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={main}>
        <Container style={container}>
          <Text style={brand}>UNODC · Constructive Dialogue Portal</Text>
          <Section>{props.children}</Section>
          <Hr />
          <Text style={footer}>{props.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export const styles = {
  heading: { fontSize: "20px", margin: "0 0 12px" },
  paragraph: { fontSize: "15px", lineHeight: "22px" },
  button: { backgroundColor: "#0b5394", color: "#ffffff", padding: "10px 18px", borderRadius: "4px", textDecoration: "none", display: "inline-block" },
  label: { fontSize: "12px", color: "#5a6470", margin: "8px 0 0", textTransform: "uppercase" as const },
  value: { fontSize: "15px", margin: "0 0 4px", fontWeight: 600 },
};

/** A button and, under it, the same address to copy (the plain text prints it once: see `render.ts`). */
export function ButtonLink(props: { href: string; label: string }) {
  return (
    <>
      <Button href={props.href} style={styles.button}>
        {props.label}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={props.href}>{props.href}</Link>
      </Text>
    </>
  );
}

/**
 * An email about one of the submitter's statements (a decision, a withdrawal, a resubmission): the
 * subject as heading, one sentence, the statement's title, then what the email adds.
 */
export function StatementEmail(props: { locale: Locale; subject: string; intro: string; title: string; children: ReactNode }) {
  const { locale } = props;
  return (
    <EmailLayout preview={props.subject} lang={locale} dir={direction(locale)} footer={t(locale, "email.footer")}>
      <Heading style={styles.heading}>{props.subject}</Heading>
      <Text style={styles.paragraph}>{props.intro}</Text>
      <Text style={styles.label}>{t(locale, "email.receipt.title")}</Text>
      <Text style={styles.value}>{props.title}</Text>
      {props.children}
    </EmailLayout>
  );
}
