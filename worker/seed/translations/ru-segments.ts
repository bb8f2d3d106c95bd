import type { SegmentCatalog } from "../taxonomy";

/** Russian titles of the seeded segments (UNTOC and Protocols terminology). Every slug is required. */
export const ruSegments: SegmentCatalog = {
  "2022-1-firearms": "Конструктивный диалог по огнестрельному оружию",
  "2022-2-international-cooperation-technical-assistance": "Конструктивный диалог по международному сотрудничеству и технической помощи",
  "2022-3-smuggling-of-migrants": "Конструктивный диалог по незаконному ввозу мигрантов",
  "2022-4-trafficking-in-persons": "Конструктивный диалог по торговле людьми",
  "2023-1-firearms": "Конструктивный диалог по огнестрельному оружию",
  "2023-2-technical-assistance": "Конструктивный диалог по технической помощи",
  "2023-3-trafficking-in-persons": "Конструктивный диалог по торговле людьми",
  "demo-open-segment": "Демонстрация: конструктивный диалог, открытый для заявлений (не настоящий сегмент)",
};
