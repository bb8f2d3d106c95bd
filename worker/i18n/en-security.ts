/** English strings of the abuse protections (Turnstile) on the sign-in and submit forms. */
export const enSecurity = {
  "turnstile.noscript": "This form needs JavaScript for a short check that you are a person, not an automated program.",
  "turnstile.failed": "The check that you are a person did not succeed. Complete it and send the form again.",
  "turnstile.unavailable": "This form cannot be used right now. Try again later.",
} as const;
