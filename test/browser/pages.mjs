// Every page checked with axe-core in Chromium. `as` is who looks at it; `{reference}` is a
// submission the setup creates for the submitter, `{published}` the seeded published statement.
// Add each new page here.
export const PAGES = [
  { name: "home", path: "/", as: "anonymous" },
  { name: "home in Arabic (RTL)", path: "/?lang=ar", as: "anonymous" },
  { name: "sign-in", path: "/sign-in", as: "anonymous" },
  { name: "verify without a token", path: "/auth/verify", as: "anonymous" },
  { name: "verify with a token", path: "/auth/verify?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", as: "anonymous" },
  { name: "not found", path: "/no-such-page", as: "anonymous" },
  { name: "submit form", path: "/submit", as: "submitter" },
  { name: "my submissions", path: "/my/submissions", as: "submitter" },
  { name: "my submission (view and edit)", path: "/my/submissions/{reference}", as: "submitter" },
  { name: "moderation queue", path: "/moderation", as: "moderator" },
  { name: "moderation review", path: "/moderation/{reference}", as: "moderator" },
  { name: "moderation review of a published statement", path: "/moderation/{published}", as: "moderator" },
  { name: "administration", path: "/admin", as: "admin" },
  { name: "edit a segment", path: "/admin/segments/2022-4-trafficking-in-persons", as: "admin" },
  { name: "edit a theme", path: "/admin/themes/technology", as: "admin" },
  { name: "archive search", path: "/statements", as: "anonymous" },
  { name: "archive search with query and filters", path: "/statements?q=trafficking&theme=human-rights&sort=relevance", as: "anonymous" },
  { name: "archive search with no result", path: "/statements?q=zzzzqqq", as: "anonymous" },
  { name: "archive search in Arabic (RTL)", path: "/statements?q=trafficking&lang=ar", as: "anonymous" },
  { name: "published statement", path: "/statements/{published}", as: "anonymous" },
  { name: "segment page", path: "/segments/2022-4-trafficking-in-persons", as: "anonymous" },
  { name: "theme page", path: "/themes/human-rights", as: "anonymous" },
  { name: "organization page", path: "/organizations/1", as: "anonymous" },
];
