import type { Invitation } from "../../worker/db/cosigners";
import { Notice } from "../components/form";
import { formatDate } from "../../worker/i18n";
import { useI18n } from "../context";
import { organizationLabel } from "../format";
import { TextBlocks } from "./archive-parts";

export type CoSignPageProps = {
  invitation: Invitation;
  token: string;
  /** The statement can no longer be published (withdrawn, rejected): nothing to answer. */
  closed: boolean;
  notice?: "stopped";
};

/**
 * /cosign/{token}: the statement a co-signer is asked to sign and two buttons that post the answer
 * (a GET never decides: mail scanners follow links), and a button that stops every invitation to
 * this address.
 */
export function CoSignPage(props: CoSignPageProps) {
  const { locale, t } = useI18n();
  const inv = props.invitation;
  const organization = organizationLabel({ name: inv.orgName, acronym: inv.orgAcronym });
  const proposals = JSON.parse(inv.proposals) as string[];
  const action = `/cosign/${props.token}`;
  const notice = props.notice === "stopped" ? t("cosign.stopped") : null;
  return (
    <article class="cosign">
      <h1>{t("cosign.title")}</h1>
      <Notice text={notice} />
      <p>{t("cosign.intro", { organization, coSigner: inv.name })}</p>

      <section aria-labelledby="cosign-answer">
        <h2 id="cosign-answer">{t("cosign.answer")}</h2>
        {props.closed ? (
          <p>{t("cosign.closed")}</p>
        ) : inv.state === "invited" ? (
          <form method="post" action={action} class="actions">
            <button type="submit" name="answer" value="confirm">
              {t("cosign.confirm")}
            </button>{" "}
            <button type="submit" name="answer" value="decline" class="secondary">
              {t("cosign.decline")}
            </button>
          </form>
        ) : (
          <p class="notice" role="status">
            {t(inv.state === "confirmed" ? "cosign.confirmed" : "cosign.declined", { date: formatDate(locale, inv.answeredAt ?? ""), coSigner: inv.name })}
          </p>
        )}
      </section>

      <section aria-labelledby="cosign-statement" class="statement">
        <h2 id="cosign-statement" lang={inv.language} dir="auto">
          {inv.title}
        </h2>
        <TextBlocks text={inv.text} lang={inv.language} />
        {proposals.length ? (
          <>
            <h3>{t("cosign.proposals")}</h3>
            <ol class="proposals-view" lang={inv.language} dir="auto">
              {proposals.map((p) => (
                <li>
                  <p>{p}</p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>

      <section aria-labelledby="cosign-stop">
        <h2 id="cosign-stop">{t("cosign.stop.heading")}</h2>
        <form method="post" action={`${action}/opt-out`}>
          <p>{t("cosign.stop.text")}</p>
          <button type="submit" class="secondary">
            {t("cosign.stop.button")}
          </button>
        </form>
      </section>
    </article>
  );
}
