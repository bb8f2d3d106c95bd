import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 21 (English proposals, blind set 16 used for development): text and names written for these tests.

const OPENING = "Thank you, Chair. Our guild of river pilots works the ferries between Quorridge and the salt flats of Velmarsh.";
const CLOSING = "Thank you for listening.";
const BACKGROUND = "Last winter two of our pilots were threatened for refusing to carry unmarked crates.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;

describe("requests asked inside paragraphs of prose", () => {
  it("'What we need from <a body> is …'; not what was heard from delegations, nor what is needed from families", () => {
    const ask = "What we need from the regional ministries is a single form for reporting a threat, accepted at any ferry office.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("What we heard from the delegations is encouraging, and we thank them."))).toEqual([]);
    expect(findProposals(prose("What we need from our families is patience, since the crossings start before dawn."))).toEqual([]);
  });

  it("'The single most useful thing that <a body> could do … is to …'; not what a body did", () => {
    const ask = "The single most useful thing that the secretariat could do for small guilds is to publish a short checklist of what a pilot may refuse to load.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("The most useful thing the police did that year was to listen to the pilots."))).toEqual([]);
  });

  it("'We also put it to <a body> that … should …'; not a point put about what happened", () => {
    const ask = "We also put it to the port authorities that a pilot who reports a threat should keep his licence while the report is checked.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("We put it to the harbour office that the logbook had been lost in the flood."))).toEqual([]);
  });

  it("'Allow us to suggest that …'; not 'Allow me to recall that …'", () => {
    const ask = "Allow us to suggest that every ferry office display, in three languages, the number to call when a cargo looks wrong.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("Allow me to recall that the guild was founded by eleven pilots in a single boathouse."))).toEqual([]);
  });

  it("'Let the next programme include …' (a wish in the imperative); not 'Let the figures speak …' nor 'Let me …'", () => {
    const ask = "Let the next programme include the pilots of the small ferries, who see the crates before anyone else does.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("Let the figures speak for themselves: nine threats, one arrest."))).toEqual([]);
    expect(findProposals(prose("Let me give one example from the northern landing."))).toEqual([]);
  });

  it("'We hope to see <a body> <do> …'; not a hope to see a body again", () => {
    const ask = "We hope to see the customs services share their lists of suspect consignees with the ferry offices every month.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("We hope to see donors again at our landing next spring."))).toEqual([]);
  });

  it("'If there were one thing I would fix …, it would be that …'; not what was learned", () => {
    const ask = "If there were one thing I would fix in the rules for crossings, it would be that a pilot may call an inspector before casting off.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("If there is one thing we learned that winter, it is that fear travels faster than ferries."))).toEqual([]);
  });

  it("'Please make sure, too, that …'; not a courtesy or a note", () => {
    const first = "We are asking that every ferry office keep a register of threats against pilots.";
    const ask = "Please make sure, too, that a pilot who testifies is given a different route until the trial ends.";
    expect(findProposals(prose(first, ask))).toEqual([first, ask]);
    expect(findProposals(prose("Please note that the ferries run twice a week in winter."))).toEqual([]);
    expect(findProposals(prose("Please find attached the list of our landings."))).toEqual([]);
  });

  it("'It should not be beyond <a body> to …'; not what a body did not shy from", () => {
    const ask = "It should not be beyond the agency and its donors to train one inspector for each landing on the salt flats.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("It was not beyond the police to lose a whole file of complaints."))).toEqual([]);
  });
});

describe("courteous asks written from the genre (seen in no set)", () => {
  it("'One simple thing <a body> could do is to …', 'The least <a body> could do is to …'; not what a body could not do", () => {
    const one = "One simple thing the agency could do is to print the reporting number on every ferry ticket.";
    expect(findProposals(prose(one))).toEqual([one]);
    const least = "The least that donors could do is to keep the night crossings insured for another two years.";
    expect(findProposals(prose(least))).toEqual([least]);
    expect(findProposals(prose("One thing the police could not do was to find the owner of the crates."))).toEqual([]);
  });

  it("'We trust that <a body> will publish …'; not a trust that it will understand", () => {
    const ask = "We trust that the secretariat will publish the names of the ports that answered the questionnaire.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("We trust that the delegations will understand our worry."))).toEqual([]);
  });
});

describe("amendments to a draft text", () => {
  const first = 'After "inland waterways", insert "including seasonal ferry routes and their landings".';
  const second = 'Replace "Encourages States to consider" with "Urges States".';
  const third = 'Insert: "Requests the secretariat to prepare a short guide for ferry operators on recognising concealed cargo".';
  const intro = "We read the draft with care. We therefore suggest two edits to it and an added paragraph, set out below.";

  it("under each heading, the instruction that quotes the words; the reasons and the sentence announcing the changes are none", () => {
    const text = `${OPENING}\n\n${intro}\n\nAmendment 1 (preambular paragraph 3)\n${first}\nReason: most of the crates we saw crossed on ferries, not barges.\n\nAmendment 2 (operative paragraph 6)\n${second}\nReason: the softer wording has not changed any practice.\n\nNew operative paragraph 9 bis\n${third}\nReason: no such guide exists.\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([first, second, third]);
  });

  it("also with the heading, the instruction and the reason each a paragraph of its own", () => {
    const text = `${OPENING}\n\n${intro}\n\nAmendment 1\n\n${first}\n\nReason: most of the crates we saw crossed on ferries.\n\nAmendment 2\n\n${second}\n\nReason: the softer wording has not changed any practice.\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([first, second]);
  });

  it("in French and Spanish too ('Amendement 1', 'Après « … », insérer « … ».'; 'Enmienda 2', 'Sustitúyase « … » por « … ».')", () => {
    const un = "Après « voies navigables », insérer « y compris les bacs saisonniers ».";
    const deux = "Remplacer « Encourage les États » par « Prie instamment les États ».";
    const fr = `Monsieur le Président,\n\nAmendement 1 (paragraphe 3 du préambule)\n${un}\nMotif : la plupart des caisses passent par les bacs.\n\nAmendement 2 (paragraphe 6 du dispositif)\n${deux}\nJustification : la formule actuelle n'a rien changé.\n\nJe vous remercie.`;
    expect(findProposals(fr)).toEqual([un, deux]);
    const uno = "Después de « vías navegables », insértese « incluidas las rutas de transbordadores ».";
    const dos = "Sustitúyase « Alienta a los Estados » por « Insta a los Estados ».";
    const es = `Señor Presidente:\n\nEnmienda 1 (párrafo 3 del preámbulo)\n${uno}\nMotivo: casi toda la carga pasa por los transbordadores.\n\nEnmienda 2 (párrafo 6 de la parte dispositiva)\n${dos}\nMotivo: la redacción actual no ha cambiado nada.\n\nMuchas gracias.`;
    expect(findProposals(es)).toEqual([uno, dos]);
  });

  it("not headings whose paragraphs quote nothing to change, nor one amendment alone", () => {
    const plain = `${OPENING}\n\nAmendment 1\nThis change would widen the scope of the text.\n\nAmendment 2\nThis one would make it firmer.\n\n${CLOSING}`;
    expect(findProposals(plain)).toEqual([]);
    const one = `${OPENING}\n\nAmendment 1 (operative paragraph 6)\n${second}\nReason: the softer wording has not changed any practice.\n\n${CLOSING}`;
    expect(findProposals(one)).not.toContain(second);
  });
});
