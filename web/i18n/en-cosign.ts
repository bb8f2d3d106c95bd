/**
 * English strings of joint statements and public organizations: the invitation email, the
 * `/cosign/{token}` page, co-signers on the owner's, staff and public pages, `/organizations`.
 * `enCosignErrors` are form error messages, merged into `enErrors`.
 */
export const enCosign = {
  "email.cosign.subject": "{organization} asks you to co-sign a statement",
  "email.cosign.intro":
    "{organization} has named {coSigner} as a co-signer of the statement below, for the UNODC Constructive Dialogue Portal. Your organization is listed only if you confirm.",
  "email.cosign.button": "Confirm or decline",
  "email.cosign.text": "Statement",
  "email.cosign.proposals": "Proposals",
  "email.cosign.why": "You receive this email because the submitter gave this address as your organization's contact. If you do nothing, your organization is not listed.",
  "email.cosign.stop": "To stop every invitation from the portal to this address, open the page above and choose “Stop all invitations”.",
  "cosign.title": "Co-sign a statement",
  "cosign.intro": "{organization} asks {coSigner} to co-sign this statement. Your organization is shown as a co-signer only if you confirm.",
  "cosign.answer": "Your answer",
  "cosign.confirm": "Confirm: we co-sign",
  "cosign.decline": "Decline",
  "cosign.confirmed": "Confirmed on {date}: {coSigner} is listed as a co-signer of the published statement.",
  "cosign.declined": "Declined on {date}: {coSigner} is not listed.",
  "cosign.closed": "This statement was withdrawn or not accepted: there is nothing to confirm.",
  "cosign.proposals": "Proposals",
  "cosign.stop.heading": "No more invitations",
  "cosign.stop.text": "Stop every further invitation from this portal to this address.",
  "cosign.stop.button": "Stop all invitations",
  "cosign.stopped": "Done: this portal sends no more invitations to this address.",
  "cosigners.heading": "Co-signers",
  "cosigners.publicHeading": "Co-signed by",
  "cosigners.count": "{confirmed} of {total} co-signers confirmed",
  "cosigners.col.organization": "Organization",
  "cosigners.col.country": "Country",
  "cosigners.col.email": "Contact",
  "cosigners.col.state": "Answer",
  "cosigners.col.invitation": "Invitation",
  "cosigners.state.invited": "Waiting",
  "cosigners.state.confirmed": "Confirmed",
  "cosigners.state.declined": "Declined",
  "cosigners.invitation.pending": "Not sent yet",
  "cosigners.invitation.sent": "Sent",
  "cosigners.invitation.stopped": "This address accepts no invitations",
  "organizations.title": "Organizations",
  "organizations.intro": "Every organization with a published statement, as author or co-signer.",
  "organizations.count": "{count, plural, one {# statement} other {# statements}}",
  "organizations.empty": "No organization has a published statement yet.",
  "organization.cosigned": "Statements co-signed",
  "organization.source": "As its latest published statement gives it ({date}).",
} as const;

export const enCosignErrors = {
  "err.cosign.answer": "Answer confirm or decline.",
  "err.cosign.unknown": "This invitation link is not valid: it is unknown, or the organization was taken off the statement.",
  "err.coSigners.type": "Give the co-signers as a list.",
  "err.coSigners.max": "A statement can have at most {max} co-signers.",
  "err.coSigners.duplicate": "This organization is already a co-signer.",
  "err.coSigners.self": "The author organization cannot also be a co-signer.",
} as const;
