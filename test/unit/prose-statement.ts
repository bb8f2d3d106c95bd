import { expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// What rounds 39–42's prose tests share: a statement built around the paragraphs under test (an opening, a background
// paragraph and a closing of invented text, in English, French and Spanish), and `reads` / `leaves`, which check that the
// one sentence given is read as the only request, or that nothing is.
export type Frame = readonly [open: string, back: string, close: string];
export type Make = (...paragraphs: string[]) => string;
export type Case = [string, Make];

export const frame = ([open, back, close]: Frame): Make => (...paragraphs) => [open, back, ...paragraphs, close].join("\n\n");

/** Rounds 41 and 42's beekeepers' federation, in three languages. */
export const BEEKEEPERS = {
  en: ["Good morning, Chair. We are a federation of beekeepers' cooperatives from the river valleys.", "Every spring, hives are stolen from our members and sold again across the border with new frames and new papers.", "Thank you for your attention."],
  fr: ["Bonjour, Madame la Présidente. Nous sommes une fédération de coopératives d'apiculteurs des vallées.", "Chaque printemps, des ruches sont volées à nos membres et revendues de l'autre côté de la frontière avec de nouveaux papiers.", "Merci de votre attention."],
  es: ["Buenos días, señora Presidenta. Somos una federación de cooperativas de apicultores de los valles.", "Cada primavera roban colmenas a nuestros socios y las venden al otro lado de la frontera con papeles nuevos.", "Gracias por su atención."],
} as const satisfies Record<string, Frame>;

export const reads = (cases: Case[]) => {
  for (const [sentence, make] of cases) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
};
export const leaves = (cases: Case[]) => {
  for (const [sentence, make] of cases) {
    it(`leaves "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([]);
    });
  }
};
