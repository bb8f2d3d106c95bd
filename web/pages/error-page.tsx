import { direction, t, type Locale } from "../i18n";

type Props = { locale: Locale; status: number; detail: string; requestId: string };

/**
 * What a browser gets when a page request fails before or outside the page routes (a refused
 * form post, a rate limit, an unexpected error): a readable page, not problem+json.
 */
export function ErrorPage(props: Props) {
  const { locale, status } = props;
  const heading = status === 429 ? t(locale, "error.rateLimited") : status === 403 ? t(locale, "error.forbidden") : t(locale, "error.generic");
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${heading} — ${t(locale, "site.name")}`}</title>
        <link rel="stylesheet" href="/styles.css" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <main id="main" class="wrap narrow">
          <h1>{heading}</h1>
          <p class="error-box">{props.detail}</p>
          <p class="muted">{t(locale, "error.requestId", { id: props.requestId })}</p>
          <p>
            <a href="/">{t(locale, "nav.home")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
