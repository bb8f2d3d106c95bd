import { useI18n } from "../context";
import { ErrorSummary, TextInput, type Errors } from "../components/form";
import { TurnstileWidget } from "../components/turnstile";

export function SignInPage(props: { email: string; next: string; errors: Errors }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <form method="post" action="/sign-in" novalidate>
        <ErrorSummary errors={props.errors} />
        <input type="hidden" name="next" value={props.next} />
        <TextInput name="email" label={t("signIn.email")} type="email" value={props.email} errors={props.errors} required autocomplete="email" />
        <TurnstileWidget />
        <button type="submit" class="primary">
          {t("signIn.submit")}
        </button>
      </form>
    </section>
  );
}

/** In development there is no real mail: `devLink` is the link the email carries, shown here. */
export function SignInSentPage(props: { email: string; development: boolean; devLink?: string | null }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("signIn.sentTitle")}</h1>
      <p role="status">{t("signIn.sent", { email: props.email })}</p>
      {props.development ? (
        <div class="notice">
          <p>{t("signIn.devHint")}</p>
          {props.devLink ? (
            <p>
              <a href={props.devLink}>{t("signIn.devOpenLink")}</a>
            </p>
          ) : null}
          <p>
            <a href={`/dev/mailbox?to=${encodeURIComponent(props.email)}`}>/dev/mailbox?to={props.email}</a>
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** GET never consumes the token (mail scanners follow links): the person presses Continue. */
export function VerifyPage(props: { token: string; next: string; invalid: boolean }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("verify.title")}</h1>
      {props.invalid ? (
        <>
          <p class="error-box" role="alert">
            {t("verify.invalid")}
          </p>
          <p>
            <a href="/sign-in">{t("verify.askAgain")}</a>
          </p>
        </>
      ) : props.token ? (
        <form method="post" action="/auth/verify">
          <p>{t("verify.intro")}</p>
          <input type="hidden" name="token" value={props.token} />
          <input type="hidden" name="next" value={props.next} />
          <button type="submit" class="primary">
            {t("verify.continue")}
          </button>
        </form>
      ) : (
        <p>
          {t("verify.missing")} <a href="/sign-in">{t("verify.askAgain")}</a>
        </p>
      )}
    </section>
  );
}
