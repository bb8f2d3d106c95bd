import type { Access, ContentView, OperationView } from "../api-reference/model";
import type { MessageKey } from "../../worker/i18n";
import { Constraints, EnglishText, EnumValues, SchemaTree, TypeLabel, type Ui } from "./api-reference-schema";

// One operation on the API reference page (`/api`): parameters, request body, responses, access.

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

export function Operation({ ui, op }: { ui: Ui; op: OperationView }) {
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
