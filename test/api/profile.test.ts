import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { ProfileOut, SubmissionOut } from "../../worker/openapi/responses";
import { call, createSubmission, problem, seed, signIn, submissionBody } from "../helpers";

beforeAll(seed);

const ORG = { name: "Saved Coalition Example", acronym: "SCE", country: "PK", type: "network", website: "https://sce.example.org" };

async function profile(cookie: string): Promise<Response> {
  return call("/api/v1/me/organization", { cookie });
}

describe("the saved organization profile", () => {
  it("is 404 until saved, then PUT saves it (200) and GET shows it with the recent speakers", async () => {
    const cookie = await signIn();
    const none = await profile(cookie);
    expect(none.status).toBe(404);
    await problem(none);
    const put = await call("/api/v1/me/organization", { method: "PUT", cookie, json: ORG });
    expect(put.status).toBe(200);
    expect(v.parse(ProfileOut, await put.json())).toEqual({ ...ORG, speakers: [] });
    expect(v.parse(ProfileOut, await (await profile(cookie)).json())).toEqual({ ...ORG, speakers: [] });
  });

  it("is saved from a user's first submission, with its speaker; a later submission does not overwrite it", async () => {
    const cookie = await signIn();
    await createSubmission(cookie);
    const first = v.parse(ProfileOut, await (await profile(cookie)).json());
    expect(first).toEqual({ ...(submissionBody().organization as object), speakers: [{ name: "Amina Otieno", role: "Programme director" }] });
    await createSubmission(cookie, { organization: { ...ORG }, speaker: { name: "Second Speaker" } });
    const later = v.parse(ProfileOut, await (await profile(cookie)).json());
    expect(later.name).toBe("Freedom Network Example");
    expect(later.speakers).toEqual([{ name: "Second Speaker", role: null }, { name: "Amina Otieno", role: "Programme director" }]);
  });

  it("lets a submission omit organization when a profile exists, and refuses it with 422 when none does", async () => {
    const withProfile = await signIn();
    await call("/api/v1/me/organization", { method: "PUT", cookie: withProfile, json: ORG });
    const { organization: _o, ...body } = submissionBody();
    const res = await call("/api/v1/submissions", { method: "POST", cookie: withProfile, json: body });
    expect(res.status).toBe(201);
    expect(v.parse(SubmissionOut, await res.json()).organization).toEqual(ORG);

    const without = await signIn();
    const refused = await call("/api/v1/submissions", { method: "POST", cookie: without, json: body });
    expect(refused.status).toBe(422);
    expect((await problem(refused)).errors).toEqual([{ path: "organization", message: "This field is required." }]);
  });

  it("never changes statements already submitted when the profile changes", async () => {
    const cookie = await signIn();
    const sent = await createSubmission(cookie);
    await call("/api/v1/me/organization", { method: "PUT", cookie, json: { ...ORG, name: "Renamed Later" } });
    const again = v.parse(SubmissionOut, await (await call(`/api/v1/submissions/${sent.reference}`, { cookie })).json());
    expect(again.organization.name).toBe("Freedom Network Example");
  });

  it("validates PUT like the submission's organization: every failing field, unknown fields, wrong types (422), and stores nothing", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/me/organization", { method: "PUT", cookie, json: { name: "x", country: "ZZ", type: "club", website: "http://plain.example.org", extra: 1 } });
    expect(res.status).toBe(422);
    expect((await problem(res)).errors!.map((e) => e.path).sort()).toEqual(["country", "extra", "name", "type", "website"]);
    const nested = await call("/api/v1/me/organization", { method: "PUT", cookie, json: { organization: ORG } });
    expect(nested.status).toBe(422);
    const notObject = await call("/api/v1/me/organization", { method: "PUT", cookie, json: [ORG] });
    expect(notObject.status).toBe(422);
    const notJson = await call("/api/v1/me/organization", { method: "PUT", cookie, body: "name=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(notJson.status).toBe(415);
    expect((await profile(cookie)).status).toBe(404);
  });

  it("ignores read-only speakers sent back, and needs a session (401)", async () => {
    const cookie = await signIn();
    const res = await call("/api/v1/me/organization", { method: "PUT", cookie, json: { ...ORG, speakers: [{ name: "Injected", role: null }] } });
    expect(res.status).toBe(200);
    expect(v.parse(ProfileOut, await res.json()).speakers).toEqual([]);
    expect((await call("/api/v1/me/organization")).status).toBe(401);
    expect((await call("/api/v1/me/organization", { method: "PUT", json: ORG })).status).toBe(401);
  });

  it("is each user's own: another user's PUT changes only theirs", async () => {
    const a = await signIn();
    const b = await signIn();
    await call("/api/v1/me/organization", { method: "PUT", cookie: a, json: ORG });
    await call("/api/v1/me/organization", { method: "PUT", cookie: b, json: { ...ORG, name: "Someone Else Org" } });
    expect(v.parse(ProfileOut, await (await profile(a)).json()).name).toBe(ORG.name);
  });
});
