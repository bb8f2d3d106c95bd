import type { Context } from "hono";
import type { AppEnv } from "../../worker/env";
import type { ErrorPageProps } from "../../worker/http/errors";
import { direction, t, type MessageKey } from "../../worker/i18n";

type Props = ErrorPageProps;

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

const errorHeading = (props: Props) => t(props.locale, HEADINGS[props.status] ?? "error.generic");

function ErrorText(props: Props) {
  const { locale } = props;
  return (
    <>
      <h1>{errorHeading(props)}</h1>
      <p class="error-box">{props.detail}</p>
      <p class="muted">{t(locale, "error.requestId", { id: props.requestId })}</p>
      <p>
        <a href="/">{t(locale, "nav.home")}</a>
      </p>
    </>
  );
}

/**
 * An error thrown by a page route (not found, forbidden, a conflict the page does not turn into a
 * form message, an unexpected error), drawn inside the layout with the site's header and footer.
 * Null when the request never reached the layout: `ErrorPage` answers then.
 */
export function renderErrorInLayout(c: Context<AppEnv>, props: Props): Response | Promise<Response> | null {
  if (!c.get("pageLayout")) return null;
  c.status(props.status as 404);
  return c.render(
    <section class="narrow">
      <ErrorText {...props} />
    </section>,
    { title: errorHeading(props) },
  );
}

/**
 * What a browser gets when a request fails before or outside the page routes (a refused
 * form post, a rate limit, an unexpected error): a readable page, not problem+json, with its
 * heading and `detail` in the page's language (`pageDetail` in `worker/http/errors.ts`).
 */
export function ErrorPage(props: Props) {
  const { locale } = props;
  const heading = errorHeading(props);
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
          <ErrorText {...props} />
        </main>
      </body>
    </html>
  );
}
