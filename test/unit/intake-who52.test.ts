import { describe, expect, it } from "vitest";
import { floorSpeaker, personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 52 (who, forms read from blind sets 54 and 55 after round 51): the reader named with the act of reading in a
// covering note, a speaker line with pronouns, titles never kept in a name, a joint statement's body. Invented text
// (lighthouses and ferries; invented bodies, people, towns).

describe("round 52: the reader named with the act of reading", () => {
  it("it will be read on a day by our ROLE, NAME", () => {
    const r = read(["Here is our short text for the dialogue. It will be read on 3 May by our treasurer, Tamsin Vell-Abernathy, who keeps the light at the point.", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Tamsin Vell-Abernathy", role: "treasurer" });
  });

  it("le texte que lira demain notre ROLE, M. NAME", () => {
    const r = read(["Voici la déclaration que lira demain notre trésorier, M. Hervé Kerloc'h-Daoulas. Merci de confirmer l'heure.", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.speaker).toEqual({ name: "Hervé Kerloc'h-Daoulas", role: "trésorier" });
  });

  it("La va a leer nuestra ROLE, Doña NAME", () => {
    const r = read(["Les mando la intervención de las barqueras. La va a leer nuestra tesorera, Doña Rosalía Etxeberri Lanz, desde el puerto.", CHAIR.es!, ASK.es!, THANKS.es!]);
    expect(r.speaker).toEqual({ name: "Rosalía Etxeberri Lanz", role: "tesorera" });
  });
});

describe("round 52: speaker lines and titles", () => {
  it("pronouns after the name are no part of it", () => {
    const r = read(["Speaker: Ilse Varnholt-Kuus (they/them), harbour delegate", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Ilse Varnholt-Kuus", role: "harbour delegate" });
  });

  it("Pastor and a retired rank are titles", () => {
    expect(personName("Pastor Obadiah Kemble-Ross")).toBe("Obadiah Kemble-Ross");
    expect(personName("Commander (retd.) Hollis Ardenwick")).toBe("Hollis Ardenwick");
  });
});

describe("round 52: a joint statement's body", () => {
  it("X and the co-signing organizations listed below is X", () => {
    const r = read(["Joint statement delivered by Tamsin Vell-Abernathy, Warden, on behalf of the Ferry Crews Alliance of the Ponant and the co-signing organizations listed below", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Ferry Crews Alliance of the Ponant");
  });

  it("X et des organisations cosignataires is X", () => {
    const r = read(["Lue par Mme Tamsin Vell-Abernathy, gardienne, au nom de la Coalition des Passeurs du Ponant et des organisations cosignataires", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(r.organization?.name).toBe("Coalition des Passeurs du Ponant");
  });
});

describe("round 52: the role a sentence or two after the name", () => {
  it("My name is NAME. … Today I am the ROLE of …", () => {
    const r = read([CHAIR.en!, "My name is Ilse Varnholt-Kuus. I came to the port ten years ago. Now I serve as the vice-president of the Ferry Workers' Union of the Ponant.", ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Ilse Varnholt-Kuus", role: "vice-president" });
  });
});

describe("round 52: titles before a name in the text", () => {
  it("nuestra ROLE, la compañera NAME, leyó …", () => {
    const r = floorSpeaker(["El 3 de mayo, en el diálogo sobre los barcos, nuestra tesorera, la compañera Rosalía Etxeberri Lanz, leyó este mensaje en nombre de las barqueras:"]);
    expect(r).toEqual({ name: "Rosalía Etxeberri Lanz", role: "tesorera" });
  });

  it("Don before a given name and two surnames is a title; Don alone with one surname is a name", () => {
    expect(personName("Don Evaristo Lanz Orbegozo")).toBe("Evaristo Lanz Orbegozo");
    expect(personName("Don Whitcombe")).toBe("Don Whitcombe");
  });
});
