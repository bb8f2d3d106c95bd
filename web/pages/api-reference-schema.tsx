import { type SchemaNode } from "../api-reference/schema-tree";
import { t as translate, type Locale, type MessageKey } from "../../worker/i18n";

// Schemas on the API reference page (`/api`): a shared schema or a body as a tree of fields.

/** Text with `backticks` (catalog strings, OpenAPI descriptions) as text and <code>; everything is escaped by JSX. */
export function Inline({ text }: { text: string }) {
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
export type Ui = { t: (key: MessageKey, vars?: Record<string, string | number>) => string; en: { lang?: string; dir?: "ltr" } };

export function uiFor(locale: Locale): Ui {
  return { t: (key, vars) => translate(locale, key, vars), en: locale === "en" ? {} : { lang: "en", dir: "ltr" } };
}

export function EnglishText({ ui, text, as = "p" }: { ui: Ui; text?: string; as?: "p" | "span" }) {
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

export function TypeLabel({ node }: { node: SchemaNode }) {
  return node.ref ? (
    <a href={`#${node.ref.anchor}`}>
      <code dir="ltr">{node.type}</code>
    </a>
  ) : (
    <code dir="ltr">{node.type}</code>
  );
}

export function Constraints({ node }: { node: SchemaNode }) {
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

export function EnumValues({ ui, node }: { ui: Ui; node: SchemaNode }) {
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
export function SchemaTree({ ui, node }: { ui: Ui; node: SchemaNode }) {
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
