/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

export type ReceiptProps = { locale: Locale; reference: string; segmentTitle: string; title: string; url: string };

export function receiptSubject(p: ReceiptProps): string {
  return t(p.locale, "email.receipt.subject", { reference: p.reference });
}

export function ReceiptEmail(p: ReceiptProps) {
  return (
    <EmailLayout preview={receiptSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{t(p.locale, "email.receipt.intro")}</Heading>
      <Text style={styles.label}>{t(p.locale, "email.receipt.reference")}</Text>
      <Text style={{ ...styles.value, fontFamily: "monospace", fontSize: "18px" }}>{p.reference}</Text>
      <Text style={styles.label}>{t(p.locale, "email.receipt.segment")}</Text>
      <Text style={styles.value}>{p.segmentTitle}</Text>
      <Text style={styles.label}>{t(p.locale, "email.receipt.title")}</Text>
      <Text style={styles.value}>{p.title}</Text>
      <Text style={styles.paragraph}>{t(p.locale, "email.receipt.next")}</Text>
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.receipt.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
    </EmailLayout>
  );
}
