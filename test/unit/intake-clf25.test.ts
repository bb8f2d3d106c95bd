import { describe, expect, it } from "vitest";
import { ownAim as ownAimOfProposals } from "../../worker/intake/proposals";
import { TOLD_US as toldUsOfAsks } from "../../worker/intake/asks-fr-es";
import { notOurRequest, ownAim, requestCandidates, requestFeatures, TOLD_US, withRequests } from "../../worker/intake/request-model";
import { handMadeBlend } from "../intake/blend-setup";

// Round 25: the learned request classifier's "modal" feature reads verbs only, an "observes" feature, and one check of what is not a request
// of ours. Sentences and names written for these tests; the names are invented.

const nowhere = { first: false, last: false };
const modal = (s: string) => requestFeatures(s, nowhere).includes("modal");

describe("round 25: the modal feature, verbs of asking only", () => {
  it.each([
    ["fr", "Nous demandons au ministère de rouvrir le guichet des saisonniers."],
    ["fr", "Je demande aux préfectures de répondre dans le mois."],
    ["fr", "Nous leur demandons de traduire les convocations."],
    ["fr", "Nous recommandons un registre ouvert des agences de placement."],
    ["fr", "Nous proposons que les inspecteurs visitent les serres la nuit."],
    ["en", "We request that the port authority publish its crew lists."],
    ["en", "Coastal states need to train the harbour pilots."],
    ["en", "We call on the regional bank to fund the crossings."],
    ["es", "Solicitamos a la fiscalía que abra una oficina en el valle."],
    ["es", "Recomendamos que las alcaldías publiquen los contratos."],
    ["es", "Proponemos una mesa de diálogo con los pescadores."],
  ])("%s, a verb: %s", (_, s) => expect(modal(s)).toBe(true));

  // Near misses: the same stems as nouns, after a determiner or a preposition, or with a noun's ending.
  it.each([
    ["fr", "Nous constatons aussi que les saisonniers visés par une demande de renvoi attendent sans interprète."],
    ["fr", "Les demandeurs d'asile du foyer attendent leur convocation depuis l'hiver."],
    ["fr", "Notre recommandation de l'an dernier est restée sans réponse."],
    ["fr", "Une proposition de loi circule depuis le printemps."],
    ["en", "The need for interpreters grew during the harvest."],
    ["en", "Upon request, the clinic mailed the records to the families."],
    ["en", "Their recommendations reached the committee late."],
    ["es", "La solicitud de visado tardó seis meses en resolverse."],
    ["es", "Los solicitantes de refugio duermen en la terminal."],
    ["es", "Una proporción de las familias no recibió el subsidio."],
  ])("%s, a noun: %s", (_, s) => expect(modal(s)).toBe(false));
});

describe("round 25: the speaker's observation, a shape feature", () => {
  const observes = (s: string) => requestFeatures(s, nowhere).includes("observes");
  it.each([
    ["fr", "Nous constatons aussi que les saisonniers attendent leur paie sans interprète."],
    ["fr", "Nous avons relevé que les guichets du port ferment avant midi."],
    ["en", "We also note that the hostels close their doors at six."],
    ["en", "We observe with deep concern that the crew lists arrive late."],
    ["es", "Observamos también que los albergues del valle cierran temprano."],
    ["es", "Hemos constatado que nadie traduce los contratos de las temporeras."],
  ])("%s: %s", (_, s) => expect(observes(s)).toBe(true));
  // Near misses: a noted thing (no "that"), someone else's observation, a request.
  it.each([
    ["en", "We note the efforts of the port authority this year."],
    ["en", "The committee noted that the crew lists arrived late."],
    ["en", "We ask that the crew lists be published every month."],
    ["fr", "Le comité a constaté que les guichets ferment tôt."],
    ["es", "Pedimos que los albergues abran también de noche."],
  ])("%s, not: %s", (_, s) => expect(observes(s)).toBe(false));
});

describe("round 25: one check of what is not a request of ours", () => {
  it("testimony, the statement's own aim, and a sentence under a plan heading, each named", () => {
    expect(notOurRequest("Most of the drivers we met told us that the depot kept their licences.")).toBe("told us");
    expect(notOurRequest("Plusieurs des saisonnières que nous suivons nous ont dit que le patron gardait les fiches de paie.")).toBe("told us");
    expect(notOurRequest("Our project will train forty harbour wardens over two summers.")).toBe("own aim");
    expect(notOurRequest("Port authorities should publish the crew lists every month.", true)).toBe("plan heading");
  });
  // Near misses: a request citing what people said, a plan that asks, a request outside a plan heading.
  it("not: a request that cites testimony, a plan that asks, a request under no plan heading", () => {
    expect(notOurRequest("As the drivers told us, the depot should return every licence.")).toBeNull();
    expect(notOurRequest("Our project will need the port authorities to pay for the wardens.")).toBeNull();
    expect(notOurRequest("Port authorities should publish the crew lists every month.")).toBeNull();
  });
  it("is where proposals.ts and asks-fr-es.ts read it from (moved, not copied)", () => {
    expect(ownAimOfProposals).toBe(ownAim);
    expect(toldUsOfAsks).toBe(TOLD_US);
  });

  describe("in the blend", () => {
    const { split, keep, use, table } = handMadeBlend({ bias: -4, w: { "w:wardens": 6 } });
    const text = ["Most of the drivers we met told us that the wardens kept their licences.", "Our project will train forty harbour wardens over two summers.", "Port authorities could pay the wardens a fair wage at last."].join("\n\n");
    it("testimony and the statement's own aim are not taken (all three scored alike); the sentence that asks is", () => {
      use();
      expect(requestCandidates(text, [], split, keep, table).map((c) => c.p > 0.5)).toEqual([true, true, true]);
      expect(withRequests(text, [], split, keep)).toEqual(["Port authorities could pay the wardens a fair wage at last."]);
    });
    it("under a plan heading, nothing taken", () => {
      use();
      expect(withRequests(`2. Activities\n\n${text}`, [], split, keep)).toEqual([]);
    });
  });
});
