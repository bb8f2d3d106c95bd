import type { SegmentCatalog } from "../taxonomy";

/** Arabic titles of the seeded segments (UNTOC and Protocols terminology). Every slug is required. */
export const arSegments: SegmentCatalog = {
  "2022-1-firearms": "الحوار البنّاء بشأن الأسلحة النارية",
  "2022-2-international-cooperation-technical-assistance": "الحوار البنّاء بشأن التعاون الدولي والمساعدة التقنية",
  "2022-3-smuggling-of-migrants": "الحوار البنّاء بشأن تهريب المهاجرين",
  "2022-4-trafficking-in-persons": "الحوار البنّاء بشأن الاتجار بالأشخاص",
  "2023-1-firearms": "الحوار البنّاء بشأن الأسلحة النارية",
  "2023-2-technical-assistance": "الحوار البنّاء بشأن المساعدة التقنية",
  "2023-3-trafficking-in-persons": "الحوار البنّاء بشأن الاتجار بالأشخاص",
  "demo-open-segment": "تجريبي: حوار بنّاء مفتوح لتقديم البيانات (ليس جزءًا حقيقيًا)",
};
