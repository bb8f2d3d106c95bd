/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, formatDateTime, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

/** The one reminder an owner gets when a segment closes within 48 hours: their drafts and statements waiting for changes. */
export type ReminderProps = {
  locale: Locale;
  segmentTitle: string;
  closesAt: string;
  items: { reference: string; title: string | null; status: "draft" | "changes_requested" }[];
  /** The owner's list of submissions (`/my/submissions`). */
  url: string;
};

export function reminderSubject(p: ReminderProps): string {
  return t(p.locale, "reminder.subject", { segment: p.segmentTitle, date: formatDateTime(p.locale, p.closesAt) });
}

export function ReminderEmail(p: ReminderProps) {
  const date = formatDateTime(p.locale, p.closesAt);
  return (
    <EmailLayout preview={reminderSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{reminderSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "reminder.intro", { segment: p.segmentTitle, date })}</Text>
      {p.items.map((item) => (
        <Text style={styles.paragraph} key={item.reference}>
          <strong style={{ fontFamily: "monospace" }}>{item.reference}</strong> — {item.title ?? t(p.locale, "reminder.untitled")} ({t(p.locale, item.status === "draft" ? "reminder.draft" : "reminder.changes")})
        </Text>
      ))}
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "reminder.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
      <Text style={styles.paragraph}>{t(p.locale, "reminder.once")}</Text>
    </EmailLayout>
  );
}
