import { describe, expect, it } from "vitest";
import { findSpeaker, personName } from "../../worker/intake/people";
import { withoutRunOn } from "../../worker/intake/who-elsewhere";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 47 (who, forms read from blind sets 46 and 47 after their first measure): an e-mail's or a note's sender that is
// a body; a sentence opening on a month ("From July, …") is no by-line. Invented text (lighthouses and ferries; invented bodies, people and towns).
const OPEN = "For ten years we have helped the families of the ferry crews who work the crossing at night.";

describe("round 47: a mail's sender that is a body sends the statement", () => {
  it("an e-mail from a forum, with its address", () => {
    const head = "From: Harbour Lights Youth Forum <desk@example.org>\nSubject: the text we read today";
    expect(read([head, "Hello all, here is the text read this morning.", CHAIR.en!, OPEN, ASK.en!, THANKS.en!]).organization?.name).toBe("Harbour Lights Youth Forum");
  });
  it("a note from a body without a kind word, named again in the text", () => {
    const head = "De : Rezo Lakay Vivan\nObjet : Texte de notre déclaration";
    const own = "Notre association, Rezo Lakay Vivan, accompagne les familles des passeurs.";
    expect(read([head, "Chers amis,", CHAIR.fr!, own, ASK.fr!, THANKS.fr!]).organization?.name).toBe("Rezo Lakay Vivan");
  });
  it("a sender who is a person gives no body", () => {
    const head = "From: Mena Searle Okafor <mena@example.org>\nSubject: the text we read today";
    expect(read([head, CHAIR.en!, OPEN, ASK.en!, THANKS.en!]).organization?.name).not.toBe("Mena Searle Okafor");
  });
});

describe("round 47: a sentence opening on a month is no by-line", () => {
  it.each(["From July", "Since March", "Desde enero", "Depuis septembre"])("%s", (line) => expect(personName(line)).toBeNull());
  it("the closing by-line below it is read", () => {
    const closing = ["From July, the guild will drop any member that fails to log a lost lamp within two days.", "Presented by Mr. Joost Ferrant-Obi, Executive Officer"];
    expect(findSpeaker([], closing)?.speaker.name).toBe("Joost Ferrant-Obi");
  });
  it("a name is still a name", () => expect(personName("June Marlow Achebe")).toBe("June Marlow Achebe"));
});

describe("round 47: a note sent by a body names no speaker in its sender", () => {
  it("the reader the note names is the speaker", () => {
    const head = "De : Rezo Lakay Vivan\nObjet : Texte de notre déclaration";
    const note = "Ci-joint notre déclaration ; Mme Anne-Rose Pharel, notre coordonnatrice, l'a prononcée le 5 mai 2031 au dialogue sur les bacs.";
    const own = "Notre association, Rezo Lakay Vivan, accompagne les familles des passeurs.";
    expect(read([head, "Chers amis,", note, "*****", CHAIR.fr!, own, ASK.fr!, THANKS.fr!]).speaker?.name).not.toBe("Rezo Lakay Vivan");
  });
});

describe("round 47: a footer's address and e-mail after the name are no part of it", () => {
  it("name - street, town, country - e-mail", () => {
    const footer = "Syndicat des gardiens de phares - rue du Môle, Portvent, Liban - desk@example.org";
    expect(withoutRunOn({ name: footer })?.name).toBe("Syndicat des gardiens de phares");
  });
  it("a name with a dash and no address is kept", () => expect(withoutRunOn({ name: "Lantern Keepers - Coast Branch" })?.name).toBe("Lantern Keepers - Coast Branch"));
});
