import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 60 (blind sets 66 and 67 used for development; invented text only): a second body set apart by "for their part"
// without an article, a body's wish under its acronym, what the speaker came to say before a colon, an impersonal wish in a
// clause after ", and", the speaker's advice to a body, "perhaps, too" after a request; kept out: a covering note's courtesy, a request about the speaker's turn.

const prose = (...paragraphs: string[]) =>
  findProposals(["Madam Chair,", "Our cooperative mends the nets of the river fishers.", ...paragraphs, "Thank you."].join("\n\n"));

describe("round 60: asks read", () => {
  it("splits a second body set apart by \"for their part\", with or without an article", () => {
    const first = "We would ask every State to register the nets sold at the river markets before they change hands.";
    const second = "Net makers, for their part, ought to sell only nets that carry a maker's mark, and refuse the others.";
    expect(prose(`${first} ${second}`)).toEqual([first, second]);
    expect(prose("We ask the States to register the nets. They, for their part, should publish the register.")).toHaveLength(1);
  });

  it("reads a body's wish under its acronym, in English, French and Spanish", () => {
    for (const ask of [
      "The RFC wishes to see the three riparian States create a joint river patrol.",
      "Le CPF souhaite que les trois États riverains créent une brigade fluviale commune.",
      "La CPR desea que los tres Estados ribereños creen una patrulla fluvial conjunta.",
    ]) expect(prose(ask)).toEqual([ask]);
  });

  it("reads what the speaker came to say or ask before a colon", () => {
    for (const ask of [
      "That is what we have come here to ask for: let the river wardens inspect the papers of each boat.",
      "Voici ce que nous sommes venus demander : que chaque poste fluvial reste ouvert la nuit pendant la saison.",
      "Esto es lo que vinimos a pedir: que los puestos fluviales abran también de noche durante la temporada.",
    ]) expect(prose(ask)).toEqual([ask]);
    expect(prose("That is what we have come here to ask for: the river posts stayed shut for years.")).toEqual([]);
  });

  it("reads an impersonal wish in a clause after \", and\"", () => {
    for (const ask of [
      "Los puestos fluviales cierran a las cinco, y convendría que abrieran también de noche durante la temporada.",
      "Les postes fluviaux ferment à cinq heures, et il conviendrait qu'ils ouvrent aussi la nuit pendant la saison.",
      "The river posts close at five, and it would be wise for them to stay open at night during the season.",
    ]) expect(prose(ask)).toEqual([ask]);
    expect(prose("The river posts close at five, and it would be good to know why.")).toEqual([]);
  });
});

describe("round 60: \"perhaps\" and \"too\" after a request", () => {
  it("reads a further request of its own, in English, French and Spanish", () => {
    for (const [first, second] of [
      ["We ask that river programmes include the boatmen's unions.", "Perhaps, too, any ferryman approached by a smuggler should be able to tell the police in confidence."],
      ["We ask that river programmes include the boatmen's unions.", "Perhaps any ferryman approached by a smuggler should also be able to tell the police in confidence."],
      ["Nous souhaitons que les programmes incluent les syndicats de bateliers.", "Peut-être aussi qu'un batelier qui signale une approche devrait disposer d'un moyen sûr de le faire."],
      ["Pedimos que los programas incluyan a los sindicatos de barqueros.", "Quizás también los puertos deberían abrir una línea segura para los barqueros que denuncian."],
    ]) expect(prose(`${first} ${second}`)).toEqual([first, second]);
  });

  it("does not split off the speaker's own \"maybe we should also\"", () => {
    const ask = "We ask that river programmes include the boatmen's unions.";
    expect(prose(`${ask} Maybe we should also be asking for lower fees.`)).toHaveLength(1);
  });
});

describe("round 60: the speaker's advice to a body", () => {
  it("reads it as a recommendation, in a titled body without the background before it", () => {
    const ask = "Our advice to funders and port agencies is to reserve a share of each budget for tracing some seized boats over two years.";
    const doc = ["Madam Chair,", "Our institute studies river patrols.", "We have two recommendations.", "Recommendation 1 – Count the patrols",
      `Nearly every patrol we followed counted its hours and nothing else. None of them looked at what was found. ${ask} Our institute would be glad to share its method.`,
      "Recommendation 2 – Pay the wardens", "The wardens should be paid on time by the river agencies.", "Thank you."].join("\n\n");
    expect(findProposals(doc)).toEqual([ask, "The wardens should be paid on time by the river agencies."]);
    for (const advice of [
      "Notre conseil aux bailleurs est de réserver une part de chaque budget au suivi des saisies pendant deux ans.",
      "Nuestro consejo a los donantes es reservar una parte de cada presupuesto para seguir las incautaciones durante dos años.",
    ]) expect(prose(advice)).toEqual([advice]);
  });

  it("keeps out advice told as history", () => {
    expect(prose("Our advice to the newcomers was to stay quiet, and they did.")).toEqual([]);
  });
});

describe("round 60: look-alikes kept out", () => {
  it("keeps out a covering note's courtesy and a request about the speaker's turn", () => {
    expect(prose("Please share this statement with your members who could not attend.")).toEqual([]);
    expect(prose("Please share with the room any figures you may have on lost nets.")).toEqual([]);
    expect(prose("We ask the secretariat to move our slot to the afternoon, as our speaker arrives late.")).toEqual([]);
    expect(prose("Nous demandons au secrétariat de déplacer notre créneau à l'après-midi.")).toEqual([]);
    const ask = "Please share the lists of stolen boats with the police of the neighbouring States.";
    expect(prose(ask)).toEqual([ask]);
  });
});
