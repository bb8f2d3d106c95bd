import { describe, expect, it } from "vitest";
import { buildLexicon, matchThemes, statementThemes } from "../../worker/intake/themes";
import { THEMES } from "../../worker/seed/taxonomy";

// Round 9 of the theme lexicon (docs/intake.md, "Round 9: themes"): concept families named by a
// proposal's purpose, words that are only the audience of a proposal, and false friends between
// languages. All text below is invented for these tests.
const lexicon = buildLexicon(THEMES.map((t) => t.slug));
const slugs = (text: string) => matchThemes(text, lexicon).map((m) => m.slug).sort();

describe("themes named by what a proposal does (round 9)", () => {
  it.each([
    ["Burn confiscated rifles each quarter with independent observers watching.", "anti-corruption"],
    ["Que la destrucción de los fusiles se haga ante observadores independientes.", "anti-corruption"],
    ["Faire vérifier les dépôts de munitions par des observateurs indépendants.", "anti-corruption"],
    ["Tell the country of export whenever a consignment of pistols goes missing.", "international-cooperation"],
    ["Avisar al país exportador cuando un cargamento no llega.", "international-cooperation"],
    ["Répondre à chaque demande de l'État requérant dans un délai d'un mois.", "international-cooperation"],
    ["Pool the registers of lost pistols between the two neighbouring States.", "international-cooperation"],
    ["Publish each year the number of requests received and answered.", "international-cooperation"],
    ["Publicar cuántas solicitudes recibidas quedan sin respuesta.", "international-cooperation"],
    ["Publish the yearly figures on recovered pistols, broken down by calibre and province.", "data-research"],
    ["Publicar las cifras desglosadas por sexo de las personas atendidas.", "data-research"],
    ["Keep a shared register that records every case of forced labour found by inspectors.", "data-research"],
    ["Ask service providers to keep logs until a formal request arrives.", "technology"],
    ["Garantizar la conservación rápida de datos en poder de las empresas.", "technology"],
    ["Stop using defamation suits to silence reporters who cover smuggling.", "civil-society-protection"],
    ["Défendre la liberté de la presse dans les zones frontalières.", "civil-society-protection"],
    ["Interview each child once, in a friendly room, to avoid revictimisation.", "human-rights"],
    ["Evitar la revictimización de las mujeres durante el juicio.", "human-rights"],
    ["Mettre fin aux renvois collectifs de personnes exilées.", "human-rights"],
    ["End collective returns of people rescued at sea.", "human-rights"],
    ["Former les services frontaliers à reconnaître les faux papiers.", "border-management"],
    ["Increase joint patrols along the mountain passes.", "border-management"],
    ["Reforzar el control en las zonas fronterizas del sur.", "border-management"],
    ["Guarantee displaced children access to school and food aid.", "socio-economic-drivers"],
  ])("%s → %s", (text, theme) => {
    expect(slugs(text)).toContain(theme);
  });

  it("counts taking part and an organization of young people as two signs of participation, and neither alone", () => {
    expect(slugs("Let student unions and youth organizations take part in the yearly review.")).toContain("civil-society-participation");
    expect(slugs("Youth organizations in the valley run a football league.")).not.toContain("civil-society-participation");
    expect(slugs("Twenty officers will take part in the exercise.")).not.toContain("civil-society-participation");
  });

  it("reads revictimisation as a weak sign of victim protection, which needs a second word", () => {
    expect(slugs("Avoid revictimisation of survivors questioned by the police.")).toContain("victim-protection");
    expect(slugs("Avoid the revictimisation that long trials cause.")).not.toContain("victim-protection");
  });
});

describe("words that are a proposal's audience, not its theme (round 9)", () => {
  it("does not read judges and prosecutors listed together as the rule of law", () => {
    expect(slugs("Offer judges and prosecutors a week-long course on digital evidence.")).not.toContain("rule-of-law");
    expect(slugs("Formar a jueces, fiscales y defensores en la prueba pericial.")).not.toContain("rule-of-law");
  });

  it("still reads them as the rule of law when they stand apart in the sentence", () => {
    expect(slugs("Judges should hear these cases within a year, and prosecutors must explain every dismissal.")).toContain("rule-of-law");
  });

  it("keeps a strong word of the rule of law beside a list of professions", () => {
    expect(slugs("Judges and prosecutors should guarantee access to justice for every survivor.")).toContain("rule-of-law");
  });

  it("does not take a trained person for a proposal about training", () => {
    expect(slugs("Statements should be taken by trained interviewers in a quiet room.")).not.toContain("technical-assistance");
    expect(slugs("Train border staff to spot forged visas.")).toContain("technical-assistance");
  });
});

describe("organized crime as the field, not a proposal about criminal groups (round 9)", () => {
  it("does not suggest organized criminal groups for 'organized crime' alone", () => {
    expect(slugs("Add a module on children's rights to every course on organized crime.")).not.toContain("organized-criminal-groups");
    expect(slugs("Intégrer les droits de l'enfant aux programmes sur la criminalité organisée.")).not.toContain("organized-criminal-groups");
  });

  it("still suggests it when a second word of the theme is there", () => {
    expect(slugs("Freeze the assets of organized crime bosses.")).toContain("organized-criminal-groups");
    expect(slugs("Investigar a las redes del crimen organizado que trafican armas.")).toContain("organized-criminal-groups");
  });
});

describe("false friends between languages (round 9)", () => {
  it("does not read the French 'statut' (status) as an English statute", () => {
    expect(slugs("Offrir un abri à toute personne secourue, quel que soit son statut.")).not.toContain("legislation");
    expect(slugs("Amend the statute so that recruiters who charge fees commit an offence.")).toContain("legislation");
    expect(slugs("Create a statutory duty for shipping firms to report.")).toContain("legislation");
  });
});

describe("statement themes after round 9", () => {
  it("gives the statement the themes its proposals got from the new families", () => {
    const text = "Our network watched three weapon burns last year.\n\nBurn confiscated rifles with independent observers present.";
    const proposals = [matchThemes("Burn confiscated rifles with independent observers present.", lexicon)];
    expect(statementThemes(text, proposals, lexicon).map((m) => m.slug)).toContain("anti-corruption");
  });
});
