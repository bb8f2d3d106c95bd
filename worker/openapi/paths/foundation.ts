import * as v from "valibot";
import * as req from "../../domain/schemas";
import * as res from "../responses";
import { PAGE_PARAMS, REFERENCE_PARAM, register } from "../registry";

/** Sign-in, reference data, submissions, administration, health. */
register("/api/v1/auth/email-link", "post", { summary: "Email a sign-in link", tags: ["auth"], body: req.EmailLinkBody, responses: { 202: { description: "Sent (for any well-formed address; never reveals whether an account exists).", schema: res.EmailLinkOut } }, errors: [400, 413, 415, 422, 429] });
register("/api/v1/auth/verify", "post", { summary: "Exchange a sign-in token for a session cookie", tags: ["auth"], body: req.VerifyBody, responses: { 200: { description: "Signed in; sets the session cookie (HttpOnly, SameSite=Lax, Secure except on plain-http localhost). A used, expired or unknown token → 400.", schema: res.SignedInOut } }, errors: [400, 413, 415, 422, 429] });
register("/api/v1/auth/me", "get", { summary: "The signed-in user", tags: ["auth"], auth: "user", responses: { 200: { description: "The user.", schema: res.SignedInOut } }, errors: [401] });
register("/api/v1/auth/sign-out", "post", { summary: "End the session", tags: ["auth"], responses: { 204: { description: "Signed out." } } });

register("/api/v1/segments", "get", { summary: "List dialogue segments", tags: ["reference data"], responses: { 200: { description: "All segments, newest first.", schema: res.SegmentListOut } } });
register("/api/v1/segments/{slug}", "get", { summary: "One segment", tags: ["reference data"], path: [{ name: "slug", description: "The segment's slug." }], responses: { 200: { description: "The segment.", schema: res.SegmentOut } }, errors: [404] });
register("/api/v1/themes", "get", { summary: "The theme taxonomy", tags: ["reference data"], responses: { 200: { description: "All themes.", schema: res.ThemeListOut } } });

register("/api/v1/submissions", "post", {
  summary: "Submit a statement, or save a draft",
  tags: ["submissions"],
  auth: "user",
  // The first alternative is a submission; the second, with "draft": true, a draft (every field optional but segment).
  body: v.union([req.SubmissionPost, req.DraftCreate]),
  headers: [{ name: "Idempotency-Key", description: "Optional. A retry with the same key and body returns the first response; another body → 409." }],
  responses: {
    201: {
      description: "Created. A submission's receipt email is sent; a draft (`\"draft\": true`) gets none until it is submitted, and its `coSigners` are kept (state `invited`, invitation `pending`) and invited only then. `organization` may be left out when the account has a saved organization (GET /api/v1/me/organization).",
      schema: res.OwnSubmissionOut,
      headers: { Location: "/api/v1/submissions/{reference}" },
    },
  },
  errors: [400, 401, 409, 413, 415, 422, 429],
});
register("/api/v1/submissions", "get", { summary: "My submissions and drafts, newest first", tags: ["submissions"], auth: "user", query: PAGE_PARAMS, responses: { 200: { description: "A page.", schema: res.SubmissionPageOut } }, errors: [400, 401] });
register("/api/v1/submissions/{reference}", "get", { summary: "One submission (owner or staff; a draft: its owner only)", tags: ["submissions"], auth: "user", path: [REFERENCE_PARAM], responses: { 200: { description: "The submission.", schema: res.OwnSubmissionOut } }, errors: [401, 404] });
register("/api/v1/submissions/{reference}", "patch", {
  summary: "Edit my submission while draft, submitted or changes requested",
  tags: ["submissions"],
  auth: "user",
  path: [REFERENCE_PARAM],
  body: req.OwnerPatch,
  responses: {
    200: {
      description:
        "The edited submission. A draft stays a draft, and its organization and speaker may be partial; its `coSigners` (a list replaces the one kept) are invited only when it is submitted; any other status takes whole organization and speaker objects (422 otherwise). After changes_requested it is submitted again.",
      schema: res.OwnSubmissionOut,
    },
  },
  errors: [400, 401, 404, 409, 413, 415, 422],
});
register("/api/v1/submissions/{reference}/withdraw", "post", { summary: "Withdraw my submission or draft", tags: ["submissions"], auth: "user", path: [REFERENCE_PARAM], body: req.WithdrawBody, responses: { 200: { description: "Withdrawn.", schema: res.OwnSubmissionOut } }, errors: [400, 401, 404, 409, 413, 415, 422] });

register("/api/v1/admin/segments", "post", { summary: "Create a segment", tags: ["administration"], auth: "admin", body: req.SegmentCreate, responses: { 201: { description: "Created, with `titles` per language (`title` is the English).", schema: res.AdminSegmentOut, headers: { Location: "/api/v1/segments/{slug}" } } }, errors: [400, 401, 403, 409, 413, 415, 422] });
register("/api/v1/admin/segments/{slug}", "patch", { summary: "Edit a segment (e.g. its submission window)", tags: ["administration"], auth: "admin", path: [{ name: "slug", description: "The segment's slug." }], body: req.SegmentPatch, responses: { 200: { description: "Updated. Each language of `titles` given is set (an empty string removes it); the others are untouched.", schema: res.AdminSegmentOut } }, errors: [400, 401, 403, 404, 413, 415, 422] });
register("/api/v1/admin/themes", "post", { summary: "Add a theme", tags: ["administration"], auth: "admin", body: req.ThemeCreate, responses: { 201: { description: "Created, with `labels` and `descriptions` per language (`label` and `description` are the English).", schema: res.AdminThemeOut } }, errors: [400, 401, 403, 409, 413, 415, 422] });
register("/api/v1/admin/themes/{slug}", "patch", { summary: "Relabel or describe a theme", tags: ["administration"], auth: "admin", path: [{ name: "slug", description: "The theme's slug." }], body: req.ThemePatch, responses: { 200: { description: "Updated. Each language given in `labels` / `descriptions` is set (an empty string removes it, so the English shows); editing one language never changes another.", schema: res.AdminThemeOut } }, errors: [400, 401, 403, 404, 413, 415, 422] });
register("/api/v1/admin/staff/{email}", "put", { summary: "Set a person's staff roles", tags: ["administration"], auth: "admin", path: [{ name: "email", description: "The person's email address." }], body: req.StaffRolesBody, responses: { 200: { description: "The roles now in force.", schema: res.StaffOut } }, errors: [400, 401, 403, 413, 415, 422] });

register("/api/v1/health", "get", { summary: "Health check", tags: ["operations"], responses: { 200: { description: "The database answers.", schema: res.HealthOut }, 503: { description: "The database does not answer (status unavailable).", schema: res.HealthOut } } });
