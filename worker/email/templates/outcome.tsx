/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { Fragment } from "react";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

export type OutcomeProps = {
  locale: Locale;
  segmentTitle: string;
  /** The summary page, `/segments/{slug}/outcome`. */
  outcomeUrl: string;
  /** The submitter's linked proposals, each with its paragraph's address on that page. */
  items: { reference: string; title: string; proposal: number; text: string; paragraph: string; url: string }[];
};

export function outcomeSubject(p: OutcomeProps): string {
  return t(p.locale, "email.outcome.subject", { segment: p.segmentTitle });
}

/** Sent once per outcome and submitter, when their first proposal is linked to a paragraph. */
export function OutcomeEmail(p: OutcomeProps) {
  return (
    <EmailLayout preview={outcomeSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{outcomeSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.outcome.intro", { segment: p.segmentTitle })}</Text>
      {p.items.map((item) => (
        <Fragment key={`${item.reference}:${item.proposal}:${item.paragraph}`}>
          <Text style={styles.label}>{t(p.locale, "email.outcome.item", { proposal: item.proposal, reference: item.reference, paragraph: item.paragraph })}</Text>
          <Text style={styles.paragraph}>
            {item.text} <Link href={item.url}>{t(p.locale, "email.outcome.paragraphLink", { paragraph: item.paragraph })}</Link>
          </Text>
        </Fragment>
      ))}
      <Button href={p.outcomeUrl} style={styles.button}>
        {t(p.locale, "email.outcome.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.outcomeUrl}>{p.outcomeUrl}</Link>
      </Text>
      <Text style={styles.paragraph}>{t(p.locale, "email.outcome.once")}</Text>
    </EmailLayout>
  );
}
