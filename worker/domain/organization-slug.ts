/**
 * The words of an organization's slug (`Grupo Océano` → `grupo-oceano`); the database puts the
 * organization's id in front (`42-grupo-oceano`, migrations/0009), which keeps slugs unique and
 * stable. Names without Latin letters or digits have the bare id.
 */
export function slugWords(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** What the Worker inserts as `organizations.slug`: the trigger of migrations/0009 completes it. */
export const slugSeed = (name: string) => `~${slugWords(name)}`;

/** `42-grupo-oceano` → 42: old links carried the id and whatever name words were current then. */
export function organizationIdFromSlug(slug: string): number | null {
  const m = /^(\d{1,12})(?:-|$)/.exec(slug);
  return m ? Number(m[1]) : null;
}
