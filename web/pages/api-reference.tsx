import type { Child } from "hono/jsx";
import { PUBLIC_CACHE_CONTROL } from "../../worker/api/public-cache";
import {
  EXAMPLES,
  exampleCommand,
  groupOperations,
  sharedSchemas,
  type Access,
  type ContentView,
  type OpenApiDoc,
  type OperationView,
  type SchemaNode,
} from "../api-reference/model";
import { t as translate, type Locale, type MessageKey } from "../i18n";

/** Text with `backticks` (catalog strings, OpenAPI descriptions) as text and <code>; everything is escaped by JSX. */
function Inline({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code dir="ltr">{part}</code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/**
 * The page's words in the reader's language, and the attributes that mark the OpenAPI document's own
 * words as English (for screen readers, and left-to-right in Arabic). Passed down as a prop, not read
 * from the request, so the page renders outside a request too and the route can keep the result.
 */
type Ui = { t: (key: MessageKey, vars?: Record<string, string | number>) => string; en: { lang?: string; dir?: "ltr" } };

export function uiFor(locale: Locale): Ui {
  return { t: (key, vars) => translate(locale, key, vars), en: locale === "en" ? {} : { lang: "en", dir: "ltr" } };
}

function EnglishText({ ui, text, as = "p" }: { ui: Ui; text?: string; as?: "p" | "span" }) {
  const { en } = ui;
  if (!text) return null;
  return as === "p" ? (
    <p {...en}>
      <Inline text={text} />
    </p>
  ) : (
    <span {...en}>
      <Inline text={text} />
    </span>
  );
}

function TypeLabel({ node }: { node: SchemaNode }) {
  return node.ref ? (
    <a href={`#${node.ref.anchor}`}>
      <code dir="ltr">{node.type}</code>
    </a>
  ) : (
    <code dir="ltr">{node.type}</code>
  );
}

function Constraints({ node }: { node: SchemaNode }) {
  if (!node.constraints.length) return null;
  return (
    <span class="api-constraints">
      {node.constraints.map(([k, v]) => (
        <>
          {" "}
          <code dir="ltr">
            {k}: {v}
          </code>
        </>
      ))}
    </span>
  );
}

function EnumValues({ ui, node }: { ui: Ui; node: SchemaNode }) {
  const { t } = ui;
  if (!node.enum?.length) return null;
  return (
    <p class="api-enum">
      {t("apiDocs.allowedValues")}{" "}
      {node.enum.map((value, i) => (
        <>
          {i ? ", " : ""}
          <code dir="ltr">{value}</code>
        </>
      ))}
    </p>
  );
}

/** An object's fields as a nested list; alternatives (`anyOf`) as a numbered list. */
function SchemaChildren({ ui, node }: { ui: Ui; node: SchemaNode }) {
  const { t } = ui;
  return (
    <>
      {node.properties?.length ? (
        <ul class="api-schema">
          {node.properties.map((p) => (
            <li>
              <code class="api-prop" dir="ltr">
                {p.name}
              </code>{" "}
              <TypeLabel node={p.node} />
              {p.required ? (
                <>
                  {" "}
                  <strong class="api-required">{t("apiDocs.required")}</strong>
                </>
              ) : null}
              <Constraints node={p.node} />
              {p.node.description ? (
                <>
                  {" — "}
                  <EnglishText ui={ui} as="span" text={p.node.description} />
                </>
              ) : null}
              <EnumValues ui={ui} node={p.node} />
              <SchemaChildren ui={ui} node={p.node} />
            </li>
          ))}
        </ul>
      ) : null}
      {node.variants?.length ? (
        <div class="api-variants">
          <p>{t("apiDocs.oneOf")}</p>
          <ol>
            {node.variants.map((v) => (
              <li>
                <SchemaTree ui={ui} node={v} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </>
  );
}

/** A whole schema: its type, constraints and description, then its fields. */
function SchemaTree({ ui, node }: { ui: Ui; node: SchemaNode }) {
  return (
    <div class="api-schema-root">
      <p>
        <TypeLabel node={node} />
        <Constraints node={node} />
        {node.description ? (
          <>
            {" — "}
            <EnglishText ui={ui} as="span" text={node.description} />
          </>
        ) : null}
      </p>
      <EnumValues ui={ui} node={node} />
      <SchemaChildren ui={ui} node={node} />
    </div>
  );
}

function AccessLine({ ui, access }: { ui: Ui; access: Access }) {
  const { t } = ui;
  const key: MessageKey = access.kind === "public" ? "apiDocs.access.public" : access.role ? `apiDocs.access.${access.role}` : "apiDocs.access.session";
  return (
    <p class={`api-access api-access-${access.kind}`}>
      <strong>{t("apiDocs.access")}</strong> {t(key)}
    </p>
  );
}

function ContentTypes({ ui, content }: { ui: Ui; content: ContentView[] }) {
  const { t } = ui;
  if (!content.length) return <>{t("apiDocs.none")}</>;
  return (
    <ul class="api-plain">
      {content.map((c) => (
        <li>
          <code dir="ltr">{c.type}</code>
          {c.schema?.ref ? (
            <>
              {" "}
              (<TypeLabel node={c.schema} />)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Operation({ ui, op }: { ui: Ui; op: OperationView }) {
  const { t } = ui;
  const heading = (suffix: string) => `${op.id}-${suffix}`;
  const bodies = op.responses.flatMap((r) => r.content.filter((c) => c.schema && !c.schema.ref).map((c) => ({ status: r.status, content: c })));
  return (
    <section class="api-op" id={op.id}>
      <h3>
        <span class={`api-method api-method-${op.method}`}>{op.method.toUpperCase()}</span>{" "}
        <code class="api-path" dir="ltr">
          {op.path}
        </code>
      </h3>
      {op.summary ? <EnglishText ui={ui} text={op.summary} /> : null}
      {op.description ? <EnglishText ui={ui} text={op.description} /> : null}
      <AccessLine ui={ui} access={op.access} />

      {op.parameters.length ? (
        <>
          <h4 id={heading("parameters")}>{t("apiDocs.parameters")}</h4>
          <div class="api-table-wrap">
            <table class="data api-table" aria-labelledby={heading("parameters")}>
              <thead>
                <tr>
                  <th scope="col">{t("apiDocs.col.name")}</th>
                  <th scope="col">{t("apiDocs.col.in")}</th>
                  <th scope="col">{t("apiDocs.col.required")}</th>
                  <th scope="col">{t("apiDocs.col.type")}</th>
                  <th scope="col">{t("apiDocs.col.description")}</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr>
                    <th scope="row">
                      <code dir="ltr">{p.name}</code>
                    </th>
                    <td>
                      <code dir="ltr">{p.in}</code>
                    </td>
                    <td>{p.required ? t("apiDocs.yes") : t("apiDocs.no")}</td>
                    <td>
                      <TypeLabel node={p.schema} />
                      <Constraints node={p.schema} />
                      <EnumValues ui={ui} node={p.schema} />
                    </td>
                    <td>
                      <EnglishText ui={ui} as="span" text={p.description} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      {op.requestBody ? (
        <>
          <h4>{t("apiDocs.requestBody")}</h4>
          <EnglishText ui={ui} text={op.requestBody.description} />
          {op.requestBody.content.map((c) => (
            <div class="api-body">
              <p>
                <strong>{t("apiDocs.col.contentType")}:</strong> <code dir="ltr">{c.type}</code>
              </p>
              {c.schema ? <SchemaTree ui={ui} node={c.schema} /> : null}
            </div>
          ))}
        </>
      ) : null}

      <h4 id={heading("responses")}>{t("apiDocs.responses")}</h4>
      <div class="api-table-wrap">
        <table class="data api-table" aria-labelledby={heading("responses")}>
          <thead>
            <tr>
              <th scope="col">{t("apiDocs.col.status")}</th>
              <th scope="col">{t("apiDocs.col.description")}</th>
              <th scope="col">{t("apiDocs.col.contentType")}</th>
              <th scope="col">{t("apiDocs.col.headers")}</th>
            </tr>
          </thead>
          <tbody>
            {op.responses.map((r) => (
              <tr>
                <th scope="row">
                  <code dir="ltr">{r.status}</code>
                </th>
                <td>
                  <EnglishText ui={ui} as="span" text={r.description} />
                </td>
                <td>
                  <ContentTypes ui={ui} content={r.content} />
                </td>
                <td>
                  {r.headers.length ? (
                    <ul class="api-plain">
                      {r.headers.map((h) => (
                        <li>
                          <code dir="ltr">{h.name}</code>
                          {h.description ? (
                            <>
                              {": "}
                              <EnglishText ui={ui} as="span" text={h.description} />
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t("apiDocs.none")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bodies.map((b) => (
        <details class="api-details">
          <summary>
            {t("apiDocs.bodyOf", { status: b.status })} (<code dir="ltr">{b.content.type}</code>)
          </summary>
          <SchemaTree ui={ui} node={b.content.schema!} />
        </details>
      ))}
    </section>
  );
}

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
