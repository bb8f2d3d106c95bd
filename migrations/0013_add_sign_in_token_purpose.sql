-- Sign-in links have two purposes: the sign-in form's (15 minutes; at most five live per address)
-- and the reply to a statement sent by email (24 hours, leading to the draft). The reply's links are
-- not counted against the form's five, so an NGO that emails several statements can still sign in.
ALTER TABLE sign_in_tokens ADD COLUMN purpose TEXT NOT NULL DEFAULT 'sign-in' CHECK (purpose IN ('sign-in', 'email-reply'));
