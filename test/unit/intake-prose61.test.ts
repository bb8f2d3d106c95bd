import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { extractDocx } from "../../worker/intake/extract-docx";
import { findProposals } from "../../worker/intake/proposals";
import { forwardedStatement } from "../../worker/intake/understand";

// Round 61 (blind sets 68 and 69 used for development; invented text only): structure more than wording. A list item whose
// sub-items belong to it (in text and in a DOCX's list levels); items that finish a lead-in's infinitive ("We encourage States
// to:", « … à : », "… a:", « de doter … »); a cleft that announces the ask ("What we really want to see is this."); a list item
// kept whole; someone's words quoted over several sentences; a forwarder's note under a forwarded message's headers; a count
// going on in prose on a PDF's wrapped line.

const OPEN = "Madam Chair, our cooperative mends the nets of the river fishers.";
const BACK = "Every season, fishers who lose their nets to the night patrols have to borrow at ruinous rates to buy new ones.";
const statement = (...parts: string[]) => [OPEN, BACK, ...parts, "Thank you."].join("\n\n");

const PARENT = "River posts funded by the State should give every fisher who is stopped at night:";
const CHILDREN = ["a receipt for any net taken, with the time and the post's name;", "a hearing within a week before someone who was not on the patrol;", "the net back at once when no fault is found."];
const OTHERS = [
  "Fishers who were fined under the old night rule should have those fines cancelled without a new hearing.",
  "Net makers' cooperatives deserve a place on the river board, as the boat owners already have.",
];

describe("round 61: a list item and the sub-items that belong to it", () => {
  it("keeps a parent that asks with its sub-items as one proposal, the other items apart (text)", () => {
    const list = ["• " + PARENT, ...CHILDREN.map((c) => "◦ " + c), ...OTHERS.map((o) => "• " + o)].join("\n");
    expect(findProposals(statement("Our members talked this over for many evenings. Here is what they said:", list))).toEqual([
      `${PARENT} ${CHILDREN.join(" ")}`.replace(/;$/, ""),
      ...OTHERS,
    ]);
  });

  it("does the same with a DOCX's bullet levels", () => {
    const numbering = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const item = (level: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [OPEN, BACK, "Our members talked this over for many evenings. Here is what they said:"].map(p).join("") + item(0, PARENT) + CHILDREN.map((c) => item(1, c)).join("") + OTHERS.map((o) => item(0, o)).join("") + p("Thank you.");
    const docx = zipSync({
      "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
      "word/numbering.xml": strToU8(numbering),
    });
    expect(findProposals(extractDocx(docx).pages[0]!)).toEqual([`${PARENT} ${CHILDREN.join(" ")}`.replace(/;$/, ""), ...OTHERS]);
  });

  it("keeps a parent that asks in full with the sub-items that say what it means, each asking too", () => {
    const parent = "1. A fisher who hands in a net found drifting should be treated as a finder, not a thief:";
    const subs = ["a) he should be given a receipt on the spot;", "b) his boat should not be held for the inspection;", "c) and the owner of the net should be traced by the post, not by him."];
    const rest = "2. The river posts should publish every month how many nets they have taken and how many they have given back.";
    expect(findProposals(statement("We therefore make the following proposals:", [parent, ...subs, rest].join("\n")))).toEqual([
      "A fisher who hands in a net found drifting should be treated as a finder, not a thief: he should be given a receipt on the spot; his boat should not be held for the inspection; and the owner of the net should be traced by the post, not by him.",
      rest.slice(3),
    ]);
  });

  it("keeps the sub-items apart under a lead-in that asks nothing by itself", () => {
    const subs = ["a) register every net sold at the river markets;", "b) give every fisher a receipt for a net taken at night."];
    for (const head of ["River posts should:", "River posts should take the following steps:"]) {
      expect(findProposals(statement("We make one proposal:", [`1. ${head}`, ...subs].join("\n")))).toEqual([
        "register every net sold at the river markets",
        "give every fisher a receipt for a net taken at night.",
      ]);
    }
  });

  it("reads a list item that adds a second case as one proposal", () => {
    const item = "Every fisher who reports a net as lost should say where he last set it within three days, and a second loss in a season should lead to an inspection of his boat.";
    const other = "Net makers should stamp their mark on every net they sell, so that a drifting net can be traced.";
    expect(findProposals(statement("We put two points before this dialogue:", `1. ${item}\n2. ${other}`))).toEqual([item, other]);
  });
});

describe("round 61: items that finish a lead-in's infinitive", () => {
  it.each([
    ["We encourage States to:", ["register every net sold at the river markets;", "fund interpreters at the night posts."]],
    ["Nous encourageons les États à :", ["enregistrer chaque filet vendu sur les marchés ;", "financer des interprètes aux postes de nuit."]],
    ["Alentamos a los Estados a:", ["registrar cada red vendida en los mercados;", "financiar intérpretes en los puestos nocturnos."]],
    ["La Coopérative suggère donc :", ["de doter chaque poste fluvial d'un registre des filets saisis ;", "d'offrir à chaque pêcheur un interprète lors des contrôles."]],
    ["Il y aurait donc lieu :", ["de doter chaque poste fluvial d'un registre des filets saisis ;", "d'offrir à chaque pêcheur un interprète lors des contrôles."]],
  ])("reads the items after « %s »", (lead, items) => {
    const text = statement("These are our members:", "- the fishers of the upper river;\n- the net makers of the lake villages.", lead, items.map((t) => `- ${t}`).join("\n"));
    expect(findProposals(text)).toEqual(items.map((t) => t.replace(/\s*;$/, "")));
  });

  it("reads one item after such a lead-in, and none after the speaker's own pledge", () => {
    const item = "fund evening classes in the lake villages, for the fishers and for their families.";
    expect(findProposals(statement("We encourage States to:", `- ${item}`))).toEqual([item]);
    const own = "run our evening classes in the lake villages, for the fishers and for their families.";
    for (const lead of ["We will continue to:", "Nous nous engageons à :"]) expect(findProposals(statement(lead, `- ${own}`))).toEqual([]);
  });
});

describe("round 61: prose", () => {
  it("reads the request after a cleft that announces it, not the cleft", () => {
    const ask = "Government programmes should help the net makers of the lake villages to find buyers for their nets.";
    expect(findProposals(statement(`What we really want to see is this. ${ask}`))).toEqual([ask]);
    const that = "that the river posts give a receipt for every net they take, with the time and the post's name.";
    expect(findProposals(statement(`What we would also like to see is simple: ${that}`))).toEqual([that]);
    // Not a cleft that asks in its own words.
    const whole = "What we really want to see is a receipt for every net taken at night, with the time and the post's name.";
    expect(findProposals(statement(whole))).toEqual([whole]);
  });

  it("reads no request in someone's words quoted over several sentences", () => {
    const quoted = 'A fisher\'s widow told us: "I do not ask where the patrol took his nets. I ask that nobody else loses a husband for a net." We did not know what to answer her.';
    const quotedFr = "Une veuve de pêcheur nous a dit : « Je ne demande pas où la patrouille a emporté ses filets. Je demande que plus personne ne perde un mari pour un filet. » Personne autour de la table n'a rien ajouté.";
    for (const p of [quoted, quotedFr]) expect(findProposals(statement(p))).toEqual([]);
  });

  it("reads an impersonal duty with a counting adverb", () => {
    const ask = "Il faudrait d'abord que les postes fluviaux remettent un reçu pour chaque filet saisi pendant la nuit.";
    expect(findProposals(statement(ask))).toEqual([ask]);
  });
});

describe("round 61: the layout around the text", () => {
  it("reads a forwarded statement from its heading, below a forwarder's note with no rule", () => {
    const statementText = [
      "RIVER NET MENDERS' COOPERATIVE",
      "Statement to the constructive dialogue, 4 October 2023",
      "Madam Chair, our cooperative mends the nets of the river fishers. Every season, fishers who lose their nets to the night patrols have to borrow at ruinous rates to buy new ones.",
      "When a patrol takes a net, the fisher is given nothing in writing, and the net is rarely seen again.",
      "We ask that the river posts give a receipt for every net they take, with the time and the post's name. Thank you.",
    ].join("\n\n");
    const mail = ["From: Ama Boateng <chair@example.org>", "Date: Mon, 2 Oct 2023 at 09:14", "Subject: Final text", "To: Office <office@example.org>", "", "Kojo, final version below. Please pass it to the secretariat. A.", "", statementText].join("\n");
    expect(forwardedStatement(mail)).toBe(statementText);
    // The statement right under the headers is read whole, as before.
    const direct = ["From: Ama Boateng <chair@example.org>", "Subject: Final text", "", statementText].join("\n");
    expect(forwardedStatement(direct)).toBe(direct);
  });

  it("joins a PDF's wrapped line that opens on the next number of a count begun mid-line", () => {
    const first = "What do we ask of this dialogue? First, that every net taken at night be listed with the time, the place and the post.";
    const second = "Second, that the list be open to any fisher who comes to the post and asks to read it.";
    const { text } = clean({ pages: [`${first}\n${second}`], wrapped: true });
    expect(text.trim()).toBe(`${first} ${second}`);
    // A list of counted items, each on its own line, stays a list.
    const list = `First, that every net taken at night be listed with the time, the place and the post of the patrol.\n${second}`;
    expect(clean({ pages: [list], wrapped: true }).text.trim()).toBe(list);
  });
});
