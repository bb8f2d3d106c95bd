import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 36 (English forms, invented text only): a request put as the speaker's submission or as what is fair; two
// requests joined by a semicolon; thoughts left with the room and counted; points counted in running prose; a clause of
// when that names whom the request is for; "be open to", "be available to" with a subject of its own; "And" with a new
// subject and a modal; a draft's reviewer notes printed after its text.
const OPEN = "Thank you, Madam Chair. We are a cooperative of ferry crews who carry goods and passengers across the delta.";
const BACK = "Each rainy season some of our younger deckhands are lured away by agents who promise work on cargo ships abroad.";
const CLOSE = "We thank you for your attention.";
const statement = (...paragraphs: string[]) => [OPEN, BACK, ...paragraphs, CLOSE].join("\n\n");

describe("round 36: a submission or what is fair, as a request", () => {
  const asked: [string, string?][] = [
    ["We would put it to the meeting that the hiring of deckhands through agents deserves a review of its own."],
    ["We put it to the delegates that port inspectors should check the crew lists of every cargo ship."],
    ["I would respectfully put it to the working group that ferry crews are consulted before the new rules are written."],
    ["It seems only fair to us that the agents who recruit the deckhands pay for their journey home."],
    ["It is only right that shipowners carry the cost of a deckhand's return, not his family."],
    ["It would seem only reasonable that the harbour offices keep the contracts they stamp."],
    ["It falls to the river police on either bank to trace the agents together."],
    ["Therefore it falls to the ministries of labour to publish the names of licensed agents."],
  ];
  for (const [sentence, read] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(sentence))).toEqual([read ?? sentence]);
    });
  }
  const not = [
    "It is only fair that we admit our own crews were slow to speak up.",
    "It is fair to say that the delta has changed a great deal in ten years.",
    "We put it to the vote at our general assembly last spring.",
    "It falls to us to tell the families when a boy does not come back.",
  ];
  for (const sentence of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(sentence))).toEqual([]);
    });
  }
  it("reads the clause after a semicolon that says who falls to act", () => {
    const s = "The agents who run these schemes usually live across the river; it falls to the customs officers on either bank to follow their money together.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
});

describe("round 36: two requests joined by a semicolon", () => {
  it("splits a request with a modal from the speaker's own request after it", () => {
    const found = findProposals(statement("A deckhand back from sea ought to be able to recover his pay at the nearest harbour office; it seems only fair to us that the shipping companies answer those claims within a month."));
    expect(found).toEqual(["A deckhand back from sea ought to be able to recover his pay at the nearest harbour office", "it seems only fair to us that the shipping companies answer those claims within a month."]);
  });
  it("splits before a request in the first person", () => {
    const found = findProposals(statement("Harbour offices should keep a copy of every contract they stamp; we also ask that the copies be shown to the families on request."));
    expect(found).toHaveLength(2);
  });
  it("keeps a clause that gives a reason with its request", () => {
    const s = "Harbour offices should keep a copy of every contract they stamp; this would cost them almost nothing.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
  it("keeps a clause of narrative with its request", () => {
    const s = "Harbour offices should keep a copy of every contract they stamp; in our district only one of them does so today.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
});

describe("round 36: points counted in running prose", () => {
  it("reads thoughts left with the room, each one", () => {
    const found = findProposals(statement(
      "We have always worked with the river police and will go on doing so. But let me leave you with three thoughts. First, the agencies that sell the places make money, and someone owns them: inquiries need to begin with the offices, not with the boys on deck. Second, every missing deckhand ought to be registered by the harbour office, so that his mother can one day learn where he sailed. Third, crews who report an agent should keep their licence while the case is heard.",
    ));
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^First, the agencies/);
    expect(found[2]).toMatch(/^Third, crews/);
  });
  it("reads ideas or messages counted the same way", () => {
    const found = findProposals(statement("We would like to share two ideas with the meeting. Ferry crews should be trained to spot a false contract. The harbour offices should share the names of agents under investigation."));
    expect(found).toHaveLength(2);
  });
  it("reads counted points in the passive before a request in the first person", () => {
    const found = findProposals(statement(
      "First, deckhands brought back from the ships should be paid for the whole voyage, out of the owner's bond if need be. Second, the labour office and the river police should board the ships jointly, since a visit by the police alone treats the crew as migrants. Third, we would ask that the crews' unions be funded to warn the villages themselves.",
    ));
    expect(found).toHaveLength(3);
  });
  it("reads a second point after a request as a request of its own", () => {
    const found = findProposals(statement("We urge the river States to license every recruiting agent. Second, the licences should be published on a list that any family can read."));
    expect(found).toHaveLength(2);
  });
  it("does not read counted points that ask nothing", () => {
    expect(findProposals(statement("First, the ships come in March. Second, the agents arrive a week earlier. Third, the boys leave at night."))).toEqual([]);
  });
});

describe("round 36: a clause of when that names whom the request is for", () => {
  const asked = [
    "When a deckhand is a witness in a trial, he needs to be told of every hearing in a language he understands.",
    "If a boy is found on a cargo ship, he should be brought home at the owner's cost.",
    "Once a family reports a missing son, they should be given a receipt and the name of an officer.",
    "When a crew member testifies against an agent, she must be protected from the agent's men.",
    "Whenever a ferry is seized, they ought to be told why within a day.",
  ];
  for (const sentence of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(sentence))).toEqual([sentence]);
    });
  }
  const not = [
    "When we arrived at the port, they should have let us in.",
    "When a boy runs away from a ship, he must often sleep on the quay for weeks.",
    "If we are honest, we should admit that the crews were afraid.",
    "When a deckhand comes home, should he go to the police or to the union?",
  ];
  for (const sentence of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(statement(sentence))).toEqual([]);
    });
  }
});

describe("round 36: a subject of its own with 'be open to', 'be available to', or after 'And'", () => {
  it("reads 'ought to be open to' after a request as a second one", () => {
    const found = findProposals(statement("What is needed is for the river States to agree on one form for a deckhand's complaint. Hearings by telephone, which several courts already allow in civil cases, ought to be open to deckhands too."));
    expect(found).toHaveLength(2);
  });
  it("reads 'should be available to' alone", () => {
    const s = "Legal aid should be available to every deckhand who brings a case against an agent.";
    expect(findProposals(statement(s))).toEqual([s]);
  });
  it("reads 'And' with a new subject and a modal as one more request", () => {
    const found = findProposals(statement("Deckhands should be paid for the days they spend in court. And the hostels must not turn them out after a month: what a deckhand needs then is a trade and a bed."));
    expect(found).toHaveLength(2);
  });
  it("does not part 'And they should …' from the request it goes on", () => {
    const found = findProposals(statement("We ask the harbour offices to keep a register of agents. And they should open it to the unions."));
    expect(found).toHaveLength(1);
  });
  it("does not read a description with 'be open'", () => {
    expect(findProposals(statement("The harbour office is open on weekdays, and the queue is long."))).toEqual([]);
  });
});

describe("round 36: a draft's reviewer notes after its text", () => {
  const draft = [
    "COOPERATIVE OF DELTA FERRY CREWS",
    "Draft 2 - for delivery by the chair",
    "We carry goods and passengers across the delta.[AB1] Each rainy season agents lure our deckhands away.",
    "We ask the river States to license every recruiting agent and to publish the list.[CD2]",
    "Thank you.",
    "-----\n[AB1] Comment (Ana B., 02/03): How many boats do we have? Forty?\n[CD2] Comment (Carl D., 03/03): Should we also ask for a hotline? Could we add something on the labour inspectors?",
  ].join("\n\n");
  it("reads the request and none of the reviewers' questions", () => {
    expect(findProposals(draft)).toEqual(["We ask the river States to license every recruiting agent and to publish the list."]);
  });
  it("reads the notes when they were run together on one line", () => {
    const joined = draft.replace("-----\n", "").replace("Forty?\n[CD2]", "Forty? [CD2]");
    expect(findProposals(joined)).toEqual(["We ask the river States to license every recruiting agent and to publish the list."]);
  });
  it("leaves a paragraph with a bracketed code that anchors nothing", () => {
    const text = statement("We ask the river States to license every recruiting agent.", "[AB1] Note: we ask the harbour offices to keep a register of agents.");
    expect(findProposals(text)).toHaveLength(2);
  });
});
