/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

/** The reply to a statement sent by email and saved as a draft: what was read, and the link that signs in to it. */
export type IntakeDraftProps = {
  locale: Locale;
  reference: string;
  /** The attachment's file name, or null when the statement was the text of the email. */
  readFrom: string | null;
  segmentTitle: string | null;
  organization: string | null;
  speaker: string | null;
  proposals: string[];
  /** Attachments that were not read (not PDF, DOCX or text). */
  ignored: number;
  /** `/auth/verify?token=…&next=<the draft>`: signs in once and opens the draft. */
  url: string;
  /** The sign-in page leading to the draft, for when the link has been used or has expired. */
  signInUrl: string;
};

export function intakeDraftSubject(p: IntakeDraftProps): string {
  return t(p.locale, "email.intake.draft.subject", { reference: p.reference });
}

/** A proposal in the email: its first 200 characters. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199).trimEnd()}…` : flat;
}

export function IntakeDraftEmail(p: IntakeDraftProps) {
  const notFound = t(p.locale, "email.intake.draft.notFound");
  return (
    <EmailLayout preview={intakeDraftSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{t(p.locale, "email.intake.draft.intro")}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.intake.draft.notSubmitted")}</Text>
      <Text style={styles.label}>{t(p.locale, "email.intake.draft.reference")}</Text>
      <Text style={{ ...styles.value, fontFamily: "monospace", fontSize: "18px" }}>{p.reference}</Text>
      <Text style={styles.label}>{t(p.locale, "email.intake.draft.readFrom")}</Text>
      <Text style={styles.value}>{p.readFrom ?? t(p.locale, "email.intake.draft.body")}</Text>
      <Text style={styles.label}>{t(p.locale, "email.intake.draft.segment")}</Text>
      <Text style={styles.value}>{p.segmentTitle ?? t(p.locale, "email.intake.draft.noSegment")}</Text>
      <Text style={styles.label}>{t(p.locale, "email.intake.draft.organization")}</Text>
      <Text style={styles.value}>{p.organization ?? notFound}</Text>
      <Text style={styles.label}>{t(p.locale, "email.intake.draft.speaker")}</Text>
      <Text style={styles.value}>{p.speaker ?? notFound}</Text>
      <Text style={styles.label}>{t(p.locale, "email.intake.draft.proposals")}</Text>
      <Text style={styles.value}>
        {p.proposals.length > 0 ? t(p.locale, "email.intake.draft.proposalCount", { count: p.proposals.length }) : t(p.locale, "email.intake.draft.noProposals")}
      </Text>
      {p.proposals.map((text, i) => (
        <Text key={i} style={styles.paragraph}>
          {`${i + 1}. ${excerpt(text)}`}
        </Text>
      ))}
      {p.ignored > 0 ? <Text style={styles.paragraph}>{t(p.locale, "email.intake.draft.ignored", { count: p.ignored })}</Text> : null}
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.intake.draft.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
      <Text style={styles.paragraph}>
        {t(p.locale, "email.intake.draft.link")} <Link href={p.signInUrl}>{p.signInUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
