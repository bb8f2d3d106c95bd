import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 20 (English proposals, blind set 15 used for development): text and names written for these tests.

const OPENING = "Thank you, Chair. Our cooperative keeps bees on the terraces above the valley of Orvenna.";
const CLOSING = "Thank you for listening.";

describe("requests asked inside paragraphs of prose", () => {
  it("'It would help us greatly if …' (who is helped, then how much)", () => {
    const ask = "It would help us greatly if a seized hive were always logged by serial number and returned to its keeper within a month.";
    const text = `${OPENING}\n\nLast spring thieves took ninety hives in a single week. ${ask}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([ask]);
  });

  it("'We see a role for <a body> in …'", () => {
    const ask = "We see a role for the agency and for donors in teaching rural prosecutors how to read a pollen analysis.";
    const text = `${OPENING}\n\nMost of our keepers are older women who work alone. ${ask}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([ask]);
  });

  it("'We would like the … partners … to …' (partners asked as a body)", () => {
    const ask = "We would like the bigger partners of the basin to answer our letters in writing and to name one contact person for each case.";
    const text = `${OPENING}\n\nOur letters about stolen hives often go unanswered for a year. ${ask}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([ask]);
  });

  it("'<a body> might consider …ing', after 'Last,' (the connective is no part of the request's subject)", () => {
    const ask = "Last, the Conference might consider inviting keepers' associations to its working groups on rural crime.";
    const text = `${OPENING}\n\nWe have spoken about the thefts and about the courts. ${ask}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([ask]);
  });

  it("a question asking a body to help: 'Could <a body> help …?'; not a question asking it to explain", () => {
    const ask = "Could the secretariat help small cooperatives like ours to set up a shared register of hive brands?";
    const text = `${OPENING}\n\nWe cannot afford a lawyer for each theft. ${ask} We already have the volunteers.\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([ask]);
    const asking = `${OPENING}\n\nWe cannot afford a lawyer for each theft. Could the police explain why so few thefts reach a court? We already have the volunteers.\n\n${CLOSING}`;
    expect(findProposals(asking)).toEqual([]);
  });
});

describe("a suggestion announced by its topic", () => {
  const suggestion = "A mobile team of two veterinary inspectors, paid by the province and trained by donors, could visit every apiary twice a year.";

  it("'Our second suggestion is about …' then a sentence with a modal: the sentence, without the signpost", () => {
    const text = `${OPENING}\n\nOur first suggestion is about paperwork. We would like the regional authorities to accept hive registrations by text message.\n\nOur second suggestion is about people. ${suggestion} Nobody in the valley would turn such a team away.\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual(["We would like the regional authorities to accept hive registrations by text message.", suggestion]);
  });

  it("also when the signpost stands alone at the end of its paragraph", () => {
    const text = `${OPENING}\n\nMy last recommendation concerns inspections.\n\n${suggestion}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([suggestion]);
  });

  it("not the same sentence without a signpost, nor a sentence after the signpost whose subject is a pronoun", () => {
    expect(findProposals(`${OPENING}\n\nWe once had an idea. ${suggestion}\n\n${CLOSING}`)).toEqual([]);
    expect(findProposals(`${OPENING}\n\nOur second suggestion is about people. It would take a year to find them.\n\n${CLOSING}`)).toEqual([]);
  });
});

describe("a modal in a relative clause does not run the request on", () => {
  it("'A keeper who must first … will not …' after a request is its reason, not part of it", () => {
    const ask = "We would be grateful if rural police posts could take a theft report by telephone, without asking the keeper to come in person.";
    const text = `${OPENING}\n\nMost thefts are never reported. ${ask} A keeper who must first walk to the town will simply stay home.\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([ask]);
  });

  it("a sentence with a modal of its own still goes on the request ('Officers who … should …')", () => {
    const ask = "We would be grateful if rural police posts could take a theft report by telephone.";
    const more = "Officers who take such reports should send the keeper a written receipt.";
    const text = `${OPENING}\n\nMost thefts are never reported. ${ask} ${more}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([`${ask} ${more}`]);
  });
});

describe("more courteous ways of asking in prose", () => {
  const asked = (ask: string) => findProposals(`${OPENING}\n\nOur keepers lose a third of their honey to thieves each season. ${ask} The harvest starts soon.\n\n${CLOSING}`);

  it.each([
    "Would it be possible for the secretariat to translate the guidance on rural theft into the languages of the hill districts?",
    "Is it too much to ask that each district court keep one clerk who knows the hive-branding law?",
    "Why not give every rural police post a small fund for travel to the apiaries?",
    "Perhaps the regional agency could lend its laboratory to the keepers' association twice a year.",
    "We count on donors to keep the mobile veterinary team running after the pilot ends.",
    "We look to the secretariat to gather the model laws on rural theft in one place.",
    "We plead with the provinces to answer a theft report within ten days.",
    "It would be a great help if the ministry published the list of licensed honey buyers.",
    "It would make sense for donors to fund the branding irons together with the training.",
    "It would be good to see the authorities visit the markets where stolen honey is sold.",
    "We see a clear need for a register of honey buyers in each province.",
    "It is our view that buyers of honey in bulk should show where it was harvested.",
    "The simplest step would be for the provinces to license every honey buyer.",
    "We hope the Conference will fund a study of rural theft in mountain regions.",
    "We would welcome support from donors for a second laboratory in the south.",
    "We would be thankful if the agency could send an expert to our annual meeting.",
    "Our suggestion is that the provinces share their lists of licensed buyers.",
    "Can the agency help small cooperatives to draft a code of conduct for honey buyers?",
  ])("%s", (ask) => {
    expect(asked(ask)).toEqual([ask]);
  });

  it.each([
    "It would be great if I could say that the thefts have stopped.",
    "Perhaps the police could have acted sooner.",
    "Could the police help her? They did not.",
    "Why not? Because nobody asked the keepers.",
    "Would it be possible to live on such prices?",
    "We hope the Conference will listen.",
  ])("not: %s", (sentence) => {
    expect(asked(sentence)).toEqual([]);
  });
});
