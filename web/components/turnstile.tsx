import { TURNSTILE_SCRIPT, turnstileMode, type TurnstileConfig } from "../../worker/http/turnstile";
import { useAppContext, useI18n } from "../context";

/** The Turnstile widget, only when Turnstile is on; its script carries this request's CSP nonce. */
export function TurnstileWidget() {
  const c = useAppContext();
  const { t } = useI18n();
  const env = c.env as TurnstileConfig;
  if (turnstileMode(env) !== "on") return null;
  return (
    <div class="turnstile" id="f-turnstile">
      <div class="cf-turnstile" data-sitekey={env.TURNSTILE_SITE_KEY} data-language={c.get("locale")}></div>
      <noscript>
        <p class="notice">{t("turnstile.noscript")}</p>
      </noscript>
      <script src={TURNSTILE_SCRIPT} async defer nonce={c.get("nonce")}></script>
    </div>
  );
}
