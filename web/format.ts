/** "Centre for Governance Research (CGR)": how pages name an organization. */
export function organizationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}

/** "Tariq Khosa, Director/CEO": how pages name a speaker. */
export function speakerLabel(s: { name: string; role: string | null }): string {
  return s.role ? `${s.name}, ${s.role}` : s.name;
}
