import { describe, expect, it } from "vitest";
import { findProposals, spelledOut } from "../../worker/intake/proposals";

// Round 22 (English proposals, blind set 17 used for development): text and names written for these tests.

const OPENING = "Thank you, Chair. Our small union of lock keepers looks after the canals between Wendlow and Marrisford.";
const CLOSING = "Thank you for listening.";
const BACKGROUND = "Last winter four keepers were threatened for refusing to open the gates after dark.";
const prose = (...sentences: string[]) => `${OPENING}\n\n${BACKGROUND} ${sentences.join(" ")}\n\n${CLOSING}`;
/** The same sentence with the typographic apostrophe an office suite writes. */
const curly = (s: string) => s.replace(/'/g, "\u2019");

describe("requests asked inside paragraphs of prose (blind 17)", () => {
  it("'The request we bring is that …'; not a request made and refused", () => {
    const ask = "The request we bring is that the canal ministries license every night barge and check the licences each spring.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("The request we made to the ministry last year was refused within a week."))).toEqual([]);
  });

  it("'The very least that could now be done is for <a body> to …'; not the least that can be said", () => {
    const ask = "The very least that could now be done is for the river police of both provinces to share the names of the barge owners they already know.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("The least that can be said is that the winter was long for everyone at the gates."))).toEqual([]);
  });

  it("a question 'Could <a body> on both banks not agree to …?'; not one asking whether a body saw something", () => {
    const ask = "Could the authorities on both banks not agree to keep a keeper's hut lit and guarded during the night crossings?";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("Could the authorities on both banks not see the smoke from the huts that night?"))).toEqual([]);
  });

  it("'There is a strong case for <a body> to …' or '… for funding …'; not a case for saying, nor a case that was", () => {
    const ask = "There is a strong case for the agency to pay for radios at every lock, and to say so in its next programme.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    const funding = "There is a clear case for funding a second keeper at the busiest locks during the harvest months.";
    expect(findProposals(prose(funding))).toEqual([funding]);
    expect(findProposals(prose("There is a strong case for saying that the canals are safer than the roads."))).toEqual([]);
    expect(findProposals(prose("There was a strong case against the barge owner, but the file went missing."))).toEqual([]);
  });

  it("'What would change things for <whoever> most is for <a body> to …'; not a thing hard to say", () => {
    const ask = "What would change things for the keepers most is for the donors to pay the keepers' night wages for as long as the radios are in use.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("What would help most is hard to say after such a winter."))).toEqual([]);
  });

  it("'Our appeal goes to <a body>: … should …'; not thanks that go to the Chair, an appeal that went unanswered, nor a telephone call", () => {
    const ask = "Our appeal goes to the States where night barges are allowed: every cargo moved after dark should be logged at the first lock.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("Our thanks go to the Chair for her patience with the speakers."))).toEqual([]);
    expect(findProposals(prose("Our appeal went to the ministry in the spring and was never answered."))).toEqual([]);
    expect(findProposals(prose("The call goes to the office that handles complaints at night."))).toEqual([]);
  });

  it("'It falls to <a body> to …', 'It rests with <a body> to …'; not what fell to the police, nor what falls to the speaker", () => {
    const ask = "It falls to the inspection services of both provinces to open the sealed crates at random, and to publish what they find.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    const rests = "It rests with the States parties to give the keepers a number they can call at night.";
    expect(findProposals(prose(rests))).toEqual([rests]);
    expect(findProposals(prose("It fell to the police to find the owner of the barge, and they never did."))).toEqual([]);
    expect(findProposals(prose("It falls to me to thank the organizers of this meeting."))).toEqual([]);
  });

  it("run-in labels that count the points ('Our first point: …'): the requests without their labels; not a point that asks nothing", () => {
    const first = "prosecutors should not charge a keeper who was forced to open the gates, and should hear him as a witness instead.";
    const second = "interviews with keepers who report a threat should take place away from the lock, with a lawyer present.";
    const text = `${OPENING}\n\n${BACKGROUND}\n\nOur first point: ${first}\n\nOur second point: ${second}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([first, second]);
    expect(findProposals(`${OPENING}\n\nOur first point: the gates are older than the keepers who open them.\n\n${CLOSING}`)).toEqual([]);
  });
});

describe("English contractions, with ' and with ’", () => {
  const both = (ask: string) => {
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose(curly(ask)))).toEqual([curly(ask)]);
  };
  const neither = (sentence: string) => {
    expect(findProposals(prose(sentence))).toEqual([]);
    expect(findProposals(prose(curly(sentence)))).toEqual([]);
  };

  it("spells them out after a pronoun or a modal, and leaves a possessive and French elisions alone", () => {
    expect(spelledOut("we'd urge donors; it's time; we're calling; states shouldn't wait; don't let; can't; let's go")).toBe(
      "we would urge donors; it is time; we are calling; states should not wait; do not let; cannot; let us go",
    );
    expect(spelledOut("the state's budget and l'etat qu'il finance")).toBe("the state's budget and l'etat qu'il finance");
  });

  it("'We'd urge', 'We'd ask', 'I'd ask'; not what we'd asked before and was refused", () => {
    both("We'd urge donors to fund a night keeper at every lock on the lower canal.");
    both("We'd ask the ministries to publish the list of licensed barges every month.");
    both("I'd ask donors to keep the radio service running for another three years.");
    neither("We'd asked the police to patrol the towpath, but nothing came of it.");
  });

  it("'It's essential that', 'It's time for'; not 'It's important to note that'", () => {
    both("It's essential that every keeper can call an inspector when a barge arrives after dark.");
    both("It's time for the ministries to license the night barges and publish the licences.");
    neither("It's important to note that most of the locks were built two centuries ago.");
  });

  it("'We're calling on', 'We're asking <a body> to'; not 'We're asking ourselves why'", () => {
    both("We're calling on the ministries to give every keeper a radio and a number to call.");
    both("We're asking the river police to patrol the locks on the nights the barges move.");
    neither("We're asking ourselves why the gates were left open that night.");
  });

  it("'<A body> shouldn't …', 'There shouldn't be …'", () => {
    both("The ministries shouldn't license a barge that has not been inspected at the first lock.");
    both("There shouldn't be a single lock on the canal without a working radio.");
  });

  it("'Don't let …', 'Please don't punish …', 'Let's make sure …'; not 'Don't let the figures fool you', nor 'Let's be honest'", () => {
    both("Don't let the night keepers work alone on the busiest stretch of the canal.");
    both("Please don't punish the keepers who refuse to open the gates after dark.");
    both("Let's make sure that every keeper who reports a threat keeps his post.");
    neither("Don't let the figures fool you: most nights are quiet.");
    neither("Let's be honest about how little the keepers are paid.");
  });

  it("'We'd hope <a body> will fund …', 'We don't want <a body> to …'; not a hope that was disappointed", () => {
    both("We'd hope the ministries will fund a radio at each of the forty locks.");
    both("We don't want the authorities to close the small locks to save money.");
    neither("We'd hoped the ministries would listen, and they did not.");
  });

  it("a list item in the negative imperative ('Don't …', 'Never …') asks, as 'Punish …' does", () => {
    const one = "Don't criminalise keepers who were forced to open the gates.";
    const two = "Never return a keeper who reported a threat to the same lock.";
    const text = `${OPENING}\n\nWe recommend the following:\n\n- ${one}\n- ${two}\n\n${CLOSING}`;
    expect(findProposals(text)).toEqual([one, two]);
    expect(findProposals(curly(text))).toEqual([curly(one), two]);
  });

  it("'The appeal I make to <a body> today is for …'; not an appeal made long ago", () => {
    const ask = "The appeal I make to donors today is for two more years of night wages at the busiest locks.";
    expect(findProposals(prose(ask))).toEqual([ask]);
    expect(findProposals(prose("The appeal we made in the spring went unanswered."))).toEqual([]);
  });

  it("'Surely it isn't too much to ask that …', 'It's not too late for <a body> to …'; not what is too late for families", () => {
    both("Surely it isn't too much to ask that donors keep the radios running for two more years.");
    both("It's not too late for donors to pay the night wages of the keepers this winter.");
    neither("It's too late for the families of the keepers who drowned last spring.");
  });

  it("'What we're asking for is a …', 'All we're asking is that …'; not 'What we're asking for is simple.', nor 'All we ask is that you listen'", () => {
    both("What we're asking for is a register of every barge that moves after dark.");
    both("All we're asking is that every keeper on the lower canal gets a radio.");
    neither("What we're asking for is simple.");
    neither("All we ask is that you listen to the keepers for a moment.");
  });

  it("'We'd argue that <a body> should …', 'We're hoping <a body> will fund …'; not what we'd say about the weather", () => {
    both("We'd argue that the ministries should license every barge before it leaves the basin.");
    both("We're hoping the agency will fund a radio at each lock on the lower canal.");
    neither("We'd say the winter was the hardest the keepers can remember.");
  });

  it("a question in the negative ('Couldn't <a body> …?', 'Why can't <a body> …?', 'Wouldn't it be simpler for …?'); not a reproach about the past", () => {
    both("Couldn't the ministries give every keeper a radio before the next winter?");
    both("Why can't the donors fund the night wages as well as the equipment?");
    both("Wouldn't it be simpler for the agency to license the barges at the first lock?");
    both("Wouldn't it make sense for donors to pay the keepers rather than buy more gates?");
    both("Isn't it time the ministries licensed the barges that move after dark?");
    neither("Couldn't the police have acted sooner after the first threat?");
  });
});
