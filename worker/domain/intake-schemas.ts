import * as v from "valibot";
import { m } from "../i18n/messages";

/** Request bodies of the intake API and the admins' theme keywords, shared by the routes, the pages and the OpenAPI document. */

export const IntakeTextBody = v.strictObject({
  text: v.pipe(v.string("Give the statement's text."), v.minLength(1, "Give the statement's text."), v.maxLength(200_000, "The text can have at most 200,000 characters.")),
});

/** One admin keyword: the API's list items and the admin page's form. */
export const ThemeKeywordInput = v.strictObject({
  term: v.pipe(v.string(m("err.keyword.type")), v.trim(), v.minLength(2, m("err.keyword.min", { min: 2 })), v.maxLength(80, m("err.keyword.max", { max: 80 }))),
  language: v.pipe(v.string(m("err.keywordLanguage.type")), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, m("err.keywordLanguage.format"))),
});
export const MAX_THEME_KEYWORDS = 300;

export const ThemeKeywordsBody = v.strictObject({
  keywords: v.pipe(v.array(ThemeKeywordInput, "Give a list of keywords."), v.maxLength(MAX_THEME_KEYWORDS, "At most 300 keywords per theme.")),
});
