/** "Centre for Governance Research (CGR)": how pages name an organization. */
export function organizationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}

/** "Tariq Khosa, Director/CEO": how pages name a speaker (`separator` is the page language's, `t("list.separator")`). */
export function speakerLabel(s: { name: string; role: string | null }, separator = ", "): string {
  return s.role ? `${s.name}${separator}${s.role}` : s.name;
}
