import { direction, t, type Locale, type MessageKey } from "../../worker/i18n";

type Props = { locale: Locale; status: number; detail: string; requestId: string };

/** The heading for each status a page request can end with; any other is "Something went wrong". */
const HEADINGS: Record<number, MessageKey> = {
  400: "error.badRequest",
  401: "error.signInRequired",
  403: "error.forbidden",
  404: "error.notFound",
  409: "error.conflict",
  410: "error.gone",
  413: "error.tooLarge",
  415: "error.unsupportedType",
  429: "error.rateLimited",
};

/**
 * What a browser gets when a page request fails before or outside the page routes (a refused
 * form post, a rate limit, an unexpected error): a readable page, not problem+json, with its
 * heading and `detail` in the page's language (`pageDetail` in `worker/http/errors.ts`).
 */
export function ErrorPage(props: Props) {
  const { locale, status } = props;
  const heading = t(locale, HEADINGS[status] ?? "error.generic");
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
