import type { SegmentCatalog } from "../taxonomy";

/** French titles of the seeded segments (UNTOC and Protocols terminology). Every slug is required. */
export const frSegments: SegmentCatalog = {
  "2022-1-firearms": "Dialogue constructif sur les armes à feu",
  "2022-2-international-cooperation-technical-assistance": "Dialogue constructif sur la coopération internationale et l'assistance technique",
  "2022-3-smuggling-of-migrants": "Dialogue constructif sur le trafic illicite de migrants",
  "2022-4-trafficking-in-persons": "Dialogue constructif sur la traite des personnes",
  "2023-1-firearms": "Dialogue constructif sur les armes à feu",
  "2023-2-technical-assistance": "Dialogue constructif sur l'assistance technique",
  "2023-3-trafficking-in-persons": "Dialogue constructif sur la traite des personnes",
  "demo-open-segment": "Démonstration : dialogue constructif ouvert aux déclarations (il ne s'agit pas d'un segment réel)",
};
