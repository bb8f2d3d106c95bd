import { describe, expect, it } from "vitest";
import { announcedSpeaker } from "../../worker/intake/people";
import { forwardedStatement } from "../../worker/intake/understand";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 57 (who, forms read from blind sets 62 and 63 after round 56): a self-introduction under the title, a forwarder's note
// above a forwarded message, a message pasted from its "Subject:" line, the statement's own heading under a covering note, a
// reader announced with "our ROLE" before the name. Invented text (lighthouses and ferries; invented bodies, people, towns).

const LONG = "The ferries cross at dawn and at dusk, and the workers who take them have no list of the boats, no record of the crossings and no one to call when a boat does not come back to the harbour in the evening.";

describe("round 57: a self-introduction under the title", () => {
  it("the title still names the body, and the one who gives their name speaks", () => {
    const r = read(["Statement by the Harbour Keepers' Network", "My name is Ilse Marten-Voss. I have kept the north light for ten years.", ASK.en!, LONG, THANKS.en!]);
    expect(r.organization?.name).toBe("Harbour Keepers' Network");
    expect(r.speaker?.name).toBe("Ilse Marten-Voss");
  });
});

describe("round 57: e-mails", () => {
  const forwarded = [
    "Hi Tamsin,",
    "Passing this on as promised, it is the final text. Could you check that it reached the desk?",
    "Cheers,\nOwain",
    "---------- Forwarded message ---------\nFrom: Ferrymen of the Southern Strait <desk@example.org>\nDate: Tue, 4 May 2031 at 10:02\nSubject: Statement for Friday\nTo: Owain Pryce-Hollis <owain@example.org>",
    "Dear Owain,",
    "Attached is the version we settled on for the Friday session; many thanks again.",
    "FERRYMEN OF THE SOUTHERN STRAIT\nPort Allard",
    "Statement to the dialogue on ferries, 7 May 2031\nRead by Captain Rhodri Vance-Ellery, Chairman",
    CHAIR.en!,
    ASK.en!,
    LONG,
    THANKS.en!,
  ].join("\n\n");

  it("a forwarder's note above the forwarded message is not the statement", () => {
    expect(forwardedStatement(forwarded).startsWith("---------- Forwarded message")).toBe(true);
  });

  it("the greeting names no speaker; the sender the letterhead repeats is the body; the by-line under the title speaks", () => {
    const r = read([forwarded]);
    expect(r.organization?.name).toBe("Ferrymen of the Southern Strait");
    expect(r.speaker).toEqual({ name: "Rhodri Vance-Ellery", role: "Chairman" });
  });

  it("a message pasted from its Subject: line is cut at the rule under its covering note", () => {
    const text = [
      "Subject: Our statement for the ferries dialogue",
      "Dear colleagues,",
      "Our guild's text for the ferries session follows. It will be read by our secretary, Ms Petra Lindqvist-Oduya.",
      "Kind regards,\nJonas Elm\nOffice, HLG",
      "=========================================",
      "HARBOUR LIGHTKEEPERS' GUILD (HLG)\nStatement to the dialogue on ferries\nPort Allard, 7 May 2031",
      CHAIR.en!,
      ASK.en!,
      LONG,
      LONG.replace("The ferries", "In winter the ferries"),
      THANKS.en!,
    ].join("\n\n");
    expect(forwardedStatement(text).startsWith("HARBOUR LIGHTKEEPERS' GUILD")).toBe(true);
  });

  it("the statement's own heading under a covering note: whoever introduces themselves below it speaks", () => {
    const r = read(["Dear Sir or Madam,", "Please find our text below. I will read it myself.", "Yours,\nNoor Achterberg-Lane", "STATEMENT", CHAIR.en!, "I am Noor Achterberg-Lane, and I chair the Strait Boatmen's Circle.", ASK.en!, LONG, THANKS.en!]);
    expect(r.speaker?.name).toBe("Noor Achterberg-Lane");
  });
});

describe("round 57: a reader announced with our ROLE before the name", () => {
  it("by our solicitor Ms NAME; by our member Ms. NAME, herself a …", () => {
    expect(announcedSpeaker(["Please find our statement below. It will be delivered on Friday, in the morning session, by our solicitor Ms Greta Hollis-Amadi."])).toEqual({ name: "Greta Hollis-Amadi", role: "solicitor" });
    expect(announcedSpeaker(["Our text follows. It is going to be delivered, from our office, by our member Ms. Anouk Perrault-Dias, herself a ferry worker."])).toEqual({ name: "Anouk Perrault-Dias", role: "member" });
  });

  it("the role the note gives goes to the one who introduces themselves without one", () => {
    const r = read(["Dear colleagues,", "The Strait Boatmen's Circle sends its text below. It is going to be delivered, in the afternoon, by our member Ms. Anouk Perrault-Dias, herself a ferry worker.", "Kind regards,\nTeodor Wasik", CHAIR.en!, "My name is Anouk Perrault-Dias. I have crossed the strait every day for twenty years.", ASK.en!, LONG, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Anouk Perrault-Dias", role: "member" });
  });
});

describe("round 57: a reader who hopes to read it; a web post's introduction in the heading; an address line with its e-mail", () => {
  it("Our ROLE, Ms NAME, hopes to read it", () => {
    expect(announcedSpeaker(["Please find our statement below. Our treasurer, Ms Liesel Brandauer-Okafor, hopes to read it on Thursday if we are given the floor."])).toEqual({ name: "Liesel Brandauer-Okafor", role: "treasurer" });
  });

  it("a web post: the introduction naming who delivered the statement, above the quoted text", () => {
    const r = read([
      "Home | About | News",
      "Our statement at the ferries dialogue",
      "Posted on 9 May 2031 by the web team",
      "On 7 May, Capt. Morwenna Tregarthen-Hale, our coordinator, delivered these words for the Strait Boatmen's Circle when the ferries dialogue opened.",
      "[Photo: the harbour at dawn.]",
      `"Thank you, Madam Chair.`,
      ASK.en!,
      `${LONG}"`,
    ]);
    expect(r.speaker).toEqual({ name: "Morwenna Tregarthen-Hale", role: "coordinator" });
  });

  it("a building, street and town with the e-mail after a dash is the address under the name", () => {
    const r = read(["PASTORAL DEL MAR DE PUERTO ALBA\nCasa del faro, calle Larga s/n, Puerto Alba, Uruguay – oficina@example.org", "Intervención en el diálogo sobre las lanchas", CHAIR.es!, ASK.es!, LONG, THANKS.es!]);
    expect(r.organization?.name).not.toMatch(/calle/);
  });
});
