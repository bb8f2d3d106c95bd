/** English strings of issue 14 ("The house"): the emails past their last delivery attempt, on /admin. */
export const enHouse = {
  "admin.undelivered.heading": "Emails not delivered",
  "admin.undelivered.intro": "These emails failed on every one of their {max} delivery attempts and are no longer retried. Check the address and the error; docs/operations.md says how to send one again.",
  "admin.undelivered.none": "Every email has been delivered or is still being tried.",
  "admin.undelivered.recipient": "Recipient",
  "admin.undelivered.subject": "Subject",
  "admin.undelivered.error": "Last error",
  "admin.undelivered.attempts": "Attempts",
  "admin.undelivered.queued": "Queued",
  "admin.undelivered.more": "{count, plural, one {# more email not shown} other {# more emails not shown}}",
} as const;
