import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { frame, leaves, reads } from "./prose-statement";

// Round 48 (blind sets 44–47 used for development; invented text only): a request in the active with a modal after a
// clause of time or condition that opens the sentence ("Once it can, the coastguard should …"), which the clause hid; and
// look-alikes: a regret after such a clause ("When the boat sank, the captain should have …"). After a request, such a
// sentence naming other States is a request of its own.
const statement = frame([
  "Good afternoon, Chair. We speak for an association of river ferry crews from the delta.",
  "Every month, children are carried across the river at night by men who pay the ferrymen to look away.",
  "Thank you for listening.",
]);

describe("round 48: a request with a modal after a clause of time or condition", () => {
  reads([
    ["Once it can, the river police should count the children carried across each month, and tell the villages what it found.", statement],
    ["Once they can, Norland and Estavia should trace such crossings together and share what they learn.", statement],
    ["When they are ready, the two ferry authorities ought to publish the names of the boats that carry children.", statement],
  ]);
  leaves([
    ["When the ferry sank, the captain should have called the river police at once.", statement],
    ["When we arrived at the landing, the officers should have been there to meet us.", statement],
  ]);
});

describe("round 48: after a request, a clause of time, then other States with a modal", () => {
  it("reads two requests", () => {
    const first = "Countries that sell outboard engines to the delta ought to mark every engine, so that a stolen one can be traced.";
    const second = "Once it can, Norland and Estavia should trace such engines together, and tell the villages what they found.";
    expect(findProposals(statement(`${first} ${second}`))).toEqual([first, second]);
  });
});

const declaration = frame([
  "Bonjour, Monsieur le Président. Nous parlons au nom d'une association de passeurs fluviaux du delta.",
  "Chaque mois, des enfants traversent le fleuve de nuit avec des hommes qui paient les passeurs pour qu'ils ferment les yeux.",
  "Merci de votre écoute.",
]);
const declaracion = frame([
  "Buenas tardes, señor Presidente. Hablamos en nombre de una asociación de barqueros del delta.",
  "Cada mes, niños cruzan el río de noche con hombres que pagan a los barqueros para que miren hacia otro lado.",
  "Gracias por escucharnos.",
]);

describe("round 48: a word that says it is the last point set into a frame of asking", () => {
  reads([
    ["Il serait juste, enfin, que les enfants ramenés sur la rive aient droit à un interprète et à un abri.", declaration],
    ["Sería justo, por último, que los niños devueltos a la orilla tengan derecho a un intérprete y a un refugio.", declaracion],
    ["It would be fair, finally, that children brought back to the bank have an interpreter and a bed for the night.", statement],
  ]);
  leaves([["Il est juste, enfin, de rappeler que les passeurs ont été payés.", declaration]]);
});

describe("round 48: what seems to the speaker only sensible, after a semicolon", () => {
  reads([
    ["The men who pay the ferrymen are the same ones who smuggle fuel; it seems to us only sensible that checks on the fuel trade also look for children on board.", statement],
    ["It seems to us only sensible that checks on the fuel trade also look for children on board.", statement],
  ]);
  leaves([["It seems only sensible to us that we keep our boats at the landing after dark.", statement]]);
});

describe("round 48: a hope that States on the route will look into who, how or where", () => {
  reads([
    ["We also hope the transit States will look at who pays the ferrymen in the end, because the crews are poor men.", statement],
    ["We hope the port authorities will look into how the children are brought to the landings.", statement],
  ]);
  leaves([
    ["We hope the Conference will look at this matter in its future work.", statement],
    ["We hope the transit States will look at the matter again next year.", statement],
  ]);
});
