import { describe, expect, it } from "vitest";
import { kindFullName } from "../../worker/intake/who69";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// After blind 85's measure (in sample for blind 84 and 85): an organization the text calls only by its kind after an
// article ("The Alliance", "La Red") is named by its full name where the letterhead, a footer, the heading or a sentence
// gives it. Invented bodies, people and towns (salt marshes, ferries, orchards).

describe("a body read only as its kind after an article takes its full name from elsewhere in the document", () => {
  it("from the letterhead in capitals (head last), the running footer, or a sentence (head first)", () => {
    expect(kindFullName("The Panel", ["SALTMARSH WARDENS' ADVISORY PANEL", "0 Quay Lane, Brinemouth · desk@example.org"])?.toLowerCase()).toBe("saltmarsh wardens' advisory panel");
    expect(kindFullName("The Fellowship", ["1/2", "Ferry Pilots' Fellowship of the Northern Sounds — written contribution"])).toBe("Ferry Pilots' Fellowship of the Northern Sounds");
    expect(kindFullName("The Association", ["The Association of Orchard Keepers of the Upper Vale met in March."])).toBe("Association of Orchard Keepers of the Upper Vale");
    expect(kindFullName("La Red", ["La Red de Guardas por la Defensa de los Humedales presentó su informe."])).toBe("Red de Guardas por la Defensa de los Humedales");
  });

  it("keeps the kind when nothing longer names it, or only a person or the kind itself", () => {
    expect(kindFullName("The Alliance", ["The Alliance brings together ferry crews and harbour chaplains.", "Our Alliance works at night."])).toBeNull();
    expect(kindFullName("The Alliance", ["Alliance"])).toBeNull();
    expect(kindFullName("The", ["The Trust"])).toBeNull();
  });

  it("reads the full name into a statement whose body says only 'The Trust'", () => {
    const r = read(
      [
        "JOINT STATEMENT",
        "of the Marshland Ferry Crews' Trust and its co-signing members",
        CHAIR.en!,
        "The Trust brings together ferry crews and the families of the missing on both banks of the estuary.",
        ASK.en!,
        THANKS.en!,
        "Delivered by Orlaith Penhallow-Quist, coordinator",
      ],
    );
    expect(r.organization?.name).toBe("Marshland Ferry Crews' Trust");
  });
});
