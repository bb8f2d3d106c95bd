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
        "Submitted, with its receipt email. The draft is checked as a full submission: 422 lists every missing or invalid field; its segment must be open (staff: any). A missing organization is taken from the saved one. Not a draft, or a stale version → 409.",
      schema: res.SubmissionOut,
    },
  },
  errors: [400, 401, 404, 409, 413, 415, 422, 429],
});
