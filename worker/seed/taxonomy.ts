/** The starting taxonomy of DESIGN.md (slugs fixed) and the real segments. No imports: Node's seed script loads this file directly. */

export const THEMES = [
  { slug: "national-strategy", label: "National strategies and policy frameworks", description: "National and regional strategies, action plans and policy frameworks against organized crime." },
  { slug: "legislation", label: "Legislation and criminalization", description: "Domestic legislation, criminalization of offences and alignment with the Convention and its Protocols." },
  { slug: "institutional-coordination", label: "Inter-agency coordination, task forces, referral mechanisms", description: "Coordination between agencies, task forces and national referral mechanisms." },
  { slug: "organized-criminal-groups", label: "Investigating and prosecuting organized criminal groups", description: "Investigation, prosecution and disruption of organized criminal groups." },
  { slug: "prevention-awareness", label: "Prevention, public awareness and education", description: "Prevention, awareness-raising campaigns and education." },
  { slug: "socio-economic-drivers", label: "Root causes: poverty, social justice, safe migration pathways", description: "Poverty, inequality, social justice and safe, regular migration pathways." },
  { slug: "human-rights", label: "Human rights, victim-centred and gender-responsive approaches", description: "Human rights, victim-centred, child-sensitive and gender-responsive approaches." },
  { slug: "victim-protection", label: "Protection, assistance and reintegration of victims and migrants", description: "Identification, protection, assistance, compensation and reintegration of victims and smuggled migrants." },
  { slug: "border-management", label: "Border management and document security", description: "Border control, document security and identity management." },
  { slug: "anti-corruption", label: "Anti-corruption and integrity", description: "Corruption that enables organized crime; integrity of institutions." },
  { slug: "rule-of-law", label: "Rule of law and access to justice", description: "Rule of law, independent judiciary and access to justice." },
  { slug: "data-research", label: "Data, evidence and research", description: "Data collection, evidence and research to inform policy." },
  { slug: "technology", label: "Technology, online exploitation and digital evidence", description: "Online exploitation, cyber-enabled crime, digital evidence and new technologies." },
  { slug: "international-cooperation", label: "International cooperation: mutual legal assistance, extradition", description: "Mutual legal assistance, extradition and cross-border cooperation." },
  { slug: "technical-assistance", label: "Technical assistance and capacity building", description: "Technical assistance, training and capacity building." },
  { slug: "civil-society-participation", label: "Civil society participation in the review process", description: "Participation of non-governmental stakeholders in the Review Mechanism." },
  { slug: "civil-society-protection", label: "Protection of civil society, whistle-blowers and witnesses", description: "Protection of civil society actors, journalists, whistle-blowers and witnesses." },
  { slug: "firearms-control", label: "Firearms marking, record-keeping, tracing and transfer controls", description: "Marking, record-keeping, tracing and control of transfers of firearms." },
  { slug: "emerging-forms", label: "Emerging forms: organ removal, forced criminality, environmental crime", description: "Emerging forms of crime: organ removal, forced criminality, environmental crime." },
] as const satisfies readonly { slug: string; label: string; description: string }[];

/** The slug of a seeded theme: every interface language must translate each one (`worker/i18n/*-themes.ts`). */
export type SeededThemeSlug = (typeof THEMES)[number]["slug"];

export type SeedSegment = { slug: string; title: string; series: string; number: number; topics: readonly string[]; heldOn: string };

export const SEGMENTS = [
  { slug: "2022-1-firearms", title: "Constructive dialogue on firearms", series: "2022", number: 1, topics: ["firearms"], heldOn: "2022-05-06" },
  {
    slug: "2022-2-international-cooperation-technical-assistance",
    title: "Constructive dialogue on international cooperation and technical assistance",
    series: "2022",
    number: 2,
    topics: ["international-cooperation", "technical-assistance"],
    heldOn: "2022-05-27",
  },
  { slug: "2022-3-smuggling-of-migrants", title: "Constructive dialogue on the smuggling of migrants", series: "2022", number: 3, topics: ["smuggling-of-migrants"], heldOn: "2022-07-01" },
  { slug: "2022-4-trafficking-in-persons", title: "Constructive dialogue on trafficking in persons", series: "2022", number: 4, topics: ["trafficking-in-persons"], heldOn: "2022-07-01" },
  { slug: "2023-1-firearms", title: "Constructive dialogue on firearms", series: "2023", number: 1, topics: ["firearms"], heldOn: "2023-05-05" },
  { slug: "2023-2-technical-assistance", title: "Constructive dialogue on technical assistance", series: "2023", number: 2, topics: ["technical-assistance"], heldOn: "2023-05-31" },
  { slug: "2023-3-trafficking-in-persons", title: "Constructive dialogue on trafficking in persons", series: "2023", number: 3, topics: ["trafficking-in-persons"], heldOn: "2023-10-04" },
] as const satisfies readonly SeedSegment[];

export const DEMO_SEGMENT_SLUG = "demo-open-segment";
export const DEMO_SEGMENT_TITLE = "Demo: constructive dialogue open for statements (not a real segment)";

/** The slug of a seeded segment (the real ones and the demo): every interface language must translate its title (`worker/i18n/*-segments.ts`). */
export type SeededSegmentSlug = (typeof SEGMENTS)[number]["slug"] | typeof DEMO_SEGMENT_SLUG;

/**
 * The seeded themes' labels and descriptions in another UN language (`translations/fr-themes.ts`, …): one
 * entry per seeded slug, so a theme added to the seed and missing from a translation fails the type check.
 * They are data: the seed writes them to `theme_translations`, where admins edit them per language.
 */
export type ThemeCatalog = Record<SeededThemeSlug, { label: string; description: string }>;

/** The seeded segments' titles in another UN language (`translations/fr-segments.ts`, …), seeded into `segment_translations`. */
export type SegmentCatalog = Record<SeededSegmentSlug, string>;
