import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 13 (proposals): text and names written for these tests.

describe("requests reported in the third person (minutes, mission reports)", () => {
  it("takes what the speaker called for and asked, and an opinion with a modal, one each", () => {
    const text = [
      "1. Welcome",
      "Mr Halvard Quennell opened the item and thanked the organizers for the time given to the lantern workshops.",
      "2. Summary of the intervention",
      "He described how ferry crews found crates of cartridges whose labels did not match any licence. He called on States parties to keep a shared list of cartridge labels that customs can search in real time. He also asked that the secretariat prepare a short guide on reading such labels.",
      "In the view of the Lantern Guild, governments should check every licence again after three years.",
      "3. Tasks for the team",
      "Send the guide outline to the board; book a room for the March meeting.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "He called on States parties to keep a shared list of cartridge labels that customs can search in real time.",
      "He also asked that the secretariat prepare a short guide on reading such labels.",
      "In the view of the Lantern Guild, governments should check every licence again after three years.",
    ]);
  });

  it("reads the same forms in French and Spanish", () => {
    const fr = [
      "Mme Odeline Farvacque a d'abord rappelé le travail des brigades de quartier.",
      "Elle a demandé aux États parties d'ouvrir des foyers d'accueil dans chaque chef-lieu de région. Selon elle, chaque commune devrait nommer un référent pour les mineurs isolés. Elle a souhaité que l'ONUDC soutienne la formation de ces référents.",
    ].join("\n\n");
    expect(findProposals(fr)).toHaveLength(3);
    const es = "La representante recordó el trabajo de las brigadas. Pidió a los Estados que abran refugios en cada provincia.";
    expect(findProposals(es)).toEqual(["Pidió a los Estados que abran refugios en cada provincia."]);
  });

  it("does not take what someone asked about, nor a request made to a person", () => {
    const text = [
      "One delegation asked whether the figures covered the coastal districts. She asked the guard to open the gate and he refused.",
      "She explained that the list had been kept by hand since the floods.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});

describe("soft requests in letters", () => {
  it("splits a request from the soft one after it, and takes 'We would welcome it if…'", () => {
    const text = [
      "Dear Chair,",
      "Our clinics see the same people return each winter. We therefore ask States parties to publish how long each asylum file waits before a first hearing. It would also be fair to let applicants see the notes taken at their interview.",
      "We would welcome it if the secretariat invited clinic lawyers to its next regional workshop.",
      "Yours sincerely,",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "We therefore ask States parties to publish how long each asylum file waits before a first hearing.",
      "It would also be fair to let applicants see the notes taken at their interview.",
      "We would welcome it if the secretariat invited clinic lawyers to its next regional workshop.",
    ]);
  });

  it("takes 'Consideramos igualmente necesario que…' as a request of its own", () => {
    const text =
      "Solicitamos a los Estados parte que publiquen cada año el número de licencias revocadas. Consideramos igualmente necesario que los puertos registren cada contenedor abierto.";
    expect(findProposals(text)).toHaveLength(2);
  });
});

describe("transcripts", () => {
  it("reads requests behind timestamps and stops at a bracketed note", () => {
    const text = [
      "[00:00] Bonsoir, je m'appelle Lucien Ferrandou, je travaille au foyer des Tilleuls.",
      "[00:31] Ce que nous demandons d'abord, c'est que chaque jeune accueilli ait un éducateur référent jusqu'à sa majorité. [inaudible] … tous les mois, euh, au moins.",
      "[01:10] Et il faudrait que les écoles du quartier reçoivent une aide pour les cantines.",
      "[01:40] Merci.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Ce que nous demandons d'abord, c'est que chaque jeune accueilli ait un éducateur référent jusqu'à sa majorité.",
      "Et il faudrait que les écoles du quartier reçoivent une aide pour les cantines.",
    ]);
  });
});
