/**
 * The real statement of ../test/fixtures/cgr-2022-tip-statement.txt as a moderator would publish
 * it: letterhead and address blocks removed, proposal 3 rejoined across the page break.
 */
export const CGR_STATEMENT = {
  reference: "CD-CGR2-2022",
  segment: "2022-4-trafficking-in-persons",
  organization: { name: "Centre for Governance Research", acronym: "CGR", country: "PK", type: "ngo", website: null },
  speaker: { name: "Tariq Khosa", role: "Director/CEO" },
  language: "en",
  title: "CGR-NIOC Pakistan Statement: Trafficking in Persons",
  deliveredOn: "2022-07-01",
  text: [
    "Distinguished Delegates: It is a great honour for me to speak at this 4th segment of the Constructive Dialogue to represent the views of the civil society on transnational organized crime and the Convention and Protocols that are under review to measure their effectiveness and implementation by the Member States.",
    "Human trafficking is unique in terms of three factors: One, it is against basic values of human dignity and amounts to slavery. Two, the suffering of victims causes irreparable losses to the individuals and their families. Three, it preys on the most vulnerable and weak i.e., women and children. Victims are most often coerced into the commercial sex market or forced labour.",
    "Trafficking in Persons (TIP) has both national and international dimensions. There is an emerging global consensus that the traditional approach of source, transition and destination countries needs to be revisited and the emphasis must shift on human trafficking being a domestic criminal threat and then an international criminal concern. This is where the national, regional and global strategies and action plans become extremely relevant for developing a meaningful implementation framework.",
    "For the purpose of this segment of the dialogue, the following three proposals are submitted for consideration by the Member States:",
    "1. National strategies against serious and organized crimes like human trafficking should reflect concerted state and society responses to the emerging threats and challenges; these should be proactive rather than reactive and focus on addressing the root causes of exploitation of the vulnerable communities.\n2. The Member States should come up with comprehensive legislation against Trafficking in Persons. An inter-agency task force may monitor and coordinate actions against Organized Criminal Groups (OCGs) involved in trafficking and exploitation of women and children.\n3. Public awareness, education, poverty alleviation, social justice, human rights perspectives are as important as effective law enforcement, border management, corruption-free state machinery, and the rule of law.",
    "In conclusion, we hope that the UN Convention and Protocols against transnational organized crime, including human trafficking, will be implemented in their true letter and spirit. I compliment the UNODC Civil Society Unit for facilitating such a meaningful civil society engagement for all the four segments of UNTOC Constructive Dialogues.",
    "Thank you.",
  ].join("\n\n"),
  proposals: [
    {
      text: "National strategies against serious and organized crimes like human trafficking should reflect concerted state and society responses to the emerging threats and challenges; these should be proactive rather than reactive and focus on addressing the root causes of exploitation of the vulnerable communities.",
      themes: ["national-strategy", "socio-economic-drivers"],
    },
    {
      text: "The Member States should come up with comprehensive legislation against Trafficking in Persons. An inter-agency task force may monitor and coordinate actions against Organized Criminal Groups (OCGs) involved in trafficking and exploitation of women and children.",
      themes: ["legislation", "institutional-coordination", "organized-criminal-groups"],
    },
    {
      text: "Public awareness, education, poverty alleviation, social justice, human rights perspectives are as important as effective law enforcement, border management, corruption-free state machinery, and the rule of law.",
      themes: ["prevention-awareness", "socio-economic-drivers", "human-rights", "border-management", "anti-corruption", "rule-of-law"],
    },
  ],
  themes: ["national-strategy", "legislation", "human-rights"],
  submittedBy: "archive@unodc.example.org",
  publishedBy: "admin@example.org",
  publishedAt: "2022-07-15T09:00:00Z",
};
