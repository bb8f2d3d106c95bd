import { describe, expect, it } from "vitest";
import { findSpeaker } from "../../worker/intake/people";
import { findAddressCountry } from "../../worker/intake/places";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const read = (lines: string[], letterhead: string[] = []) => understand(lines.join("\n"), letterhead, segments);
const speaker = (line: string) => findSpeaker([line], [])?.speaker ?? null;

// Round 20 (who and when, blind set 15 used for development): text, names and places written for these tests.

const corps = "Chaque printemps, nos potiers chargent leurs ânes de jarres vides et partent vers les marchés du nord, où personne ne leur demande jamais leurs papiers.";
const body = "Every spring our boatmen paint the hulls of the ferries in new colours, and the harbour master writes the colours down in a ledger that nobody reads.";

describe("by-lines", () => {
  it("\"Statement read by NAME, hotline counsellor\": a counsellor is a role", () => {
    expect(speaker("Statement read by Oddny Veralund, hotline counsellor")).toEqual({ name: "Oddny Veralund", role: "hotline counsellor" });
    expect(speaker("Intervención de Ramira Oteizal, consejera del comedor")).toEqual({ name: "Ramira Oteizal", role: "consejera del comedor" });
  });
  it("a by-line in square brackets for an answer from the floor, the occasion after the role left out", () => {
    expect(speaker("[Reply given from the floor by Torvald Ekkerby, deputy ferry warden, following the question of the harbour board]")).toEqual({ name: "Torvald Ekkerby", role: "deputy ferry warden" });
    expect(speaker("Answer given from the floor by Torvald Ekkerby, ferry mediator")).toEqual({ name: "Torvald Ekkerby", role: "ferry mediator" });
    expect(speaker("Intervention de M. Anatole Brisquet, animateur, en réponse à une question d'une délégation")).toEqual({ name: "Anatole Brisquet", role: "animateur" });
  });
  it("a role that merely holds \"after\" keeps it; a sentence saying the floor was given names nobody", () => {
    expect(speaker("Read by Torvald Ekkerby, coordinator, after-school ferries")?.role).toBe("coordinator, after-school ferries");
    expect(speaker("The answer was given from the floor by the chair of the harbour board")).toBeNull();
  });
  it("\"la hermana\" / \"el hermano\" before a name is a title, not part of it", () => {
    expect(speaker("Toma la palabra la hermana Celestina Arbolí, coordinadora del comedor")).toEqual({ name: "Celestina Arbolí", role: "coordinadora del comedor" });
    expect(speaker("Interviene el hermano Teódulo Marcaida, promotor de la huerta")).toEqual({ name: "Teódulo Marcaida", role: "promotor de la huerta" });
  });
});

describe("a local body's name: \"NAME – TOWN\" with an acronym that spells the town too", () => {
  it("the acronym in brackets after the town: the town is part of the name", () => {
    const r = read(["LIGUE POUR LES JARDINS PARTAGÉS – SIKASSO (LJPS)", "Rue 12, BP 44, Sikasso · ljps@example.org", "", "Dialogue constructif sur les potiers", "", "Monsieur le Président,", "", corps]);
    expect(r.organization?.name).toBe("Ligue pour les jardins partagés – Sikasso"); // round 41: a French name from capitals in sentence case
    expect(r.organization?.acronym).toBe("LJPS");
    expect(r.organization?.country).toBe("ML");
  });
  it("the acronym on the letterhead's next line", () => {
    const r = read(["Dialogue constructif sur les potiers", "", "Monsieur le Président,", "", corps], ["LIGUE POUR LES JARDINS PARTAGÉS - SIKASSO", "LJPS · Rue 12, BP 44, Sikasso · ljps@example.org"]);
    expect(r.organization?.name).toBe("Ligue pour les jardins partagés - Sikasso");
    expect(r.organization?.acronym).toBe("LJPS");
  });
  it("an acronym that leaves the town out does not take it into the name", () => {
    const r = read(["LIGUE POUR LES JARDINS PARTAGÉS – SIKASSO (LJP)", "Rue 12, BP 44, Sikasso · ljps@example.org", "", "Dialogue constructif sur les potiers", "", "Monsieur le Président,", "", corps]);
    expect(r.organization?.name).not.toContain("Sikasso");
  });
});

describe("an organization's name on a letterhead or footer", () => {
  it("a name wrapped in a narrow footer column, its acronym ending the second line, is read whole", () => {
    const r = read(["Les jarres du nord", "", "Monsieur le Président,", "", corps], ["Réseau des potiers", "nomades de Tamale (RPNT)", "Route 3, BP 19, Tamale", "rpnt@example.org"]);
    expect(r.organization?.name).toBe("Réseau des potiers nomades de Tamale");
    expect(r.organization?.acronym).toBe("RPNT");
  });
  it("an acronym that leaves out the first word of a letterhead name in capitals does not cut it off", () => {
    const r = read(["AMBER FJORD FERRY SAFETY NETWORK (FFSN)", "4 Glacier Road, Trondheim", "", "Constructive dialogue on ferries", "", "Chair,", "", body]);
    expect(r.organization?.name).toBe("Amber Fjord Ferry Safety Network");
    expect(r.organization?.acronym).toBe("FFSN");
  });
  it("a line that is not all name still starts the name where its acronym fits", () => {
    const r = read(["Notes prepared from the recording by the Lantern Quay Trust (LQT)", "", "Constructive dialogue on ferries", "", "Chair,", "", body]);
    expect(r.organization?.name).toBe("Lantern Quay Trust");
  });
});

describe("an address line ending in a separator", () => {
  it("a footer column wrapped after \" ·\" still gives the address's country", () => {
    expect(findAddressCountry("Plot 7, Glacier Road, Akureyri, Iceland ·\nferries@example.is")).toBe("IS");
    expect(findAddressCountry("· 3 Dzong Lane, Thimphu, Bhutan")).toBe("BT");
  });
});
