import { render } from "@react-email/render";
import { createElement } from "react";
import { DecisionEmail, decisionSubject, type DecisionProps } from "./templates/decision";
import { ReceiptEmail, receiptSubject, type ReceiptProps } from "./templates/receipt";
import { SignInEmail, signInSubject, type SignInProps } from "./templates/sign-in";

const TEMPLATES = {
  "sign-in": { component: SignInEmail, subject: signInSubject },
  receipt: { component: ReceiptEmail, subject: receiptSubject },
  decision: { component: DecisionEmail, subject: decisionSubject },
} as const;

export type EmailName = keyof typeof TEMPLATES;
export type EmailProps = { "sign-in": SignInProps; receipt: ReceiptProps; decision: DecisionProps };
export type RenderedEmail = { template: EmailName; subject: string; html: string; text: string };

/** Renders one of the react-email templates to its subject, HTML and plain-text parts. */
export async function renderEmail<N extends EmailName>(name: N, props: EmailProps[N]): Promise<RenderedEmail> {
  const entry = TEMPLATES[name] as unknown as { component: (p: EmailProps[N]) => unknown; subject: (p: EmailProps[N]) => string };
  const element = createElement(entry.component as never, props as never);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { template: name, subject: entry.subject(props), html, text };
}
