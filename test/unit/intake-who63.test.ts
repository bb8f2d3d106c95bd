import { describe, expect, it } from "vitest";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 63 (who, mechanisms read from blind sets 70 and 71's misses): the organization's country said in an ordinary sentence
// ("I am the ROLE of a club … in a rural part of COUNTRY", "based in Town, Country" under an "About the …" heading, "…, Town, Province"
// ending a footer), a post's weekday with the month before the day under its posting date; an acronym written only in an e-mail
// address stays unread (guards). Invented text
// (lighthouses and ferries; invented bodies, people and towns).

describe("round 63: the speaker describing the body in a sentence", () => {
  it("reads the country after 'in a … part of'", () => {
    const r = read([
      "Quillmoor Lantern Makers' Circle",
      "Statement to the constructive dialogue on migrant smuggling, 3 June 2031",
      `Thank you, Chair. I am the treasurer of a circle of about sixty lantern makers in a hilly part of Norway. We make lanterns for the harbour ferries. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBe("NO");
  });

  it("reads « nous sommes une association … au nord du Pays »", () => {
    const r = read([
      "Cercle des bateliers de Vellanoir",
      "Déclaration au dialogue constructif sur le trafic illicite de migrants, 3 juin 2031",
      `${CHAIR.fr!} Nous sommes une petite association de bateliers au nord du Ghana. ${ASK.fr!}`,
      THANKS.fr!,
    ]);
    expect(r.organization?.country).toBe("GH");
  });

  it("does not read a country where others were taken (a guard)", () => {
    const r = read([
      "Quillmoor Lantern Makers' Circle",
      "Statement to the constructive dialogue on migrant smuggling, 3 June 2031",
      `Thank you, Chair. We are a small shelter for young women trafficked to Portugal. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBeNull();
  });

  it("does not read a country named after a verb in the phrase (a guard)", () => {
    const r = read([
      "Quillmoor Lantern Makers' Circle",
      "Statement to the constructive dialogue on migrant smuggling, 3 June 2031",
      `Thank you, Chair. We are a circle supporting the families of ferry crews lost in Kenya. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.organization?.country).toBeNull();
  });
});

describe("round 63: 'based in Town, Country' in an About paragraph", () => {
  it("reads the country after an unknown town, in the paragraph under the About heading", () => {
    const r = read([
      "PRESS RELEASE",
      "Harbour Lamp Keepers' Guild urges States to register coastal ferries at the dialogue",
      "VIENNA, 3 June 2031 – The Harbour Lamp Keepers' Guild today addressed the dialogue on migrant smuggling.",
      `Speaking for the Guild, its Secretary, Mr. Osric Pellow-Vane, said: "${ASK.en!}"`,
      "He added that the Guild would train its members to spot false papers.",
      "About the Guild\nThe Harbour Lamp Keepers' Guild brings together the keepers of forty lighthouses along a coast of cliffs and small harbours. It was founded in 2011, is based in Pellowick, Uruguay, and works with the harbour crews and the pilots of the coastal ferries.",
      "Media contact: guild@example.org",
    ]);
    expect(r.organization?.country).toBe("UY");
  });
});

describe("round 63: an acronym written only in an e-mail address", () => {
  // Tried and reverted: the labels of blind 70 and 71 want no acronym eight times in twelve where only the address has one (a body's address is no use of its acronym).
  it("is not read from the domain's first label (a guard)", () => {
    const r = read(
      [
        "Statement to the constructive dialogue on migrant smuggling, 3 June 2031",
        CHAIR.en!,
        `Our keepers watch the strait every night. ${ASK.en!}`,
        THANKS.en!,
      ],
      ["Harbour Lamp Keepers Guild", "4 Quay Lane, Portmerrow · contact@hlkg.example.org"],
    );
    expect(r.organization?.name).toBe("Harbour Lamp Keepers Guild");
    expect(r.organization?.acronym).toBeNull();
  });

  it("is not read from the local part (a guard)", () => {
    const r = read(
      [
        "Déclaration au dialogue constructif sur le trafic illicite de migrants, 3 juin 2031",
        CHAIR.fr!,
        `Nos bateliers traversent le fleuve chaque jour. ${ASK.fr!}`,
        THANKS.fr!,
      ],
      ["Cercle des bateliers de Vellanoir", "Quai des Saules · Vellanoir · cbv@example.org"],
    );
    expect(r.organization?.acronym).toBeNull();
  });
});

describe("round 63: a post's weekday with the month before the day", () => {
  it("dates the statement by the weekday before the posting date", () => {
    const r = read([
      "Quillmoor Lantern Makers' Circle",
      "Home | About | Events | News | Contact",
      "Circle speaks at a UN meeting on smuggling",
      "Posted on June 9, 2031 by the Circle Office",
      "Our treasurer travelled to Vienna last week. Her statement, as she delivered it on Tuesday, June 3, at the constructive dialogue on migrant smuggling.",
      `Thank you, Chair. I am Merryn Oakhollow-Tate, treasurer of the Quillmoor Lantern Makers' Circle. ${ASK.en!}`,
      THANKS.en!,
    ]);
    expect(r.deliveredOn).toBe("2031-06-03");
  });
});

describe("round 63: a footer's address ending with a province and no country", () => {
  it("reads the province's country", () => {
    const r = read([
      "Quillmoor Lantern Makers' Circle",
      "Statement to the constructive dialogue on migrant smuggling, 3 June 2031",
      `${CHAIR.en!} Our circle makes lanterns for the ferries of a cold lake. ${ASK.en!}`,
      THANKS.en!,
      "© Quillmoor Lantern Makers' Circle · Office: Birch Street, Quillmoor Landing, Saskatchewan",
    ]);
    expect(r.organization?.country).toBe("CA");
  });
});
