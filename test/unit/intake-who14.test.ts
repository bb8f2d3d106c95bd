import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 14 (who and when). Every line here was written for these tests; none comes from an
// evaluation set (test/fixtures/intake/), and no name is a fixture's organization, person or place.

const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));

describe("which organization: round 14", () => {
  it("takes the organization after the role of a by-line that speaks on behalf of counted members", () => {
    const text = [
      "Joint statement on ammunition stockpiles",
      "",
      "Constructive dialogue on firearms, Vienna, 12 June 2025",
      "",
      "Delivered by Orlaith Penhallow-Sato, Campaign Lead, Marrowgate Peace Network, on behalf of the 15 groups named at the end",
      "",
      "Chair, delegates,",
      "",
      "Our groups count the rounds found after every clash in the valley. We call on States parties to mark ammunition boxes so that their origin can be traced.",
    ].join("\n");
    const read = understand(text, [], segments);
    expect(read.organization?.name).toBe("Marrowgate Peace Network");
    expect(read.speaker).toEqual({ name: "Orlaith Penhallow-Sato", role: "Campaign Lead" });
  });

  it("still takes an alliance named alone before 'on behalf of its members'", () => {
    const text = [
      "Statement on stockpile safety",
      "",
      "Constructive dialogue on firearms, Vienna, 12 June 2025",
      "",
      "Tallowmere Arms Control Alliance, on behalf of 9 member organizations",
      "",
      "Chair, delegates,",
      "",
      "Depots in our towns are guarded by one man at night. We urge States parties to inspect every depot at least once a year.",
    ].join("\n");
    expect(understand(text, [], segments).organization?.name).toBe("Tallowmere Arms Control Alliance");
  });
});
