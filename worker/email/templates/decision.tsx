/** @jsxImportSource react */
import { Link, Text } from "@react-email/components";
import { t, type Locale } from "../../i18n";
import type { Decision } from "../../domain/moderation";
import { ButtonLink, StatementEmail, styles } from "./layout";

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
  const published = p.action === "publish" || p.action === "republish";
  return (
    <StatementEmail locale={p.locale} subject={decisionSubject(p)} intro={t(p.locale, `email.decision.intro.${p.action}`)} title={p.title}>
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
      {published ? (
        <>
          <ButtonLink href={p.publicUrl} label={t(p.locale, "email.decision.publicButton")} />
          <Text style={styles.paragraph}>
            {t(p.locale, "email.decision.ownPage")} <Link href={p.url}>{p.url}</Link>
          </Text>
        </>
      ) : (
        <ButtonLink href={p.url} label={t(p.locale, "email.decision.button")} />
      )}
    </StatementEmail>
  );
}
