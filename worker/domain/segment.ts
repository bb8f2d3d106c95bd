export type SegmentStatus = "upcoming" | "open" | "closed";

/** A segment accepts statements between `opensAt` and `closesAt` (inclusive). */
export function segmentStatus(opensAt: string, closesAt: string, now: string): SegmentStatus {
  if (now < opensAt) return "upcoming";
  if (now > closesAt) return "closed";
  return "open";
}

export const TOPICS = [
  "firearms",
  "international-cooperation",
  "technical-assistance",
  "trafficking-in-persons",
  "smuggling-of-migrants",
] as const;
export type Topic = (typeof TOPICS)[number];
