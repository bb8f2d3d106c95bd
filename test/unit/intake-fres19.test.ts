import { describe, expect, it } from "vitest";
import { readMarker } from "../../worker/intake/markers";
import { findProposals } from "../../worker/intake/proposals";

// Round 19 (French and Spanish proposals; blind set 14 used for development): text and names
// written for these tests.

const para = (...sentences: string[]) => sentences.join(" ");

describe("arrows and check marks as list labels (round 19)", () => {
  it("reads a line opening with an arrow or a check mark as a bullet item, not an arrow inside a line", () => {
    expect(readMarker("→ Les coopératives de miel devraient tenir un registre.")?.marker.kind).toBe("bullet");
    expect(readMarker("➔ Abrir una ventanilla para los barqueros.")?.marker.kind).toBe("bullet");
    expect(readMarker("✓ Fund the river ferries all year.")?.marker.kind).toBe("bullet");
    expect(readMarker("De 12 → 30 ruches par village")).toBeNull();
    expect(readMarker("→Les ruches")).toBeNull();
  });

  it("gives the arrow-led demands under a heading of a text export, not the figures above them", () => {
    const text = [
      "LE MIEL DU PLATEAU EN CHIFFRES",
      "412\nruches volées en une saison",
      "3 sur 5\napiculteurs sans assurance",
      "CE QUE NOUS CONSTATONS\nLes vols de ruches se multiplient la nuit. Personne ne sait où partent les essaims.",
      [
        "NOS DEUX DEMANDES",
        "→ Chaque ruche vendue sur un marché doit porter le numéro de son rucher, lisible et déclaré.",
        "→ Nous demandons aux communes du plateau de financer des enclos fermés pour les ruchers isolés.",
      ].join("\n"),
      "Sources : carnets des apiculteurs, 2021.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Chaque ruche vendue sur un marché doit porter le numéro de son rucher, lisible et déclaré.",
      "Nous demandons aux communes du plateau de financer des enclos fermés pour les ruchers isolés.",
    ]);
  });
});

describe("French and Spanish ways of asking (round 19)", () => {
  it("reads a request made of a body with « solliciter de », a wish formed or voiced, and a request the speaker dares to make", () => {
    const text = [
      para("Les bergers du col perdent des bêtes chaque hiver.", "Nous sollicitons donc du ministère qu'il ouvre deux refuges chauffés sur la route des troupeaux."),
      para("Les foires ferment tôt.", "Nous formons enfin le vœu que chaque ministère réserve une halle couverte aux fromagers."),
      para("Las balsas cruzan de noche sin luces.", "Nos atrevemos también a sugerir que cada municipio ribereño compre faroles para las balsas de pasajeros."),
      para("Les passeurs de bac travaillent sans contrat.", "Nous osons demander aux communes de leur verser un salaire pendant la crue."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nous sollicitons donc du ministère qu'il ouvre deux refuges chauffés sur la route des troupeaux.",
      "Nous formons enfin le vœu que chaque ministère réserve une halle couverte aux fromagers.",
      "Nos atrevemos también a sugerir que cada municipio ribereño compre faroles para las balsas de pasajeros.",
      "Nous osons demander aux communes de leur verser un salaire pendant la crue.",
    ]);
  });

  it("reads that the time has come, said as a belief, and a question in the conditional that proposes", () => {
    const text = [
      para("Los faroleros del puerto cobran tarde.", "Pensamos que ya ha llegado la hora de que las autoridades portuarias les paguen cada mes."),
      para("Les ponts suspendus rouillent.", "Nous croyons que le moment est venu pour chaque commune de repeindre ses passerelles."),
      para("Las parteras caminan horas hasta las aldeas.", "¿No sería mejor abrir una casa de parto en cada cruce de caminos, con una partera de guardia?"),
      para("Les vanniers vendent mal leurs paniers.", "Ne serait-il pas possible de leur ouvrir un étal gratuit dans chaque marché couvert ?"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Pensamos que ya ha llegado la hora de que las autoridades portuarias les paguen cada mes.",
      "Nous croyons que le moment est venu pour chaque commune de repeindre ses passerelles.",
      "¿No sería mejor abrir una casa de parto en cada cruce de caminos, con una partera de guardia?",
      "Ne serait-il pas possible de leur ouvrir un étal gratuit dans chaque marché couvert ?",
    ]);
  });

  it("does not take what the speaker does, a question that wonders, nor what has come to pass", () => {
    const text = [
      para("Notre atelier existe depuis 2010.", "Nous formons des vanniers et nous sollicitons la parole à chaque foire."),
      para("Los barqueros cruzan el río de noche.", "Muy pocos se atreven a pedir ayuda en la orilla."),
      para("La balsa volcó en marzo.", "¿No es posible que el barquero se durmiera al timón?"),
      para("Tres faroleros fueron despedidos.", "Ninguno de esos despidos ha llegado a juicio."),
      para("L'hiver est venu tôt cette année.", "Nous osons espérer un printemps plus doux."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});
