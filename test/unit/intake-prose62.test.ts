import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 62 (blind sets 70 and 71 used for development; invented text only): a press release — a dateline opening its first
// paragraph and an "About …" heading over its closing notes — tells its officer's asks in the third person. Inside that genre,
// what she asked ("called on …", « a demandé … », "pidió que …") is an ask, and so is what she said others should do ("She added
// that … should …": the clause after "that"); the headline, the history, someone else's words and the notes stay out.

const release = (dateline: string, body: string[], about: string, aboutText: string) =>
  ["PRESS RELEASE", "Lantern Guild urges action on river smuggling", `${dateline} ${body[0]}`, ...body.slice(1), `${about}\n${aboutText}`, "Media contact: desk@example.org"].join("\n\n");

describe("round 62: asks reported in a press release", () => {
  const en = release(
    "MILLBRIDGE, 4 March 2031 –",
    [
      "The Lantern Guild of River Pilots today addressed the dialogue on smuggling in Vienna. Its chairwoman, Dr Orla Quennevat, spoke for the Guild.",
      "Dr Quennevat, who has piloted barges for thirty years, told the delegates that river ports should keep one shared register of every barge that docks at night.",
      "She added that customs officers must be trained to read the new cargo seals before the next season.",
      "In 2024, she had proposed a hotline to the ministry, which never answered.",
      "The harbour minister said that the ports should wait for the next budget.",
    ],
    "About the Guild",
    "The Lantern Guild brings together 400 river pilots. It should be read as a trade body.",
  );
  it("reads what the officer said others should do, from the clause after 'that'", () => {
    expect(findProposals(en)).toEqual([
      "river ports should keep one shared register of every barge that docks at night.",
      "customs officers must be trained to read the new cargo seals before the next season.",
    ]);
  });
  it("reads nothing of the kind without the genre (no dateline, no notes)", () => {
    const plain = ["Our chairwoman spoke yesterday.", "She added that customs officers must be trained to read the new cargo seals before the next season."].join("\n\n");
    expect(findProposals(plain)).not.toContain("customs officers must be trained to read the new cargo seals before the next season.");
  });
  it("reads a Spanish release's asks, whole after a verb of asking, subjectless too", () => {
    const es = [
      "COMUNICADO DE PRENSA",
      "La Cofradía de Barqueros pide controles en el río",
      "PUERTO ALTO, 4 de marzo de 2031.– La presidenta de la Cofradía de Barqueros, Itziar Bolmonte Ruaz, intervino hoy en el diálogo sobre contrabando.",
      "Bolmonte recordó que en 2029 se perdieron cuarenta barcazas en el río.",
      "La presidenta solicitó que las aduanas fluviales abran de noche y que publiquen sus horarios. Insistió, además, en que los precintos se revisen en cada muelle.",
      "El ministro del puerto dijo que las aduanas deben esperar al próximo presupuesto.",
      "Acerca de la Cofradía de Barqueros\nLa Cofradía reúne a 300 barqueros desde 1998.",
    ].join("\n\n");
    expect(findProposals(es)).toEqual([
      "La presidenta solicitó que las aduanas fluviales abran de noche y que publiquen sus horarios.",
      "Insistió, además, en que los precintos se revisen en cada muelle.",
    ]);
  });
  it("reads a French release's ask after the officer's name and leaves the history out", () => {
    const fr = [
      "COMMUNIQUÉ DE PRESSE",
      "La Guilde des passeurs demande des contrôles sur le fleuve",
      "VAL-DES-AULNES, le 4 mars 2031 – La présidente de la Guilde des passeurs, Mme Ombeline Vautrelle, est intervenue aujourd'hui au dialogue sur la contrebande.",
      "Mme Vautrelle a demandé aux États de publier chaque mois la liste des péniches contrôlées.",
      "Elle a ajouté que les douanes devraient ouvrir leurs postes fluviaux la nuit.",
      "À propos de la Guilde\nLa Guilde réunit 200 passeurs depuis 1990.",
    ].join("\n\n");
    expect(findProposals(fr)).toEqual([
      "Mme Vautrelle a demandé aux États de publier chaque mois la liste des péniches contrôlées.",
      "les douanes devraient ouvrir leurs postes fluviaux la nuit.",
    ]);
  });
});
