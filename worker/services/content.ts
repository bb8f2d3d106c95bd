import { getSegmentBySlug, type StoredSegment } from "../db/segments";
import { existingThemeSlugs } from "../db/themes";
import type { StoredSubmission, SubmissionContent } from "../db/submissions";
import type { SubmissionCreate, SubmissionPatch } from "../domain/schemas";
import { keyedError, type FieldError } from "../http/errors";
import { fieldError, segmentFieldError } from "../i18n/messages";

export function contentFromInput(input: Omit<SubmissionCreate, "organization"> & { organization: SubmissionCreate["organization"] | StoredSubmission["organization"] }): SubmissionContent {
  return {
    segmentSlug: input.segment,
    organization: {
      name: input.organization.name,
      acronym: input.organization.acronym || null,
      country: input.organization.country,
      type: input.organization.type,
      website: input.organization.website || null,
    },
    speaker: { name: input.speaker.name, role: input.speaker.role || null },
    language: input.language,
    title: input.title,
    text: input.text,
    deliveredOn: input.deliveredOn ?? null,
    proposals: input.proposals.map((p) => ({ text: p.text, themes: p.themes })),
    themes: input.themes,
  };
}

export function contentOf(s: StoredSubmission): SubmissionContent {
  return {
    segmentSlug: s.segment.slug,
    organization: s.organization,
    speaker: s.speaker,
    language: s.language,
    title: s.title,
    text: s.text,
    deliveredOn: s.deliveredOn,
    proposals: s.proposals.map((p) => ({ text: p.text, themes: p.themes })),
    themes: s.themes,
  };
}

/** Applies a PATCH body to the current content; absent fields stay as they are. */
export function mergeContent(current: SubmissionContent, patch: Omit<SubmissionPatch, "version">): SubmissionContent {
  const next = { ...current };
  if (patch.segment !== undefined) next.segmentSlug = patch.segment;
  if (patch.organization !== undefined) {
    next.organization = { ...patch.organization, acronym: patch.organization.acronym || null, website: patch.organization.website || null };
  }
  if (patch.speaker !== undefined) next.speaker = { name: patch.speaker.name, role: patch.speaker.role || null };
  if (patch.language !== undefined) next.language = patch.language;
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.text !== undefined) next.text = patch.text;
  if (patch.deliveredOn !== undefined) next.deliveredOn = patch.deliveredOn;
  if (patch.proposals !== undefined) next.proposals = patch.proposals.map((p) => ({ text: p.text, themes: p.themes }));
  if (patch.themes !== undefined) next.themes = patch.themes;
  return next;
}

/**
 * The fields whose value really changed, as the history's `{ from, to }` map. Proposals count as
 * changed when their texts (or number) change; a proposal whose only change is its themes is
 * `proposals.N.themes`, so a re-tag is never logged as a text change.
 */
export function diffContent(before: SubmissionContent, after: SubmissionContent): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const sorted = (list: readonly string[]) => [...new Set(list)].sort();
  const fields: [string, unknown, unknown][] = [
    ["segment", before.segmentSlug, after.segmentSlug],
    ["organization", before.organization, after.organization],
    ["speaker", before.speaker, after.speaker],
    ["language", before.language, after.language],
    ["title", before.title, after.title],
    ["text", before.text, after.text],
    ["deliveredOn", before.deliveredOn, after.deliveredOn],
    ["themes", sorted(before.themes), sorted(after.themes)],
  ];
  for (const [name, from, to] of fields) {
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[name] = { from, to };
  }
  const texts = (c: SubmissionContent) => c.proposals.map((p) => p.text);
  if (JSON.stringify(texts(before)) !== JSON.stringify(texts(after))) {
    const numbered = (c: SubmissionContent) => c.proposals.map((p, i) => ({ number: i + 1, text: p.text, themes: sorted(p.themes) }));
    changes.proposals = { from: numbered(before), to: numbered(after) };
  } else {
    after.proposals.forEach((p, i) => {
      const from = sorted(before.proposals[i]!.themes);
      const to = sorted(p.themes);
      if (JSON.stringify(from) !== JSON.stringify(to)) changes[`proposals.${i + 1}.themes`] = { from, to };
    });
  }
  return changes;
}

/**
 * Checks what the schema cannot: the segment exists (and is open, unless staff archive an
 * earlier statement) and every theme is in the taxonomy. Throws 422 naming each field.
 */
export async function checkReferences(
  db: D1Database,
  content: SubmissionContent,
  options: { now: string; mayUseClosedSegment: boolean },
): Promise<StoredSegment> {
  const errors: FieldError[] = [];
  const [segment, themes] = await Promise.all([getSegmentBySlug(db, content.segmentSlug, options.now), existingThemeSlugs(db)]);
  if (!segment) errors.push(fieldError("segment", "err.segment.unknown", { slug: content.segmentSlug }));
  else if (segment.status !== "open" && !options.mayUseClosedSegment) {
    errors.push(segmentFieldError("segment", segment.status === "closed" ? "err.segment.closed" : "err.segment.upcoming", segment));
  }
  content.themes.forEach((slug, i) => {
    if (!themes.has(slug)) errors.push(fieldError(`themes.${i}`, "err.theme.unknown", { slug }));
  });
  content.proposals.forEach((p, i) =>
    p.themes.forEach((slug, j) => {
      if (!themes.has(slug)) errors.push(fieldError(`proposals.${i}.themes.${j}`, "err.theme.unknown", { slug }));
    }),
  );
  if (errors.length > 0 || !segment) throw keyedError("validation-failed", "err.request.invalid", {}, { errors });
  return segment;
}
