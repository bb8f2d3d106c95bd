import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 17 (English proposals, blind sets 10 and 11 used for development): text and names written for these tests.

const OPENING = "Our guild repairs the ferries that cross the salt marshes.";

describe("a request asked as a courteous question", () => {
  it("takes one addressed to those asked to act, ending in a full stop or a question mark", () => {
    const invite = `${OPENING}\n\nMay we invite the coastal States to license every ferry yard that builds hulls for hire, and to publish the list each spring. Nobody checks them today.`;
    expect(findProposals(invite)).toEqual(["May we invite the coastal States to license every ferry yard that builds hulls for hire, and to publish the list each spring."]);
    const question = `${OPENING}\n\nCould we ask the donors present to pay for a second dry dock on the eastern shore, where the ferries wait for weeks? The queue grows each year.`;
    expect(findProposals(question)).toEqual(["Could we ask the donors present to pay for a second dry dock on the eastern shore, where the ferries wait for weeks?"]);
    const suggest = `${OPENING}\n\nMight we suggest that the marsh ferries carry a radio beacon on every crossing? Two boats were lost in fog last winter.`;
    expect(findProposals(suggest)).toEqual(["Might we suggest that the marsh ferries carry a radio beacon on every crossing?"]);
  });

  it("leaves out a chair's request to the speakers", () => {
    const chair = "CHAIR: Thank you. Can I ask each speaker to stay within four minutes, as the room closes at noon.\n\nThe floor goes to the next speaker.";
    expect(findProposals(chair)).toEqual([]);
  });
});

describe("the speaker's requests named and counted", () => {
  it("takes 'My final request is that…', 'Our request to … is that…', 'Our plea to … is simple: …', after 'So'", () => {
    const final = `${OPENING}\n\nMy final request is that the ministry publish the inspection reports of each ferry within a month. Passengers have a right to know.`;
    expect(findProposals(final)).toEqual(["My final request is that the ministry publish the inspection reports of each ferry within a month."]);
    const addressed = `${OPENING}\n\nTwo of our mechanics were threatened last year. Our request to the donors is that safety training reach the small yards and not only the harbour firms.`;
    expect(findProposals(addressed)).toEqual(["Our request to the donors is that safety training reach the small yards and not only the harbour firms."]);
    const plea = `${OPENING}\n\nOur plea to the lenders who finance the hulls is simple: no loan should be paid out before the yard shows its licence. A baker cannot open a shop without a permit; a yard should not either.`;
    expect(findProposals(plea)).toEqual(["Our plea to the lenders who finance the hulls is simple: no loan should be paid out before the yard shows its licence."]);
    const so = `${OPENING}\n\nSo our first request is that the harbour offices accept repair certificates sent by e-mail. It would save weeks.`;
    expect(findProposals(so)).toEqual(["So our first request is that the harbour offices accept repair certificates sent by e-mail."]);
  });

  it("not a request that was refused, adopted or is pending", () => {
    const refused = `${OPENING}\n\nOur request to the ministry was refused in March. Our appeal is still pending before the court. Our proposal was adopted by the harbour board in 2020.`;
    expect(findProposals(refused)).toEqual([]);
  });
});

describe("a need, a wish or a hope put as a request", () => {
  it("takes 'What … need most is…', 'What we would like to see…', 'It would make a real difference if…'", () => {
    const need = `${OPENING}\n\nWhat the marsh crews need most is a way to claim their unpaid wages from home, and a clerk who answers the phone. Without it they stay silent.`;
    expect(findProposals(need)).toEqual(["What the marsh crews need most is a way to claim their unpaid wages from home, and a clerk who answers the phone."]);
    const want = `${OPENING}\n\nWhat the yard owners want is cheap steel and no questions. They usually get both.`;
    expect(findProposals(want)).toEqual([]);
    const see = `${OPENING}\n\nWhat I would like to see is a single register of ferry yards, open to anyone. It costs little.`;
    expect(findProposals(see)).toEqual(["What I would like to see is a single register of ferry yards, open to anyone."]);
    const difference = `${OPENING}\n\nIt would make a real difference if inspectors and harbour pilots were trained together, on the same boats. They rarely meet.`;
    expect(findProposals(difference)).toEqual(["It would make a real difference if inspectors and harbour pilots were trained together, on the same boats."]);
  });

  it("takes a hope that those asked will ask or act, not one about what a meeting will discuss", () => {
    const hope = `${OPENING}\n\nWe hope that the Conference will urge the coastal States to inspect every ferry yard once a year. Several yards have never seen an inspector.`;
    expect(findProposals(hope)).toEqual(["We hope that the Conference will urge the coastal States to inspect every ferry yard once a year."]);
    const talk = `${OPENING}\n\nWe hope the Conference will look at the marshes one day, and we stand ready to help.`;
    expect(findProposals(talk)).toEqual([]);
  });
});

describe("what the speaker asked, recounted in the first person", () => {
  it("takes 'I asked the States in the room to…', 'I also urged … States, …, to…', not a request to the police", () => {
    const text = [
      "Last month I spoke at the dialogue for our guild.",
      "",
      "So I asked the States in the room to make every flag State answer for the ferries it registers, wherever they sail. I also urged port States, ours included, to give crews who leave an unsafe ferry a permit to stay while their case is heard.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "So I asked the States in the room to make every flag State answer for the ferries it registers, wherever they sail.",
      "I also urged port States, ours included, to give crews who leave an unsafe ferry a permit to stay while their case is heard.",
    ]);
    const testimony = `${OPENING}\n\nWe asked the police to look into the fire at the yard, but nothing happened.`;
    expect(findProposals(testimony)).toEqual([]);
    const background = `${OPENING}\n\nIn 2019, we urged the coastal States to license the yards. We called on donors to fund inspections, but nothing changed.`;
    expect(findProposals(background)).toEqual([]);
  });
});

describe("a request in the passive with a long subject", () => {
  it("reads a subject of up to sixteen words", () => {
    const text = `${OPENING}\n\nEvery threat or attack against a mechanic or pilot who reports unsafe hulls at the yard should be investigated by an authority outside the harbour. Only one case reached a court.`;
    expect(findProposals(text)).toEqual(["Every threat or attack against a mechanic or pilot who reports unsafe hulls at the yard should be investigated by an authority outside the harbour."]);
  });
});

describe("sentences after a request that do not go on it", () => {
  it("a sentence that sets a condition of its own is neither part of the request nor one", () => {
    const text = `${OPENING}\n\nWe ask donors to fund apprenticeships in the yards for at least four years, so that the same young people can be followed. Where the yards are far from town, the scheme should also pay for lodging.`;
    expect(findProposals(text)).toEqual(["We ask donors to fund apprenticeships in the yards for at least four years, so that the same young people can be followed."]);
  });
});

describe("a request that proposes a text, with the quoted text below it", () => {
  it("keeps the quoted text with the request, before a list of further requests", () => {
    const text = [
      OPENING,
      "",
      "We therefore propose that coastal States adopt a clause along these lines:",
      "",
      "\u201cNo ferry shall carry passengers unless its hull has been inspected within the previous twelve months by a licensed surveyor.\u201d",
      "",
      "Such a clause costs the yards nothing.",
      "",
      "Two more requests:",
      "",
      "\u2022 Surveyors should be paid by the harbour office, not by the yard they inspect.",
      "\u2022 We ask donors to fund a training course for surveyors on the eastern shore.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We therefore propose that coastal States adopt a clause along these lines: \u201cNo ferry shall carry passengers unless its hull has been inspected within the previous twelve months by a licensed surveyor.\u201d",
      "Surveyors should be paid by the harbour office, not by the yard they inspect.",
      "We ask donors to fund a training course for surveyors on the eastern shore.",
    ]);
  });
});
