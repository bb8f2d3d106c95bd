/** UTC ISO 8601 without milliseconds, as API.md shows (`2022-07-01T09:00:00Z`). */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function addMinutes(iso: string, minutes: number): string {
  return isoNow(new Date(Date.parse(iso) + minutes * 60_000));
}
