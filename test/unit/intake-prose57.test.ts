import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 57 (blind sets 62 and 63 used for development; invented text only): a second request in a paragraph, with a subject of
// its own and said to be a further one, is a proposal of its own; a titled body ends before background that tells what someone
// knows to ask.

const prose = (...paragraphs: string[]) =>
  findProposals(["Madam Chair,", "Our guild repairs the boats of the lake villages.", ...paragraphs, "Thank you."].join("\n\n"));

describe("round 57: two requests in one paragraph", () => {
  it("splits a new case after \"and\" in English", () => {
    expect(
      prose(
        "The harbour offices should keep a list of every boat that is lent to a family. And a fisher who loses his boat in a storm should receive a loan for a new hull within the season.",
      ),
    ).toEqual([
      "The harbour offices should keep a list of every boat that is lent to a family.",
      "And a fisher who loses his boat in a storm should receive a loan for a new hull within the season.",
    ]);
  });

  it("splits an impersonal duty that adds, in French and Spanish", () => {
    expect(
      prose(
        "Les ateliers de réparation doivent être inscrits au registre des métiers, et non traités comme des loisirs. Il faut aussi, à notre avis, que chaque village ait un lieu où ranger les coques pendant l'hiver.",
      ),
    ).toHaveLength(2);
    expect(
      prose(
        "Los talleres deben ser reconocidos como oficios y no como pasatiempos. Es necesario además que cada pueblo tenga un lugar donde guardar las barcas en invierno.",
      ),
    ).toHaveLength(2);
  });

  it("splits a thing or people named with a modal and \"moreover\"", () => {
    expect(
      prose(
        "Nous demandons que les prêts aux familles soient accordés sans garantie, et que leur remboursement soit suspendu après une tempête. Les familles devraient par ailleurs recevoir une aide pour assurer leurs coques, de la première année jusqu'à la dixième.",
      ),
    ).toEqual([
      "Nous demandons que les prêts aux familles soient accordés sans garantie, et que leur remboursement soit suspendu après une tempête.",
      "Les familles devraient par ailleurs recevoir une aide pour assurer leurs coques, de la première année jusqu'à la dixième.",
    ]);
  });

  it("keeps a sentence that goes on the request with it", () => {
    expect(prose("The harbour offices should keep a list of every boat that is lent to a family. It should also show who repaired each boat last.")).toHaveLength(1);
    expect(prose("The ministry should pay for a new slipway in each village. A fisher who loses his boat should not wait a year.")).toHaveLength(1);
  });
});

describe("round 57: what a thing would deserve", () => {
  it("is asked, in French, Spanish and English", () => {
    expect(prose("Les ateliers des villages du lac mériteraient enfin une aide pour acheter du bois sec.")).toHaveLength(1);
    expect(prose("Los talleres de los pueblos del lago merecerían por fin una ayuda para comprar madera seca.")).toHaveLength(1);
    expect(prose("The workshops of the lake villages would deserve a grant to buy dry timber.")).toHaveLength(1);
  });

  it("not what deserves to be said", () => {
    expect(prose("Ce point mériterait d'être souligné devant vous.")).toHaveLength(0);
  });
});

describe("round 57: background after a titled request", () => {
  it("leaves out a sentence that tells what someone knows to ask", () => {
    const found = findProposals(
      "Madam Chair,\n\nOur guild repairs the boats of the lake villages. We make two recommendations.\n\n" +
        "Recommendation 1 – Teach on the water\n\nTraining for harbour inspectors should take place on working boats, with a guide who knows the lake. An inspector who has felt a hull leak knows what questions to ask.\n\n" +
        "Recommendation 2 – Count the boats\n\nEach province should keep one register of boats, open to the coastguard at any hour.\n\nThank you.",
    );
    expect(found).toEqual([
      "Training for harbour inspectors should take place on working boats, with a guide who knows the lake.",
      "Each province should keep one register of boats, open to the coastguard at any hour.",
    ]);
  });
});

describe("round 57: a titled body the prose reading takes nothing from", () => {
  it("starts at its first sentence with a modal when a past recommendation opens it", () => {
    const found = findProposals(
      "Madam Chair,\n\nOur guild repairs the boats of the lake villages. We make two recommendations.\n\n" +
        "Recommendation 1 – Hear the crews alone\n\nIn 2015 a lake conference recommended that boat crews be heard apart from their owners. That recommendation is still mostly on paper. Every programme for lake inspectors needs to give crews a way to speak to an inspector without the owner present. A hotline is a start; a quiet room is better.\n\n" +
        "Recommendation 2 – Count the boats\n\nEach province should keep one register of boats, open to the coastguard at any hour.\n\nThank you.",
    );
    expect(found).toEqual([
      "Every programme for lake inspectors needs to give crews a way to speak to an inspector without the owner present.",
      "Each province should keep one register of boats, open to the coastguard at any hour.",
    ]);
  });
});

describe("round 57: a plea as the lead-in of a list", () => {
  it("takes the items, not the lead-in", () => {
    const found = findProposals(
      "Madame la Présidente,\n\nNotre guilde répare les barques des villages du lac. Les saisons sont de plus en plus courtes.\n\n" +
        "Au nom de nos ateliers, nous plaidons pour :\n\n" +
        "* la fin des saisies de barques sans décision d'un juge, même pendant la saison des crues ;\n" +
        "* un accès garanti aux cales sèches pour toute famille de pêcheurs, quel que soit son village ;\n" +
        "* des contrôles réguliers des vendeurs de coques qui trichent sur le bois utilisé.\n\nJe vous remercie.",
    );
    expect(found).toHaveLength(3);
    expect(found.some((p) => /plaidons/.test(p))).toBe(false);
  });
});

describe("round 57: a request and the steps it entails", () => {
  it("is one proposal, the head included", () => {
    const found = findProposals(
      "Madam Chair,\n\nOur guild repairs the boats of the lake villages. We recommend the following.\n\n" +
        "1. Every boat seized by the lake police should be returned within a month, which means at least:\n" +
        "   a) checking the owner's papers within a week;\n" +
        "   b) telling the family where the boat is kept;\n" +
        "   c) paying for any damage done while it was held.\n" +
        "2. Each province should keep one register of boats, open to the coastguard at any hour.\n\nThank you.",
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^Every boat seized .*which means at least: checking .*week; telling .*kept; paying .*held\.$/);
  });
});
