import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { IntakeTextBody, ThemeKeywordInput } from "../../worker/domain/intake-schemas";
import { BulkDecisionBody, DecisionBody, ModerationPatch } from "../../worker/domain/moderation";
import {
  EmailAddress,
  EmailLinkBody,
  SegmentCreate,
  SegmentPatch,
  StaffRolesBody,
  SubmissionCreate,
  SubmissionPatch,
  ThemeCreate,
  ThemePatch,
  VerifyBody,
  WithdrawBody,
} from "../../worker/domain/schemas";
import { english, fieldError, schemaMessage, type ErrorKey } from "../../worker/i18n/messages";
import { SHAPE_MESSAGES, toFieldErrors } from "../../worker/http/validate";
import { catalog, LOCALES, placeholders, t } from "../../worker/i18n";
import { enAfterpubErrors } from "../../worker/i18n/en-afterpub-errors";
import { enErrors as baseErrors } from "../../worker/i18n/en-errors";

import { errorMessage } from "../../worker/i18n/errors";

const enErrors: Record<ErrorKey, string> = { ...baseErrors, ...enAfterpubErrors };

/** The request bodies the HTML forms (and the API) validate: every message they can produce must have a key. */
const FORM_SCHEMAS = {
  EmailLinkBody,
  VerifyBody,
  SubmissionCreate,
  SubmissionPatch,
  WithdrawBody,
  DecisionBody,
  BulkDecisionBody,
  ModerationPatch,
  SegmentCreate,
  SegmentPatch,
  ThemeCreate,
  ThemePatch,
  StaffRolesBody,
  EmailAddress,
  ThemeKeywordInput,
};
/** Schemas and actions that never report an issue of their own: wrappers, objects (their shape messages are `SHAPE_MESSAGES`), transformations. */
const SILENT = new Set(["optional", "nullish", "object", "strict_object", "loose_object"]);

type Node = { kind?: string; type?: string; message?: unknown; pipe?: Node[]; wrapped?: Node; entries?: Record<string, Node>; item?: Node; options?: unknown[] };

/** Every message a schema can produce, walking pipes, wrappers, object entries, array items and union options. */
function messagesOf(node: Node, where: string, out: Map<string, string>, missing: string[]): void {
  if (node.kind === "transformation" || node.kind === "metadata") return;
  if (typeof node.message === "string") out.set(node.message, where);
  else if ((node.kind === "schema" || node.kind === "validation") && !SILENT.has(node.type ?? "")) missing.push(`${where} (${node.type})`);
  node.pipe?.slice(node.kind === "schema" ? 1 : 0).forEach((child, i) => messagesOf(child, `${where}|${child.type}#${i}`, out, missing));
  if (node.wrapped) messagesOf(node.wrapped, where, out, missing);
  for (const [name, child] of Object.entries(node.entries ?? {})) messagesOf(child, `${where}.${name}`, out, missing);
  if (node.item) messagesOf(node.item, `${where}[]`, out, missing);
  for (const option of node.options ?? []) if (option && typeof option === "object") messagesOf(option as Node, `${where}|option`, out, missing);
}

function formMessages() {
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const [name, schema] of Object.entries(FORM_SCHEMAS)) messagesOf(schema as unknown as Node, name, out, missing);
  for (const message of Object.values(SHAPE_MESSAGES)) out.set(message, "object shape");
  return { out, missing };
}

describe("form error messages", () => {
  it("every message the form schemas can produce has a key, so no page shows valibot's default English", () => {
    const { out, missing } = formMessages();
    expect(missing, "a schema or check without its own message").toEqual([]);
    expect(out.size).toBeGreaterThan(80);
    const unkeyed = [...out].filter(([message]) => !schemaMessage(message)).map(([message, where]) => `${where}: ${message}`);
    expect(unkeyed, "messages written as plain strings: use m(key) from web/i18n/messages.ts").toEqual([]);
  });

  it("every one of them is translated in every locale, with the English placeholders", () => {
    for (const [message, where] of formMessages().out) {
      const { key, vars } = schemaMessage(message)!;
      expect(t("en", key, vars).replace(/,(?=\d{3})/g, ""), where).toBe(message.replace(/,(?=\d{3})/g, ""));
      for (const locale of LOCALES.filter((l) => l !== "en")) {
        const translated = t(locale, key, vars);
        expect(translated, `${locale} ${key}`).not.toBe(message);
        expect(translated, `${locale} ${key}: a placeholder left unfilled`).not.toMatch(/\{\w+[,}]/);
      }
    }
  });

  it("keeps the API's English exactly as it was", () => {
    const check = (schema: v.GenericSchema, input: unknown) => toFieldErrors(v.safeParse(schema, input, { abortEarly: false }).issues ?? []);
    expect(check(ThemePatch, { label: "x", description: "d".repeat(2001), extra: 1 })).toEqual([
      { path: "label", message: "The label needs at least 2 characters." },
      { path: "description", message: "The description can have at most 2000 characters." },
      { path: "extra", message: "This field is not part of the request: remove it." },
    ]);
    expect(english("err.statement.max", { max: 100_000 })).toBe("The statement can have at most 100000 characters.");
    expect(english("err.orgType.choose", { options: "ngo, academia" })).toBe("Choose one of: ngo, academia.");
    expect(english("err.document.tooManyChars", { max: 200_000 }, { max: "200,000" })).toBe("The document has more than 200,000 characters of text; a statement is shorter.");
    expect(english("err.segment.closed", { title: "Firearms" })).toBe('The segment "Firearms" is closed: it does not accept statements now.');
    // API-only bodies keep plain English (no page shows them).
    expect(v.safeParse(IntakeTextBody, { text: "" }).issues?.[0].message).toBe("Give the statement's text.");
  });

  it("translates schema and service messages on the pages, numbers and plurals the locale's way", () => {
    const [statement] = toFieldErrors(v.safeParse(SubmissionCreate.entries.text, "short").issues!);
    expect(errorMessage("en", statement!)).toBe("The statement needs at least 50 characters.");
    expect(errorMessage("fr", statement!)).toBe("La déclaration doit comporter au moins 50 caractères.");
    expect(errorMessage("ru", statement!)).toBe("Заявление должно содержать не менее 50 символов.");
    const [long] = toFieldErrors(v.safeParse(SubmissionCreate.entries.text, "x".repeat(100_001)).issues!);
    expect(errorMessage("fr", long!)).toBe(`La déclaration ne peut pas dépasser ${(100_000).toLocaleString("fr")} caractères.`);
    const quota = (count: number) => fieldError("organization", "err.quota.organization", { count });
    expect(quota(3).message).toBe("This organization has already sent 3 statements to this segment, the most it may send. Edit an earlier one instead.");
    expect(errorMessage("ru", quota(3))).toContain("3 заявления");
    expect(errorMessage("ru", quota(5))).toContain("5 заявлений");
    expect(errorMessage("ar", quota(2))).toContain("بيانين");
    expect(errorMessage("fr", quota(1))).toContain("1 déclaration à ce segment");
    const theme = fieldError("themes.0", "err.theme.unknown", { slug: "no-such" });
    expect(errorMessage("zh", theme)).toBe("不存在标识为“no-such”的主题。");
    // A message nobody keyed stays as it is rather than vanishing.
    expect(errorMessage("fr", { message: "Something new." })).toBe("Something new.");
  });

  it("keys and translations agree: the same placeholders in every locale", () => {
    for (const key of Object.keys(enErrors) as ErrorKey[]) {
      for (const locale of LOCALES) expect(placeholders(catalog(locale)[key] ?? ""), `${locale} ${key}`).toEqual(placeholders(enErrors[key]));
    }
  });
});
