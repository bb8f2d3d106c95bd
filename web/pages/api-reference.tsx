import type { Child } from "hono/jsx";
import { PUBLIC_CACHE_CONTROL } from "../../worker/http/public-cache";
import type { OpenApiDoc } from "../api-reference/document";
import { EXAMPLES, exampleCommand, groupOperations } from "../api-reference/model";
import { sharedSchemas } from "../api-reference/schema-tree";
import type { MessageKey } from "../../worker/i18n";
import { Operation } from "./api-reference-operation";
import { EnglishText, Inline, SchemaTree, type Ui } from "./api-reference-schema";

function Overview({ ui, origin, id }: { ui: Ui; origin: string; id: string }) {
  const { t } = ui;
  const part = (key: MessageKey, textKey: MessageKey, vars: Record<string, string> = {}) => (
    <>
      <h3>{t(key)}</h3>
      <p>
        <Inline text={t(textKey, vars)} />
      </p>
    </>
  );
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t("apiDocs.overview")}</h2>
      {part("apiDocs.baseUrl", "apiDocs.baseUrlText", { base: `${origin}/api/v1`, feed: `${origin}/feeds/statements.atom` })}
      {part("apiDocs.formats", "apiDocs.formatsText")}
      {part("apiDocs.errors", "apiDocs.errorsText")}
      {part("apiDocs.pagination", "apiDocs.paginationText")}
      {part("apiDocs.caching", "apiDocs.cachingText", { cacheControl: PUBLIC_CACHE_CONTROL })}
      {part("apiDocs.rateLimits", "apiDocs.rateLimitsText")}
      {part("apiDocs.signIn", "apiDocs.signInText")}
      <h3>{t("apiDocs.examples")}</h3>
      <p>{t("apiDocs.examplesText")}</p>
      {EXAMPLES.map((ex) => (
        <figure class="api-example">
          <figcaption>{t(`apiDocs.example.${ex.key}`)}</figcaption>
          <pre dir="ltr">
            <code>{exampleCommand(origin, ex)}</code>
          </pre>
        </figure>
      ))}
    </section>
  );
}

const TAG_KEYS: Record<string, MessageKey> = {
  "public archive": "apiDocs.tag.public-archive",
  archive: "apiDocs.tag.archive",
  "reference data": "apiDocs.tag.reference-data",
  auth: "apiDocs.tag.auth",
  submissions: "apiDocs.tag.submissions",
  intake: "apiDocs.tag.intake",
  moderation: "apiDocs.tag.moderation",
  administration: "apiDocs.tag.administration",
  operations: "apiDocs.tag.operations",
};

/** The human-readable API reference, generated from the OpenAPI document the Worker serves at /api/openapi.json. */
export function ApiReferencePage({ ui, doc }: { ui: Ui; doc: OpenApiDoc }) {
  const { t, en } = ui;
  const origin = doc.servers?.[0]?.url ?? "";
  const groups = groupOperations(doc);
  const schemas = sharedSchemas(doc);
  // A tag the page has no translation for is shown as the document names it (in English).
  const tagLabel = (tag: string): Child => (TAG_KEYS[tag] ? t(TAG_KEYS[tag]) : tag ? <span {...en}>{tag}</span> : t("apiDocs.tag.other"));
  return (
    <article class="api-reference">
      <h1>{t("apiDocs.title")}</h1>
      <p class="lead">{t("apiDocs.intro")}</p>
      <p>
        {t("apiDocs.rawLead")}{" "}
        <a href="/api/openapi.json" type="application/json">
          {t("apiDocs.raw")}
        </a>
        {" · "}
        <span>{t("apiDocs.version", { version: doc.info.version })}</span>
      </p>
      <EnglishText ui={ui} text={doc.info.description} />

      <nav class="api-toc" aria-labelledby="api-contents">
        <h2 id="api-contents">{t("apiDocs.contents")}</h2>
        <ol>
          <li>
            <a href="#overview">{t("apiDocs.overview")}</a>
          </li>
          {groups.map((g) => (
            <li>
              <a href={`#${g.id}`}>{tagLabel(g.tag)}</a>
              <ul>
                {g.operations.map((op) => (
                  <li>
                    <a href={`#${op.id}`}>
                      <span class="api-method">{op.method.toUpperCase()}</span>{" "}
                      <code dir="ltr">{op.path}</code>
                    </a>
                    {op.summary ? (
                      <>
                        {" — "}
                        <span {...en}>{op.summary}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {schemas.length ? (
            <li>
              <a href="#schemas">{t("apiDocs.schemas")}</a>
            </li>
          ) : null}
        </ol>
      </nav>

      <Overview ui={ui} origin={origin} id="overview" />

      {groups.map((g) => (
        <section class="api-group" aria-labelledby={g.id}>
          <h2 id={g.id}>{tagLabel(g.tag)}</h2>
          {g.operations.map((op) => (
            <Operation ui={ui} op={op} />
          ))}
        </section>
      ))}

      {schemas.length ? (
        <section aria-labelledby="schemas">
          <h2 id="schemas">{t("apiDocs.schemas")}</h2>
          <p>{t("apiDocs.schemasText")}</p>
          {schemas.map((s) => (
            <section class="api-op">
              <h3 id={s.anchor}>
                <code dir="ltr">{s.name}</code>
              </h3>
              <SchemaTree ui={ui} node={s.node} />
            </section>
          ))}
        </section>
      ) : null}
    </article>
  );
}
