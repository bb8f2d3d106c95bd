import type { SegmentCatalog } from "../taxonomy";

/** Spanish titles of the seeded segments (UNTOC and Protocols terminology). Every slug is required. */
export const esSegments: SegmentCatalog = {
  "2022-1-firearms": "Diálogo constructivo sobre armas de fuego",
  "2022-2-international-cooperation-technical-assistance": "Diálogo constructivo sobre cooperación internacional y asistencia técnica",
  "2022-3-smuggling-of-migrants": "Diálogo constructivo sobre el tráfico ilícito de migrantes",
  "2022-4-trafficking-in-persons": "Diálogo constructivo sobre la trata de personas",
  "2023-1-firearms": "Diálogo constructivo sobre armas de fuego",
  "2023-2-technical-assistance": "Diálogo constructivo sobre asistencia técnica",
  "2023-3-trafficking-in-persons": "Diálogo constructivo sobre la trata de personas",
  "demo-open-segment": "Demostración: diálogo constructivo abierto a declaraciones (no es un segmento real)",
};
