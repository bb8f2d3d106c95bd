import { createSubmission, signIn, uniqueEmail } from "../helpers";

/** Campaign letters for the campaign tests: near-identical texts sent by several organizations. */

const WORDS = (
  "shelter survivors province legal aid interpreters detention offences compelled yearly data identification referral compensation civil society consulted " +
  "national action plans adopted labour inspectors trained forced labour recruitment fees migrant workers abolished supply chains border guards screening " +
  "children guardians courts witnesses protection hotline funding prosecutors judges corruption seizure assets confiscation victims fund reintegration " +
  "housing employment education health clinics outreach rural cities ports airports online platforms advertising cooperation regional bilateral treaties"
).split(" ");

/** A campaign letter: a text of its own for each `topic` (words drawn from a seeded sequence), signed by each organization. */
export function letter(topic: string, org: string): string {
  let seed = [...topic].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0, 2166136261);
  const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0), seed);
  const body = Array.from({ length: 90 }, () => WORDS[next() % WORDS.length]).join(" ");
  return `We, ${org}, write to the delegates. ${body}. Signed on behalf of ${org}.`;
}

/** A unique topic per test, so that each test's letters form their own campaign. */
export const topicOf = (name: string) => `${name}${crypto.randomUUID().slice(0, 6)}`;

export async function member(topic: string, n: number, extra: Record<string, unknown> = {}) {
  const email = uniqueEmail("camp");
  const cookie = await signIn(email);
  const org = `Network member ${topic} ${n}`;
  const s = await createSubmission(cookie, {
    title: `Letter ${topic} ${n}`,
    text: letter(topic, org),
    organization: { name: org, acronym: null, country: "KE", type: "ngo", website: null },
    ...extra,
  });
  return { ...s, email, cookie };
}

