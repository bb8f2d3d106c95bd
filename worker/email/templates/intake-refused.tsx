/** @jsxImportSource react */
import { Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import type { Localizable } from "../../i18n/messages";
import { EmailLayout, styles } from "./layout";

/** Why an emailed statement was not saved (API.md "Submitting by email"). */
export type IntakeRefusal =
  | { why: "noStatement" }
  | { why: "tooLarge" }
  | { why: "tooManyAttachments"; max: number }
  | { why: "unreadable"; filename: string; detail: Localizable };

export type IntakeRefusedProps = { locale: Locale; address: string; refusal: IntakeRefusal; submitUrl: string };

export function intakeRefusedSubject(p: IntakeRefusedProps): string {
  return t(p.locale, "email.intake.refused.subject");
}

function reason(locale: Locale, r: IntakeRefusal): string {
  switch (r.why) {
    case "noStatement":
      return t(locale, "email.intake.refused.noStatement");
    case "tooLarge":
      return t(locale, "email.intake.refused.tooLarge");
    case "tooManyAttachments":
      return t(locale, "email.intake.refused.tooManyAttachments", { max: r.max });
    case "unreadable":
      return t(locale, "email.intake.refused.unreadable", { filename: r.filename, reason: t(locale, r.detail.key, r.detail.vars) });
  }
}

export function IntakeRefusedEmail(p: IntakeRefusedProps) {
  return (
    <EmailLayout preview={intakeRefusedSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{intakeRefusedSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.intake.refused.intro", { address: p.address })}</Text>
      <Text style={{ ...styles.paragraph, fontWeight: 600 }}>{reason(p.locale, p.refusal)}</Text>
      <Text style={styles.paragraph}>
        {t(p.locale, "email.intake.refused.retry")} <Link href={p.submitUrl}>{p.submitUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
