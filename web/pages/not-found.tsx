import { useI18n } from "../context";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section class="narrow">
      <h1>{t("error.notFound")}</h1>
      <p>{t("error.notFoundText")}</p>
      <p>
        <a href="/">{t("nav.home")}</a>
      </p>
    </section>
  );
}
