/** @jsxImportSource react */
import { Button, Heading, Link, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

export type CoSignInvitationProps = {
  locale: Locale;
  /** The author organization as its statement names it ("Freedom Network (FNE)"). */
  organization: string;
  /** The co-signing organization this address is asked to confirm for. */
  coSigner: string;
  title: string;
  text: string;
  proposals: string[];
  /** `/cosign/{token}`: the statement, confirm, decline, and "stop all invitations". */
  url: string;
};

export function coSignInvitationSubject(p: CoSignInvitationProps): string {
  return t(p.locale, "email.cosign.subject", { organization: p.organization });
}

export function CoSignInvitationEmail(p: CoSignInvitationProps) {
  return (
    <EmailLayout preview={coSignInvitationSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{coSignInvitationSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.cosign.intro", { organization: p.organization, coSigner: p.coSigner })}</Text>
      <Button href={p.url} style={styles.button}>
        {t(p.locale, "email.cosign.button")}
      </Button>
      <Text style={styles.paragraph}>
        <Link href={p.url}>{p.url}</Link>
      </Text>
      <Text style={styles.label}>{t(p.locale, "email.receipt.title")}</Text>
      <Text style={{ ...styles.value, unicodeBidi: "plaintext" }}>{p.title}</Text>
      <Text style={styles.label}>{t(p.locale, "email.cosign.text")}</Text>
      {p.text.split(/\n{2,}/).map((para) => (
        <Text style={{ ...styles.paragraph, unicodeBidi: "plaintext", whiteSpace: "pre-wrap" }}>{para}</Text>
      ))}
      {p.proposals.length > 0 ? (
        <>
          <Text style={styles.label}>{t(p.locale, "email.cosign.proposals")}</Text>
          {p.proposals.map((text, i) => (
            <Text style={{ ...styles.paragraph, unicodeBidi: "plaintext" }}>
              {i + 1}. {text}
            </Text>
          ))}
        </>
      ) : null}
      <Text style={styles.paragraph}>{t(p.locale, "email.cosign.why")}</Text>
      <Text style={styles.paragraph}>{t(p.locale, "email.cosign.stop")}</Text>
    </EmailLayout>
  );
}
