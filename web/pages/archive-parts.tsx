import { t, type Locale, type MessageKey } from "../../worker/i18n";
import { TOPICS } from "../../worker/domain/segment";
import { countryName as unCountryName } from "../../worker/domain/countries";
import { useI18n } from "../context";

/** Small pieces shared by the archive pages. */

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The API's snippet (escaped HTML with <mark>) as parts JSX can escape again: no raw HTML on pages. */
export function snippetParts(html: string): { text: string; mark: boolean }[] {
  const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
  return html.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    return m ? { text: unescape(m[1]!), mark: true } : { text: unescape(part), mark: false };
  });
}

export function Snippet(props: { html: string }) {
  return <p class="snippet" dir="auto">{snippetParts(props.html).map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</p>;
}

/** The UN's name of a country or territory in the page's language (worker/domain/countries.ts). */
export function countryName(locale: Locale, code: string): string {
  return unCountryName(code, locale);
}

export function languageName(locale: Locale, tag: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A working-group topic in the reader's language ("trafficking-in-persons" → "Trafficking in persons"). */
export function topicLabel(locale: Locale, topic: string): string {
  return (TOPICS as readonly string[]).includes(topic) ? t(locale, `archive.topic.${topic}` as MessageKey) : topic.replace(/-/g, " ");
}

/** "a, b and c" with the locale's separators and conjunction. */
export function listLabel(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

/** Theme pills; with `max`, the first `max` and a "+N" pill linking to `moreHref` (result cards stay short). */
export function ThemeChips(props: { themes: string[]; labels: Record<string, string>; max?: number; moreHref?: string }) {
  const { t } = useI18n();
  if (props.themes.length === 0) return null;
  const shown = props.max !== undefined && props.themes.length > props.max ? props.themes.slice(0, props.max) : props.themes;
  const more = props.themes.length - shown.length;
  return (
    <ul class="chips">
      {shown.map((slug) => (
        <li>
          <a class="chip" href={`/themes/${slug}`}>
            {props.labels[slug] ?? slug}
          </a>
        </li>
      ))}
      {more > 0 ? (
        <li>
          <a class="chip chip-more" href={props.moreHref ?? "#"} aria-label={`+${more} (${t("finding.moreThemes", { count: more })})`} title={t("finding.moreThemes", { count: more })}>
            +{more}
          </a>
        </li>
      ) : null}
    </ul>
  );
}

/** Paragraphs of a statement's text: blank lines separate them, single newlines stay as breaks. */
export function TextBlocks(props: { text: string; lang?: string }) {
  const paragraphs = props.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div class="statement-text" lang={props.lang} dir="auto">
      {paragraphs.map((p) => {
        const lines = p.split("\n");
        return <p>{lines.map((line, i) => (i === 0 ? line : [<br />, line]))}</p>;
      })}
    </div>
  );
}

export function OrgTypeLabel(props: { type: string }) {
  const { t } = useI18n();
  const key = `orgType.${props.type}` as Parameters<typeof t>[0];
  return <>{["ngo", "academia", "private-sector", "foundation", "network", "other"].includes(props.type) ? t(key) : props.type}</>;
}
