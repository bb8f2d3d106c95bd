import * as v from "valibot";
import { CoSignAnswerBody } from "../../domain/schemas";
import { register } from "../registry";

/** Joint statements: a co-signer's answer and an address's opt-out, by the token of its invitation email. */

const TAGS = ["joint statements"];
const TOKEN = { name: "token", description: "The token of the invitation link /cosign/{token} (only its hash is stored)." };

register("/api/v1/cosign/{token}", "post", {
  summary: "Confirm or decline co-signing a statement",
  tags: TAGS,
  path: [TOKEN],
  body: CoSignAnswerBody,
  responses: {
    200: {
      description:
        "Recorded. No session is needed: the token is the credential. On a published statement the co-signer appears (confirm) in the public statement, CSV, feeds and the organization filter at once.",
      schema: v.strictObject({ state: v.picklist(["confirmed", "declined"]), reference: v.string() }),
    },
  },
  errors: [400, 404, 409, 413, 415, 422],
});

register("/api/v1/cosign/{token}/opt-out", "post", {
  summary: "Stop every further invitation to this address",
  tags: TAGS,
  path: [TOKEN],
  responses: {
    200: {
      description:
        "The address of this invitation gets no more invitations from the portal (its waiting ones included); repeating it changes nothing. No body, no session: a mail provider's one-click POST works too. The invitation itself can still be answered.",
      schema: v.strictObject({ status: v.literal("stopped") }),
    },
  },
  errors: [404],
});
