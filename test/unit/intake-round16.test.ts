import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";

// Round 16 (proposals, blind sets 8 and 9 used for development): text and names written for these tests.

describe("a paper's numbered paragraphs, each one long sentence, under a title naming recommendations", () => {
  it("takes only the paragraphs that ask", () => {
    const text = [
      "Beekeeping on the terraces: notes and recommendations of the Upland Apiary Circle",
      "",
      "1. The Upland Apiary Circle gathers thirty-one village cooperatives that keep bees on the dry terraces above the gorge.",
      "2. During the last three winters our members counted more than four hundred hives carried off at night by the same few traders.",
      "3. Most stolen hives are sold again across the mountain pass within a week, long before any owner has time to complain.",
      "4. Valley prefectures should open a public register of hive brands so that a stolen hive can be recognised at any market.",
      "5. Customs posts on the pass should check the brand of every hive carried across the border during the spring months.",
      "6. The Circle is willing to lend its own brand records to any prefecture that decides to build such a register.",
    ].join("\n\n");
    const found = findProposals(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^Valley prefectures should open a public register/);
    expect(found[1]).toMatch(/^Customs posts on the pass should check/);
  });
});

describe("a request in the passive with a long subject", () => {
  it("reads a subject with commas or a relative clause", () => {
    const commas = "Our circle keeps bees on the terraces.\n\nTraders buying honey, wax or pollen in bulk should be required to keep a ledger of every seller they pay. It takes an hour a week.";
    expect(findProposals(commas)).toEqual(["Traders buying honey, wax or pollen in bulk should be required to keep a ledger of every seller they pay."]);
    const relative = "Our circle keeps bees on the terraces.\n\nVillage wardens and shepherds who report hive thefts on the pass should be given the same protection as any other witness. Several have been threatened.";
    expect(findProposals(relative)).toEqual(["Village wardens and shepherds who report hive thefts on the pass should be given the same protection as any other witness."]);
  });
});

describe("a newsletter reporting what its speaker asked", () => {
  it("takes a reported request beside a quoted one, and after an opening phrase", () => {
    const text = [
      "On 4 June our treasurer, Ilvo Marrak, spoke at the dialogue.",
      "",
      "He then set out the circle's proposals. \u201cWe ask the valley prefectures to open a public register of hive brands in every district.\u201d He also asked that beekeepers be allowed to report a theft by telephone instead of travelling to the town.",
      "",
      "Turning to the border, he urged donors and the prefectures to pay for brand checks on every hive carried over the pass. \u201cA hive without a brand is a hive without an owner,\u201d he said.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We ask the valley prefectures to open a public register of hive brands in every district.",
      "He also asked that beekeepers be allowed to report a theft by telephone instead of travelling to the town.",
      "Turning to the border, he urged donors and the prefectures to pay for brand checks on every hive carried over the pass.",
    ]);
  });

  it("does not take the report when the quotation right after it says it in the speaker's own words", () => {
    const text = [
      "Our treasurer spoke at the dialogue.",
      "",
      "\u201cPrefectures should open a public register of hive brands in every district,\u201d he said.",
      "",
      "He also asked delegations to fund the brand irons. \u201cNo beekeeper should pay for the iron that protects his hives from thieves.\u201d",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "Prefectures should open a public register of hive brands in every district",
      "No beekeeper should pay for the iron that protects his hives from thieves.",
    ]);
  });
});

describe("'It would help if…'", () => {
  it("is a request", () => {
    const text = "Our circle keeps bees on the terraces and trains young keepers.\n\nIt would help if the prefectures invited keepers' cooperatives to the yearly review of the hive register, as the rules already allow.";
    expect(findProposals(text)).toEqual([
      "It would help if the prefectures invited keepers' cooperatives to the yearly review of the hive register, as the rules already allow.",
    ]);
  });
});

describe("what a request would bring", () => {
  it("is not part of the request ('This would…', 'Cette mesure permettrait…', 'Esto permitiría…')", () => {
    const en = "Our circle keeps bees on the terraces.\n\nWe ask the prefectures to publish the hive register every spring. This would cost very little and would let keepers check any hive offered at market.";
    expect(findProposals(en)).toEqual(["We ask the prefectures to publish the hive register every spring."]);
    const fr = "Notre cercle élève des abeilles sur les terrasses.\n\nNous demandons aux préfectures de publier chaque printemps le registre des ruches. Cette publication permettrait aux apiculteurs de reconnaître une ruche volée.";
    expect(findProposals(fr)).toEqual(["Nous demandons aux préfectures de publier chaque printemps le registre des ruches."]);
    const es = "Nuestro círculo cría abejas en las terrazas.\n\nPedimos a las prefecturas que publiquen cada primavera el registro de colmenas. Esto permitiría a los apicultores reconocer una colmena robada.";
    expect(findProposals(es)).toEqual(["Pedimos a las prefecturas que publiquen cada primavera el registro de colmenas."]);
  });

  it("still goes on when it asks or describes the request ('Such a register should…', 'This register is…')", () => {
    const asks = "Our circle keeps bees on the terraces.\n\nWe ask the prefectures to open a hive register. Such a register should be open to every keeper.";
    expect(findProposals(asks)).toEqual(["We ask the prefectures to open a hive register. Such a register should be open to every keeper."]);
    const describes = "Our circle keeps bees on the terraces.\n\nWe ask the prefectures to open a hive register. This register already exists in two districts.";
    expect(findProposals(describes)).toEqual(["We ask the prefectures to open a hive register. This register already exists in two districts."]);
  });
});

describe("answers to a questionnaire", () => {
  it("reads each answer on its own, the questions left out", () => {
    const text = [
      "Question 1: Which gaps should support address in your valley?",
      "",
      "Answer: Most keepers know the rules but cannot afford the brand irons. We therefore suggest that brand irons be lent free of charge by each prefecture.",
      "",
      "Question 2: How could the prefectures work together?",
      "",
      "Answer: Three prefectures keep three registers. We would suggest:",
      "",
      "- that the prefectures merge their hive registers into one;",
      "- that the merged register be open to every keeper.",
      "",
      "Question 3: What can keepers themselves do?",
      "",
      "Answer: Keepers can mark their hives and report thefts at once. It would help if the prefectures invited the cooperatives to the yearly review of the register.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We therefore suggest that brand irons be lent free of charge by each prefecture.",
      "that the prefectures merge their hive registers into one",
      "that the merged register be open to every keeper.",
      "It would help if the prefectures invited the cooperatives to the yearly review of the register.",
    ]);
  });
});

describe("a text printed with its tracked changes and comments", () => {
  it("leaves the margin balloons out of the requests", () => {
    const text = [
      "Our circle keeps bees on the terraces. Thieves take hives every winter. Deleted: often",
      "Commented [QX1]: check the",
      "number with Tomas",
      "We urge the prefectures to open a public register of hive brands in every district.",
      "Formatted: French (Belgium)",
      "Stolen hives are often sold at market. Hive brands should be checked at every market by the prefecture's inspectors. Deleted: We believe",
      "Commented [QX2]: too strong?",
      "It is essential that the prefectures publish the register every spring.",
      "Thank you.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "We urge the prefectures to open a public register of hive brands in every district.",
      "Hive brands should be checked at every market by the prefecture's inspectors.",
      "It is essential that the prefectures publish the register every spring.",
    ]);
  });
});

describe("a statement of the rules in force", () => {
  it("is not a request in the passive when an opening phrase with a comma precedes it", () => {
    const text = "Our circle keeps bees on the terraces.\n\nUnder the present rules, stolen hives must be reported within a day. Few keepers manage it.";
    expect(findProposals(text)).toEqual([]);
  });
});
