import { beforeAll, expect, it } from "vitest";
import { call, createSubmission, seed, signIn, signInModerator, uniqueEmail } from "../helpers";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/;
const REASONS = ["PRIVATE-REASON-changes-7731", "PRIVATE-REASON-reject-5520", "PRIVATE-NOTE-publish-9904"];
let published = "";
let organizationPath = "";

async function decide(moderator: string, reference: string, action: string, reason: string | null): Promise<void> {
  const current = (await (await call(`/api/v1/submissions/${reference}`, { cookie: moderator })).json()) as { version: number };
  const res = await call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json: { action, reason, version: current.version } });
  if (res.status !== 200) throw new Error(`decision answered ${res.status}: ${await res.text()}`);
}

beforeAll(async () => {
  await seed();
  const moderator = await signInModerator();
  const owner = await signIn(uniqueEmail("private-owner"));
  const s = await createSubmission(owner, { title: "Privacy probe statement", organization: { name: "Privacy Probe Org", country: "NO", type: "ngo" } });
  await decide(moderator, s.reference, "request_changes", REASONS[0]!);
  const back = await call(`/api/v1/submissions/${s.reference}`, { method: "PATCH", cookie: owner, json: { version: 2, title: "Privacy probe statement, revised" } });
  if (back.status !== 200) throw new Error(`resubmit answered ${back.status}: ${await back.text()}`);
  await decide(moderator, s.reference, "publish", REASONS[2]!);
  published = s.reference;
  const rejected = await createSubmission(owner, { title: "Rejected probe" });
  await decide(moderator, rejected.reference, "reject", REASONS[1]!);
  const page = await (await call(`/statements/${published}`)).text();
  organizationPath = /href="(\/organizations\/[^"]+)"/.exec(page)![1]!;
});

it("no public response contains an email address or a moderation note", async () => {
  const paths = [
    "/api/v1/statements",
    "/api/v1/statements?q=probe",
    "/api/v1/statements?q=privacy&sort=newest&limit=100",
    `/api/v1/statements/${published}`,
    "/api/v1/statements/CD-CGR2-2022",
    "/api/v1/statements.csv",
    "/api/v1/statements.csv?q=probe",
    "/api/v1/proposals.csv",
    "/api/v1/proposals.csv?q=probe",
    "/feeds/statements.atom",
    "/feeds/statements.atom?q=probe",
    "/api/v1/segments",
    "/api/v1/segments/demo-open-segment",
    "/api/v1/themes",
    "/",
    "/statements",
    "/statements?q=probe",
    `/statements/${published}`,
    "/statements/CD-CGR2-2022",
    "/segments/demo-open-segment",
    "/segments/2022-4-trafficking-in-persons",
    "/themes/victim-protection",
    "/segments",
    "/themes",
    "/briefs/segments/demo-open-segment",
    "/briefs/segments/demo-open-segment.docx",
    "/briefs/segments/2022-4-trafficking-in-persons",
    "/briefs/themes/victim-protection",
    organizationPath,
  ];
  for (const path of paths) {
    const res = await call(path);
    expect(res.status, path).toBe(200);
    const body = await res.text();
    const headers = JSON.stringify([...res.headers]);
    expect(body.match(EMAIL)?.[0] ?? null, path).toBeNull();
    expect(headers.match(EMAIL)?.[0] ?? null, path).toBeNull();
    for (const reason of REASONS) expect(body.includes(reason), `${path} shows ${reason}`).toBe(false);
    expect(body.includes("Rejected probe"), path).toBe(false);
  }
});

it("never hands one reader's cookie to another from the cache", async () => {
  // `lang` is left out of the cache key, and `?lang=` sets a cookie: the cookie must not be kept.
  for (const path of ["/api/v1/statements?q=trafficking&limit=3", `/api/v1/statements/${published}`, "/feeds/statements.atom?limit=2", "/api/v1/statements.csv?limit=2", "/api/v1/proposals.csv?limit=2"]) {
    const sep = path.includes("?") ? "&" : "?";
    const first = await call(`${path}${sep}lang=fr`);
    expect(first.status, path).toBe(200);
    expect(first.headers.get("set-cookie"), path).toContain("lang=fr");
    await first.arrayBuffer();
    const second = await call(path);
    expect(second.headers.get("x-archive-cache"), path).toBe("hit");
    expect(second.headers.get("set-cookie"), path).toBeNull();
  }
});
