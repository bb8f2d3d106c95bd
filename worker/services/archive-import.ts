import { existingSegmentSlugs } from "../db/segments";
import { existingThemeSlugs } from "../db/themes";
import type { SubmissionContent } from "../db/submissions";
import { keyedError, type FieldError } from "../http/errors";

/** Staff import may file into any segment, open or not, but only existing segments and themes (422 naming each). */
export async function checkImport(db: D1Database, contents: SubmissionContent[]): Promise<void> {
  const segments = await existingSegmentSlugs(db);
  const themes = await existingThemeSlugs(db);
  const errors: FieldError[] = [];
  contents.forEach((c, i) => {
    if (!segments.has(c.segmentSlug)) errors.push({ path: `statements.${i}.segment`, message: `There is no segment "${c.segmentSlug}".` });
    c.themes.forEach((slug, j) => {
      if (!themes.has(slug)) errors.push({ path: `statements.${i}.themes.${j}`, message: `There is no theme "${slug}".` });
    });
    c.proposals.forEach((p, j) =>
      p.themes.forEach((slug, k) => {
        if (!themes.has(slug)) errors.push({ path: `statements.${i}.proposals.${j}.themes.${k}`, message: `There is no theme "${slug}".` });
      }),
    );
  });
  if (errors.length) throw keyedError("validation-failed", "err.request.invalid", {}, { errors: errors.slice(0, 100) });
}
