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

// Round 62, other misses of blind 70/71 by mechanism: a belief put as what "seems" to the speaker, with a passive ask; a
// cleft of what is asked with those asked named ("lo que pedimos a …"); a run-in label counting requests (« Notre première
// demande : que … »); a passive after a clause of if or when, in French and Spanish too, set apart from the request before.
const letter = (...parts: string[]) => ["Our guild of ferrymen has worked the upper river since 1950.", ...parts, "Thank you."].join("\n\n");

describe("round 62: other forms read", () => {
  it("reads 'It seems to us that … should be …' and its French and Spanish forms", () => {
    for (const s of [
      "It seems to us that the agencies which hire deckhands abroad should be licensed and checked without warning.",
      "Il nous semble d'abord que tout mousse retiré d'un bateau devrait être confié à un service qui le suive.",
      "Nos parece que los permisos de amarre deberían entregarse en una sola oficina del puerto.",
    ]) expect(findProposals(letter(s))).toEqual([s]);
  });
  it("leaves out what seems so without asking", () => {
    expect(findProposals(letter("It seems to us that the river has risen faster every spring."))).toEqual([]);
  });
  it("reads a cleft of what is asked with those asked named", () => {
    const es = "Lo que pedimos a las autoridades portuarias es que revisen cada barcaza que llegue de noche.";
    const fr = "Ce que nous demandons aux communes riveraines, c'est qu'elles éclairent les quais la nuit.";
    expect(findProposals(letter(es))).toEqual([es]);
    expect(findProposals(letter(fr))).toEqual([fr]);
  });
  it("reads a request counted by a run-in label, and a passive after a clause of if as one of its own", () => {
    const first = "Notre première demande : que les barques saisies soient marquées et inscrites dans un registre public.";
    const second = "Si une nouvelle saisie est organisée, les promesses faites aux passeurs doivent être écrites.";
    expect(findProposals(letter(`${first} ${second}`))).toEqual([first, second]);
  });
});
