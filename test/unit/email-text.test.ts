import { describe, expect, it } from "vitest";
import { LOCALES } from "../../worker/i18n";
import { renderEmail, type EmailName, type EmailProps } from "../../worker/email/render";

/** The plain-text part of every template, in every language: each address once, nothing lost. */

const OWN = "https://portal.example.org/my/submissions/CD-AB12-CD34";
const PUBLIC = "https://portal.example.org/statements/CD-AB12-CD34";
const MINE = "https://portal.example.org/my/submissions";
const COSIGN = "https://portal.example.org/cosign/abcDEF123_-abcDEF123_-abcDEF123_-abcDEF123_-a";
const OUTCOME = "https://portal.example.org/segments/2022-4-trafficking-in-persons/outcome";
const SIGN_IN = "https://portal.example.org/auth/verify?token=abcDEF123_-xyz&next=%2Fsubmit";
const DRAFT_LINK = "https://portal.example.org/auth/verify?token=abcDEF123_-xyz&next=%2Fmy%2Fsubmissions%2FCD-AB12-CD34%2Fsubmit";
const DRAFT_SIGN_IN = "https://portal.example.org/sign-in?next=%2Fmy%2Fsubmissions%2FCD-AB12-CD34%2Fsubmit";

const CONFIRM = "https://portal.example.org/subscribe/confirm?token=abcDEF123_-xyz";
const UNSUBSCRIBE = "https://portal.example.org/unsubscribe?token=abcDEF123_-xyz";
const MORE = "https://portal.example.org/statements?theme=firearms-control&sort=newest";
const ITEM = (n: number) => ({ title: `Statement ${n}`, url: `https://portal.example.org/statements/CD-AB12-CD3${n}`, organization: "NGO", country: "Kenya", segment: "Firearms", date: "5 May 2023", excerpt: "Distinguished delegates…", lang: "en" });

const CASES: { [N in EmailName]: { name: N; props: Omit<EmailProps[N], "locale">; links: string[] } }[EmailName][] = [
  { name: "sign-in", props: { url: SIGN_IN }, links: [SIGN_IN] },
  { name: "receipt", props: { reference: "CD-AB12-CD34", segmentTitle: "Segment", title: "Our statement", url: OWN }, links: [OWN] },
  ...(["publish", "reject", "request_changes"] as const).map((action) => ({
    name: "decision" as const,
    props: { reference: "CD-AB12-CD34", title: "Our statement", action, reason: action === "publish" ? null : "Because.", url: OWN, publicUrl: PUBLIC },
    links: action === "publish" ? [PUBLIC, OWN] : [OWN],
  })),
  {
    name: "intake-draft",
    props: { reference: "CD-AB12-CD34", readFrom: "statement.pdf", segmentTitle: "Segment", organization: "Example Network (EXN), KE", speaker: null, proposals: ["Train border officials.", "Protect victims."], ignored: 1, url: DRAFT_LINK, signInUrl: DRAFT_SIGN_IN },
    links: [DRAFT_LINK, DRAFT_SIGN_IN],
  },
  ...(["noStatement", "tooLarge", "unreadable"] as const).map((why) => ({
    name: "intake-refused" as const,
    props: {
      address: "statements@example.org",
      refusal: why === "unreadable" ? { why, filename: "x.pdf", detail: { key: "err.document.encrypted" as const, vars: {} } } : { why },
      submitUrl: "https://portal.example.org/submit",
    },
    links: ["https://portal.example.org/submit"],
  })),
  {
    name: "reminder",
    props: {
      segmentTitle: "Segment",
      closesAt: "2026-06-30T23:59:59Z",
      items: [{ reference: "CD-AB12-CD34", title: null, status: "draft" }, { reference: "CD-AB12-CD35", title: "Our statement", status: "changes_requested" }],
      url: MINE,
    },
    links: [MINE],
  },
  {
    name: "cosign-invitation",
    props: { organization: "Freedom Network (FN)", coSigner: "Coalition Alpha", title: "Our joint statement", text: "First paragraph.\n\nSecond paragraph.", proposals: ["Do this.", "Do that."], url: COSIGN },
    links: [COSIGN],
  },
  {
    name: "outcome",
    props: {
      segmentTitle: "Segment",
      outcomeUrl: OUTCOME,
      items: [
        { reference: "CD-AB12-CD34", title: "Our statement", proposal: 1, text: "Train border officials.", paragraph: "12", url: `${OUTCOME}#para-12` },
        { reference: "CD-AB12-CD34", title: "Our statement", proposal: 2, text: "Fund shelters.", paragraph: "14(a)", url: `${OUTCOME}#para-14a` },
      ],
    },
    links: [`${OUTCOME}#para-12`, `${OUTCOME}#para-14a`, OUTCOME],
  },
  { name: "subscription-confirm", props: { url: CONFIRM, frequency: "weekly", search: ["Theme: Firearms control"] }, links: [CONFIRM] },
  { name: "digest", props: { count: 2, items: [ITEM(1), ITEM(2)], search: ["Words: “firearms”"], moreUrl: MORE, unsubscribeUrl: UNSUBSCRIBE }, links: [ITEM(1).url, ITEM(2).url, MORE, UNSUBSCRIBE] },
];

const occurrences = (text: string, s: string) => text.split(s).length - 1;

describe("plain-text emails", () => {
  for (const c of CASES) {
    const label =
      c.name === "decision" ? `decision (${(c.props as { action: string }).action})` : c.name === "intake-refused" ? `intake-refused (${(c.props as { refusal: { why: string } }).refusal.why})` : c.name;
    it(`${label}: every link once in the text, in the order of the HTML, in all six languages`, async () => {
      for (const locale of LOCALES) {
        const mail = await renderEmail(c.name, { ...c.props, locale } as never);
        const inText = mail.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
        expect(inText, `${locale}\n${mail.text}`).toEqual(c.links);
        // Whole addresses: a paragraph's address (…/outcome#para-12) begins with the summary's.
        for (const link of c.links) expect(inText.filter((u) => u === link).length, `${locale} ${link}`).toBe(1);
        // The HTML keeps the button and the address to copy.
        for (const link of c.links) expect(occurrences(mail.html, `href="${link.replace(/&/g, "&amp;")}"`), `${locale} html ${link}`).toBeGreaterThanOrEqual(1);
        expect(mail.text).not.toMatch(/\n{3,}/);
        expect(mail.text).not.toContain("[");
      }
    });
  }

  it("a published statement leads to its public page and still gives the submitter's own page", async () => {
    const mail = await renderEmail("decision", { locale: "en", reference: "CD-AB12-CD34", title: "Our statement", action: "publish", reason: null, url: OWN, publicUrl: PUBLIC });
    expect(mail.text).toContain(`Read it in the public archive ${PUBLIC}`);
    expect(mail.text).toContain(`Your own page for this statement: ${OWN}`);
    expect(mail.text.indexOf(PUBLIC)).toBeLessThan(mail.text.indexOf(OWN));
    const rejected = await renderEmail("decision", { locale: "en", reference: "CD-AB12-CD34", title: "Our statement", action: "reject", reason: "Off topic.", url: OWN, publicUrl: PUBLIC });
    expect(rejected.text).not.toContain(PUBLIC);
    expect(rejected.html).not.toContain(PUBLIC);
    expect(rejected.text).toContain(`View your submission ${OWN}`);
  });

  it("prints a button as its label followed by its address", async () => {
    const mail = await renderEmail("sign-in", { locale: "fr", url: SIGN_IN });
    expect(mail.text).toContain(`Se connecter ${SIGN_IN}`);
  });
});
