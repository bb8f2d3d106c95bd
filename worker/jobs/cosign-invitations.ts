import type { ScheduledJob } from "./index";
import { sendDueInvitations } from "../services/cosign";

/**
 * Co-signer invitations that could not go when their statement was saved: held by the rate limits,
 * waiting for a draft to be submitted, or left by a failure. Idempotent: an invitation takes its
 * token and email in one conditional write.
 */
export const cosignInvitationsJob: ScheduledJob = { name: "cosign-invitations", run: (env, at) => sendDueInvitations(env, at) };
