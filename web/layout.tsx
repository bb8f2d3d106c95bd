import type { MiddlewareHandler } from "hono";
import type { Child } from "hono/jsx";
import { jsxRenderer } from "hono/jsx-renderer";
import { isStaff } from "../worker/domain/roles";
import type { AppEnv } from "../worker/env";
import { direction, LOCALE_NAMES, LOCALES } from "../worker/i18n";
import { useAppContext, useI18n } from "./context";

declare module "hono" {
  interface ContextRenderer {
    (content: string | Promise<string>, props: { title: string; status?: number }): Response | Promise<Response>;
  }
}

function LanguageLinks() {
  const c = useAppContext();
  const { locale, t } = useI18n();
  const url = new URL(c.req.url);
  // A path such as //evil.example/x reaches the 404 page; as an href it would leave the site.
  const path = url.pathname.replace(/^\/{2,}/, "/");
  return (
    <nav aria-label={t("nav.language")} class="languages">
      <ul>
        {LOCALES.map((l) => {
          url.searchParams.set("lang", l);
          return (
            <li>
              <a href={`${path}${url.search}`} lang={l} hreflang={l} aria-current={l === locale ? "true" : undefined}>
                {LOCALE_NAMES[l]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Header() {
  const c = useAppContext();
  const { t } = useI18n();
  const user = c.get("user");
  const path = c.req.path;
  const link = (href: string, label: string) => (
    <li>
      <a href={href} aria-current={path === href || (href !== "/" && path.startsWith(`${href}/`)) ? "page" : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <header class="site-header">
      <div class="wrap header-row">
        <a class="brand" href="/">
          <span class="brand-mark" aria-hidden="true">UN</span>
          <span>{t("site.name")}</span>
        </a>
        <nav aria-label={t("nav.main")} class="main-nav">
          <ul>
            {link("/statements", t("nav.statements"))}
            {link("/submit", t("nav.submit"))}
            {user ? link("/my/submissions", t("nav.mySubmissions")) : null}
            {user && isStaff(user.roles) ? link("/moderation", t("nav.moderation")) : null}
            {user?.roles.includes("admin") ? link("/admin", t("nav.admin")) : null}
          </ul>
        </nav>
        <div class="account">
          {user ? (
            <form method="post" action="/sign-out" class="inline">
              <span class="who">{t("nav.signedInAs", { email: user.email })}</span>{" "}
              <button type="submit" class="link-button">
                {t("nav.signOut")}
              </button>
            </form>
          ) : (
            <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t("nav.signIn")}</a>
          )}
        </div>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p>{t("footer.about")}</p>
        <p>
          <a href="/api">{t("footer.api")}</a> · <a href="/feeds/statements.atom">{t("footer.feed")}</a>
        </p>
        <LanguageLinks />
      </div>
    </footer>
  );
}

/** The one layout: skip link, header with navigation and sign-in state, main, footer. */
const renderer = jsxRenderer<AppEnv>(
  ({ children, title }: { children?: Child; title: string }) => {
    const c = useAppContext();
    const { locale, t } = useI18n();
    return (
      <html lang={locale} dir={direction(locale)}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} — ${t("site.name")}`}</title>
          <meta name="description" content={t("site.tagline")} />
          <link rel="stylesheet" href="/styles.css" />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="alternate" type="application/atom+xml" title={t("footer.feed")} href="/feeds/statements.atom" />
          <script src="/app.js" defer nonce={c.get("nonce")}></script>
        </head>
        <body>
          <a class="skip-link" href="#main">
            {t("nav.skip")}
          </a>
          <Header />
          <main id="main" class="wrap" tabindex={-1}>
            {children}
          </main>
          <Footer />
        </body>
      </html>
    );
  },
  { docType: true },
);

/** The layout for every page; it also marks the request, so that an error is drawn inside it (`renderErrorInLayout`). */
export const layout: MiddlewareHandler<AppEnv> = (c, next) => {
  c.set("pageLayout", true);
  return renderer(c, next);
};
