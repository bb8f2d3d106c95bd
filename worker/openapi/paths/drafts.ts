import * as req from "../../domain/schemas";
import * as res from "../responses";
import { REFERENCE_PARAM, register } from "../registry";

/** Drafts and the saved organization profile. */
register("/api/v1/submissions/{reference}/submit", "post", {
  summary: "Submit my draft",
  tags: ["submissions"],
  auth: "user",
  path: [REFERENCE_PARAM],
  body: req.SubmitDraftBody,
  responses: {
    200: {
      description:
        "Submitted, with its receipt email. The draft is checked as a full submission: 422 lists every missing or invalid field; its segment must be open (staff: any). A missing organization is taken from the saved one. The co-signers kept with the draft are invited now. Not a draft, or a stale version → 409.",
      schema: res.SubmissionOut,
    },
  },
  errors: [400, 401, 404, 409, 413, 415, 422, 429],
});

register("/api/v1/me/organization", "get", {
  summary: "My saved organization",
  tags: ["submissions"],
  auth: "user",
  responses: { 200: { description: "The saved organization (the submission body's organization object) and `speakers`: the speakers of my recent statements, most recent first (read-only). None saved yet → 404.", schema: res.ProfileOut } },
  errors: [401, 404],
});
register("/api/v1/me/organization", "put", {
  summary: "Save my organization",
  tags: ["submissions"],
  auth: "user",
  body: req.OrganizationProfileBody,
  responses: { 200: { description: "Saved (created or replaced). Statements already submitted keep the organization they were submitted with. `speakers` is read-only: ignored if sent.", schema: res.ProfileOut } },
  errors: [400, 401, 413, 415, 422],
});
