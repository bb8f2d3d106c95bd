/** @jsxImportSource react */
import { Heading, Link, Section, Text } from "@react-email/components";
import { direction, t, type Locale } from "../../i18n";
import { EmailLayout, styles } from "./layout";

export type DigestItem = { title: string; url: string; organization: string; country: string; segment: string; date: string; excerpt: string; lang: string };
export type DigestProps = { locale: Locale; count: number; items: DigestItem[]; search: string[]; moreUrl: string; unsubscribeUrl: string };

export function digestSubject(p: DigestProps): string {
  return t(p.locale, "email.follow.digest.subject", { count: p.count });
}

/** New statements matching a followed search, with the search in words and the unsubscribe link. */
export function DigestEmail(p: DigestProps) {
  return (
    <EmailLayout preview={digestSubject(p)} lang={p.locale} dir={direction(p.locale)} footer={t(p.locale, "email.footer")}>
      <Heading style={styles.heading}>{digestSubject(p)}</Heading>
      <Text style={styles.paragraph}>{t(p.locale, "email.follow.digest.intro")}</Text>
      {(p.search.length ? p.search : [t(p.locale, "follow.everything")]).map((line) => (
        <Text key={line} style={styles.label}>
          {line}
        </Text>
      ))}
      {p.items.map((item) => (
        <Section key={item.url}>
          <Text style={styles.value}>
            <Link href={item.url} lang={item.lang} dir="auto">
              {item.title}
            </Link>
          </Text>
          <Text style={styles.label}>
            {t(p.locale, "email.follow.digest.by", { organization: item.organization, country: item.country, segment: item.segment, date: item.date })}
          </Text>
          <Text style={styles.paragraph} lang={item.lang} dir="auto">
            {item.excerpt}
          </Text>
        </Section>
      ))}
      <Text style={styles.paragraph}>
        <Link href={p.moreUrl}>{t(p.locale, "email.follow.digest.more")}</Link>
      </Text>
      <Text style={styles.label}>
        {t(p.locale, "email.follow.unsubscribe")} <Link href={p.unsubscribeUrl}>{p.unsubscribeUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
