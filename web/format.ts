/** "Centre for Governance Research (CGR)": how pages name an organization. */
export function organizationLabel(o: { name: string; acronym: string | null }): string {
  return o.acronym ? `${o.name} (${o.acronym})` : o.name;
}

