import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// The invented statement parts rounds 39 and 40's who tests build their statements from (lighthouses, ferries and river
// crossings; invented bodies, people and towns), and `read`, which understands the blocks joined as paragraphs.
export const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
export const ASK: Record<string, string> = {
  en: "We ask every State to register the small ferries that carry workers across the strait and to publish the list each season.",
  fr: "Nous demandons à chaque État d'enregistrer les petits bacs qui transportent les travailleurs et de publier leur liste chaque saison.",
  es: "Pedimos a cada Estado que registre las pequeñas lanchas que cruzan a los trabajadores y que publique la lista cada temporada.",
};
export const CHAIR: Record<string, string> = { en: "Madam Chair,", fr: "Madame la Présidente,", es: "Señora Presidenta:" };
export const THANKS: Record<string, string> = { en: "Thank you.", fr: "Je vous remercie.", es: "Muchas gracias." };

export function read(blocks: string[], removed: string[] = []) {
  return understand(blocks.join("\n\n"), removed, segments);
}
