import { describe, expect, it } from "vitest";
import { isOrgName, personName } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 54 (who, forms read from blind sets 58 and 59 after round 53): co-signers named by where they are listed, the
// titles a brother or a union member carries before the name, clubs and cooperatives, mothers' and families' bodies. Invented text (lighthouses and ferries; invented bodies,
// people, towns).

describe("round 54: co-signers named by where they are listed", () => {
  it("X and the organizations listed at the end is X", () => {
    const r = read(["Joint statement delivered by Tamsin Vell-Abernathy, Warden, on behalf of the Ferry Crews Alliance of the Ponant and the organizations listed at the end", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Ferry Crews Alliance of the Ponant");
  });

  it("in French and Spanish", () => {
    const fr = read(["Déclaration lue par Aurèle Pinchard-Vallet au nom de la Coalition des Passeurs du Ponant et des organisations nommées ci-dessous", CHAIR.fr!, ASK.fr!, THANKS.fr!]);
    expect(fr.organization?.name).toBe("Coalition des Passeurs du Ponant");
    const es = read(["Declaración leída por Maite Urrutia Lasa en nombre de la Red de Faros del Cabo y las organizaciones que firman al final", CHAIR.es!, ASK.es!, THANKS.es!]);
    expect(es.organization?.name).toBe("Red de Faros del Cabo");
  });

  it("a body whose own name holds 'and the … Organizations' keeps it", () => {
    const r = read(["Statement on behalf of the Alliance of Ferry Crews and the Harbour Organizations of the Ponant", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.organization?.name).toBe("Alliance of Ferry Crews and the Harbour Organizations of the Ponant");
  });
});

describe("round 54: a brother's and a comrade's title", () => {
  it("is not part of the name", () => {
    expect(personName("Bro. Fennimore Quarshie-Dale")).toBe("Fennimore Quarshie-Dale");
    expect(personName("Comrade Thandolwethu Mbalekwa-Ruiters")).toBe("Thandolwethu Mbalekwa-Ruiters");
    expect(personName("Cde. Thandolwethu Mbalekwa-Ruiters")).toBe("Thandolwethu Mbalekwa-Ruiters");
  });

  it("a statement read by one", () => {
    const r = read(["Statement of the Ferry Crews Union of the Ponant", "Delivered by Comrade Thandolwethu Mbalekwa-Ruiters, General Secretary", CHAIR.en!, ASK.en!, THANKS.en!]);
    expect(r.speaker).toEqual({ name: "Thandolwethu Mbalekwa-Ruiters", role: "General Secretary" });
  });
});

describe("round 54: clubs, cooperatives and brotherhoods", () => {
  it("name a body when capitalized, first or last, never in a sentence or a photo's credit", () => {
    expect(isOrgName("Ponant Rowing Club")).toBe(true);
    expect(isOrgName("Coopérative des Passeurs du Ponant")).toBe(true);
    expect(isOrgName("Hermandad de Fareros del Cabo")).toBe(true);
    expect(isOrgName("El club")).toBe(false);
    expect(isOrgName("El club habló ante el diálogo sobre los faros")).toBe(false);
    expect(isOrgName("Habla en nombre de la Cooperativa el farero Ruperto Quillca Mamani")).toBe(false);
    expect(isOrgName("Photo © Ponant Rowing Club")).toBe(false);
  });

  it("a legal aid office named as Latin America or West Africa names it", () => {
    expect(isOrgName("Consultorio Jurídico Popular «Faro del Sur»")).toBe(true);
    expect(isOrgName("Boutique de droit de Kerbala-Nord")).toBe(true);
    expect(isOrgName("une boutique de souvenirs")).toBe(false);
  });

  it("a club's signature: name, office, club, address", () => {
    const r = read([CHAIR.en!, ASK.en!, THANKS.en!, "Wilhelmina Ashcombe-Pryor\nBeacon Captain\nPonant Rowing Club\nThe Quay, Ponant Harbour"]);
    expect(r.organization?.name).toBe("Ponant Rowing Club");
    expect(r.speaker?.name).toBe("Wilhelmina Ashcombe-Pryor");
  });

  it("a body of mothers or families is no person", () => {
    expect(personName("Mères de Gardiens Disparus")).toBeNull();
    expect(personName("Madres de Fareros Desaparecidos")).toBeNull();
  });
});
