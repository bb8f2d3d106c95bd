import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { CoSignInvitationEmail, coSignInvitationSubject, type CoSignInvitationProps } from "./templates/cosign-invitation";
import { DecisionEmail, decisionSubject, type DecisionProps } from "./templates/decision";
import { OutcomeEmail, outcomeSubject, type OutcomeProps } from "./templates/outcome";
import { IntakeDraftEmail, intakeDraftSubject, type IntakeDraftProps } from "./templates/intake-draft";
import { IntakeRefusedEmail, intakeRefusedSubject, type IntakeRefusedProps } from "./templates/intake-refused";
import { ReceiptEmail, receiptSubject, type ReceiptProps } from "./templates/receipt";
import { DigestEmail, digestSubject, type DigestProps } from "./templates/digest";
import { ReminderEmail, reminderSubject, type ReminderProps } from "./templates/reminder";
import { SignInEmail, signInSubject, type SignInProps } from "./templates/sign-in";
import { StatusNoticeEmail, statusNoticeSubject, type StatusNoticeProps } from "./templates/status-notice";
import { SubscriptionConfirmEmail, subscriptionConfirmSubject, type SubscriptionConfirmProps } from "./templates/subscription-confirm";

const TEMPLATES = {
  "sign-in": { component: SignInEmail, subject: signInSubject },
  receipt: { component: ReceiptEmail, subject: receiptSubject },
  decision: { component: DecisionEmail, subject: decisionSubject },
  "intake-draft": { component: IntakeDraftEmail, subject: intakeDraftSubject },
  "intake-refused": { component: IntakeRefusedEmail, subject: intakeRefusedSubject },
  reminder: { component: ReminderEmail, subject: reminderSubject },
  "cosign-invitation": { component: CoSignInvitationEmail, subject: coSignInvitationSubject },
  outcome: { component: OutcomeEmail, subject: outcomeSubject },
  "status-notice": { component: StatusNoticeEmail, subject: statusNoticeSubject },
  "subscription-confirm": { component: SubscriptionConfirmEmail, subject: subscriptionConfirmSubject },
  digest: { component: DigestEmail, subject: digestSubject },
} as const;

export type EmailName = keyof typeof TEMPLATES;

/**
 * Headers an email carries, decided by its template. The replies to mail sent to the intake address
 * say they are automatic (RFC 3834 `Auto-Submitted: auto-replied`; Exchange's own header too), so
 * that an auto-responder on the other side does not answer them: two robots never loop.
 */
export function headersFor(template: string): Record<string, string> {
  return template === "intake-draft" || template === "intake-refused" ? { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" } : {};
}
export type EmailProps = {
  "sign-in": SignInProps;
  receipt: ReceiptProps;
  decision: DecisionProps;
  "intake-draft": IntakeDraftProps;
  "intake-refused": IntakeRefusedProps;
  reminder: ReminderProps;
  "cosign-invitation": CoSignInvitationProps;
  outcome: OutcomeProps;
  "status-notice": StatusNoticeProps;
  "subscription-confirm": SubscriptionConfirmProps;
  digest: DigestProps;
};
/** `headers`: extra message headers the transport sends (e.g. List-Unsubscribe), stored in the outbox row. */
export type RenderedEmail = { template: EmailName; subject: string; html: string; text: string; headers?: Record<string, string> };
/** An email queued with its template's data, rendered when it is delivered (or read in the development mailbox). */
export type QueuedEmail<N extends EmailName = EmailName> = { template: N; subject: string; data: EmailProps[N]; headers?: Record<string, string> };

/**
 * Queues an email without rendering it: the subject now (a catalog lookup), the template's data for
 * delivery. The request path that writes it pays nothing for React (issue 14: ~25 ms a receipt).
 */
export function queueEmail<N extends EmailName>(name: N, props: EmailProps[N]): QueuedEmail<N> {
  const entry = TEMPLATES[name] as unknown as { subject: (p: EmailProps[N]) => string };
  return { template: name, subject: entry.subject(props), data: props };
}

/** An outbox row with its HTML and plain text: as stored, or rendered now from its template's data. */
export async function renderedRow<R extends { template: string; html: string; text: string; data: string | null }>(row: R): Promise<R> {
  if (row.data === null) return row;
  if (!(row.template in TEMPLATES)) throw new Error(`unknown email template "${row.template}"`);
  const rendered = await renderEmail(row.template as EmailName, JSON.parse(row.data) as never);
  return { ...row, html: rendered.html, text: rendered.text };
}

/** The little of html-to-text's formatter interface that `linkOnce` needs (the package ships no types). */
type DomNode = { type: string; data?: string; attribs?: Record<string, string>; children?: DomNode[] };
type Builder = { addInline(text: string, options?: { noWordTransform?: boolean }): void };
type Walk = (nodes: DomNode[] | undefined, builder: Builder) => void;

function textOf(nodes: DomNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === "text" ? (n.data ?? "") : textOf(n.children))).join("");
}

/**
 * Plain-text links, each address printed once per email. The HTML shows a button and, below it, the
 * same address as a link to copy; html-to-text would print the address for both. Here the first
 * link to an address prints its label and the address ("Sign in https://…", or the address alone
 * when that is its text); a later link to the same address prints only its label, or nothing when
 * its label is the address itself.
 */
function linkOnce() {
  const printed = new Set<string>();
  return (elem: DomNode, walk: Walk, builder: Builder) => {
    const href = (elem.attribs?.href ?? "").trim();
    if (!href || href.startsWith("#")) return walk(elem.children, builder);
    const label = textOf(elem.children).replace(/\s+/g, " ").trim();
    const bare = label === "" || label === href;
    if (printed.has(href)) {
      if (!bare) walk(elem.children, builder);
      return;
    }
    printed.add(href);
    if (bare) return builder.addInline(href, { noWordTransform: true });
    walk(elem.children, builder);
    builder.addInline(` ${href}`, { noWordTransform: true });
  };
}

/** Renders one of the react-email templates to its subject, HTML and plain-text parts. */
export async function renderEmail<N extends EmailName>(name: N, props: EmailProps[N]): Promise<RenderedEmail> {
  const entry = TEMPLATES[name] as unknown as { component: (p: EmailProps[N]) => unknown; subject: (p: EmailProps[N]) => string };
  const element = createElement(entry.component as never, props as never);
  const htmlToTextOptions = { formatters: { linkOnce: linkOnce() }, selectors: [{ selector: "a", format: "linkOnce" }] };
  // One React render: the plain text is converted from the same HTML (render's own plainText option renders twice).
  const html = await render(element);
  const text = toPlainText(html, htmlToTextOptions);
  // A paragraph left empty (the copy-this-link line once its address is printed) leaves no gap.
  return { template: name, subject: entry.subject(props), html, text: text.replace(/\n{3,}/g, "\n\n").trim() };
}
