import { useI18n } from "../context";
import { ErrorSummary, FieldError, fieldId, TextInput, type Errors } from "../components/form";
import { TurnstileWidget } from "../components/turnstile";

/** Following a search by email: the form, "check your email", confirm and unsubscribe (a GET never changes anything). */

export type FollowedView = { lines: string[]; hidden: [string, string][]; searchHref: string };

function SearchSummary(props: { search: FollowedView }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="followed-h">
      <h2 id="followed-h">{t("follow.search")}</h2>
      <ul class="followed" dir="auto">
        {(props.search.lines.length ? props.search.lines : [t("follow.everything")]).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p>
        <a href={props.search.searchHref}>{t("follow.changeSearch")}</a>
      </p>
    </section>
  );
}

export function SubscribePage(props: { search: FollowedView; email: string; frequency: string; errors: Errors }) {
  const { t } = useI18n();
  const id = fieldId("frequency");
  const error = props.errors.frequency;
  return (
    <section class="narrow">
      <h1>{t("follow.title")}</h1>
      <p>{t("follow.intro")}</p>
      <SearchSummary search={props.search} />
      <form method="post" action="/subscribe" novalidate>
        <ErrorSummary errors={props.errors} />
        {props.search.hidden.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <TextInput name="email" label={t("follow.email")} type="email" value={props.email} errors={props.errors} required autocomplete="email" />
        <fieldset class={error ? "radios has-error" : "radios"} id={id} aria-describedby={error ? `${id}-error` : undefined}>
          <legend>{t("follow.frequency")}</legend>
          <FieldError id={id} message={error} />
          {(["daily", "weekly"] as const).map((f) => (
            <p>
              <input type="radio" id={`${id}-${f}`} name="frequency" value={f} checked={props.frequency === f} />{" "}
              <label for={`${id}-${f}`} class="checkbox-label">
                {t(`follow.${f}`)}
              </label>
            </p>
          ))}
        </fieldset>
        <TurnstileWidget />
        <button type="submit" class="primary">
          {t("follow.submit")}
        </button>
      </form>
    </section>
  );
}

export function SubscribeSentPage(props: { email: string; development: boolean }) {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("follow.sentTitle")}</h1>
      <p role="status">{t("follow.sent", { email: props.email })}</p>
      {props.development ? (
        <p class="notice">
          <a href={`/dev/mailbox?to=${encodeURIComponent(props.email)}`}>/dev/mailbox?to={props.email}</a>
        </p>
      ) : null}
    </section>
  );
}

/** One page for confirm and unsubscribe: the button that posts the token, the outcome, or why not. */
export function TokenActionPage(props: {
  kind: "confirm" | "unsubscribe";
  token: string;
  outcome: "ask" | "done" | "invalid";
  search?: FollowedView;
  frequency?: "daily" | "weekly";
}) {
  const { t } = useI18n();
  const confirm = props.kind === "confirm";
  const action = confirm ? "/subscribe/confirm" : `/unsubscribe?token=${encodeURIComponent(props.token)}`;
  return (
    <section class="narrow">
      <h1>{t(confirm ? "follow.confirmTitle" : "follow.unsubscribeTitle")}</h1>
      {props.outcome === "invalid" ? (
        <p class="error-box" role="alert">
          {t(confirm ? "follow.confirmInvalid" : "follow.unsubscribeInvalid")}
        </p>
      ) : props.outcome === "done" ? (
        <>
          <p class="notice" role="status">
            {t(confirm ? "follow.confirmed" : "follow.unsubscribed")}
          </p>
          {props.frequency ? <p>{t("follow.confirmedFrequency", { frequency: t(`follow.frequency.${props.frequency}`) })}</p> : null}
          {props.search ? <SearchSummary search={props.search} /> : null}
        </>
      ) : props.token ? (
        <form method="post" action={action}>
          <p>{t(confirm ? "follow.confirmIntro" : "follow.unsubscribeIntro")}</p>
          <input type="hidden" name="token" value={props.token} />
          <button type="submit" class="primary">
            {t(confirm ? "follow.confirmButton" : "follow.unsubscribeButton")}
          </button>
        </form>
      ) : (
        <p>{t("follow.missingToken")}</p>
      )}
    </section>
  );
}
