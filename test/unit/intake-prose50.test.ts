import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame } from "./prose-statement";

// Round 50 (blind sets 50 and 51 used for development; invented text only): after a request, a body named anew with a modal
// of its own is a request of its own even when a word that qualifies it ("… especializadas en trata") echoes the request before.
const statement = frame([
  "Good morning, Chair. We speak for a union of lake fishers from the northern shore.",
  "Every season, boats carry people across the lake at night, and some of them never reach the other side.",
  "Thank you for your attention.",
]);
const declaracion = frame([
  "Buenos días, señora Presidenta. Hablamos en nombre de un sindicato de pescadores del lago.",
  "Cada temporada, hay barcas que cruzan el lago de noche con gente, y algunas nunca llegan.",
  "Gracias por su atención.",
]);

describe("round 50: a body named anew after a request, a word qualifying it echoing that request", () => {
  it("reads two requests (ES)", () => {
    const first = "Nos parece imprescindible que la norma trate el trabajo forzoso en las minas como una forma de trata, haya o no encierro.";
    const second = "Los guardas del río y las unidades de policía dedicadas a la trata deberían cruzar sus datos y patrullar juntos en verano.";
    expect(findProposals(declaracion(`${first} ${second}`))).toEqual([first, second]);
  });
  it("reads two requests (EN)", () => {
    const first = "It seems to us essential that the law treat forced labour in the mines as a form of trafficking, locked in or not.";
    const second = "River wardens and the police units for trafficking should pool their data and patrol together in summer.";
    expect(findProposals(statement(`${first} ${second}`))).toEqual([first, second]);
  });
});
