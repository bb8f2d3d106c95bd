import { SubscriptionCreate, SubscriptionToken } from "../../domain/subscriptions";
import * as res from "../responses-follow";
import { register } from "../registry";
import { CACHE_HEADERS, CACHING, FILTERS, IF_NONE_MATCH, Q } from "./archive";

/** Following the archive by email (double opt-in, digests, one-click unsubscribe) and the statistics of a search. */

const TAGS = ["following the archive"];

register("/api/v1/subscriptions", "post", {
  summary: "Follow a search by email (double opt-in)",
  tags: TAGS,
  body: SubscriptionCreate,
  responses: {
    202: {
      description:
        "A confirmation email is on its way (for any well-formed address: the answer never reveals whether the address is known; at most five unconfirmed subscriptions per address get an email). Nothing else is sent until it is confirmed. filters values may be one string or a list; the email is written in the request's interface language, which the digests keep.",
      schema: res.SubscriptionSentOut,
    },
  },
  errors: [400, 413, 415, 422, 429],
});

register("/api/v1/subscriptions/confirm", "post", {
  summary: "Confirm a subscription with the token from its email",
  tags: TAGS,
  body: SubscriptionToken,
  responses: {
    200: {
      description:
        "Active: the first digest is due at once and covers what is published after now; digests then follow at the chosen frequency, only when something new matches. Confirming again answers the same. An earlier subscription of the address to the same search ends. An expired (72 hours), replaced or unknown token → 400.",
      schema: res.SubscriptionConfirmedOut,
    },
  },
  errors: [400, 413, 415, 422, 429],
});

register("/api/v1/subscriptions/unsubscribe", "post", {
  summary: "End a subscription with the token of its digests",
  tags: TAGS,
  body: SubscriptionToken,
  responses: {
    200: {
      description:
        "Unsubscribed; nothing more is sent (again 200 if already). Every digest carries the token in its unsubscribe link and in List-Unsubscribe (RFC 8058), whose URL (/unsubscribe?token=…) also takes the mail providers' one-click POST. An unknown token → 400.",
      schema: res.UnsubscribedOut,
    },
  },
  errors: [400, 413, 415, 422, 429],
});

register("/api/v1/statistics", "get", {
  summary: "Statistics of the published statements matching a search",
  tags: ["public archive"],
  query: [Q, ...FILTERS],
  headers: [IF_NONE_MATCH],
  responses: {
    200: {
      description: `Counts of the statements matching q and every filter (each filter applies to every figure, unlike search facets). ${CACHING}`,
      schema: res.StatisticsOut,
      headers: CACHE_HEADERS,
    },
    304: { description: "Not modified (If-None-Match matched)." },
  },
  errors: [400, 429],
});
