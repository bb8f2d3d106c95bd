import { describe, expect, it, vi } from "vitest";
import { nativeFirst } from "../../worker/intake/native-first";
import { findProposals } from "../../worker/intake/proposals";

// Round 39 (performance; invented text only): the proposing-sentence alternation of proposals.ts is compiled straight to
// native code (`nativeFirst`). Same expression, same answers: these sentences were read and refused the same way before.
const OPEN = "Good morning, Madam Chair. Our members keep the lighthouses along the northern cape and know the fishing crews.";
const BACK = "Each winter some of the youngest crew members are hired by agents who promise them wages on trawlers abroad.";
const CLOSE = "We thank you for your attention.";
const statement = (...paragraphs: string[]) => [OPEN, BACK, ...paragraphs, CLOSE].join("\n\n");
const OUVERTURE = "Bonjour, Madame la Présidente. Nos membres gardent les phares du cap nord et connaissent les équipages.";
const CONTEXTE = "Chaque hiver, de jeunes marins sont recrutés par des agents qui leur promettent un salaire sur des chalutiers.";
const FIN = "Nous vous remercions de votre attention.";
const declaration = (...paragraphs: string[]) => [OUVERTURE, CONTEXTE, ...paragraphs, FIN].join("\n\n");
const APERTURA = "Buenos días, señora Presidenta. Nuestros socios cuidan los faros del cabo norte y conocen a las tripulaciones.";
const FONDO = "Cada invierno, algunos marineros jóvenes son contratados por agentes que les prometen un sueldo en el extranjero.";
const CIERRE = "Muchas gracias por su atención.";
const declaracion = (...paragraphs: string[]) => [APERTURA, FONDO, ...paragraphs, CIERRE].join("\n\n");

describe("round 39: the proposing sentences still read, compiled straight to native code", () => {
  const asked: [string, (...p: string[]) => string][] = [
    ["We call on the harbour authorities to publish the names of licensed crewing agents every spring.", statement],
    ["Would the coastal provinces be willing to open one shelter for stranded crews at each large port?", statement],
    ["We would like the port inspectors to board every trawler that hires crew through an agent.", statement],
    ["It is high time that the fishing ministries shared one list of banned agents.", statement],
    ["Perhaps the lighthouse councils could keep a phone number for crews in trouble at sea.", statement],
    ["Nous demandons aux autorités portuaires de publier chaque année la liste des agents agréés.", declaration],
    ["Il appartient aux communes du littoral de prévoir un abri pour les équipages abandonnés.", declaration],
    ["Pedimos a las autoridades portuarias que publiquen cada año la lista de agentes autorizados.", declaracion],
    ["Esperamos que los gobiernos de la costa financien un refugio para las tripulaciones abandonadas.", declaracion],
  ];
  for (const [sentence, make] of asked) {
    it(`reads "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([sentence]);
    });
  }
  const not: [string, (...p: string[]) => string][] = [
    ["The harbour authorities met the crews twice last winter.", statement],
    ["We asked ourselves why the agents keep coming back each season.", statement],
    ["Les autorités portuaires ont reçu nos membres au printemps dernier.", declaration],
    ["Las autoridades del puerto visitaron los muelles el invierno pasado.", declaracion],
  ];
  for (const [sentence, make] of not) {
    it(`does not read "${sentence.slice(0, 60)}…"`, () => {
      expect(findProposals(make(sentence))).toEqual([]);
    });
  }
});

describe("round 39: nativeFirst", () => {
  it("first tests a blank line of 4,096 characters, then answers as the expression does", () => {
    const expression = /^(?:we|nous) (?:ask|demandons)\b/u;
    const spy = vi.spyOn(expression, "test");
    const wrapped = nativeFirst(expression);
    expect(spy).not.toHaveBeenCalled();
    for (const text of ["we ask the keepers", "nous demandons", "we asked", "", "  we ask", "nous demandons aux phares"]) {
      expect(wrapped.test(text)).toBe(/^(?:we|nous) (?:ask|demandons)\b/u.test(text));
    }
    expect(spy.mock.calls[0]![0]).toBe(" ".repeat(4096));
    expect(spy.mock.calls.filter(([t]) => t === " ".repeat(4096))).toHaveLength(1);
  });

  it("refuses an expression with the g or y flag (its lastIndex would move)", () => {
    expect(() => nativeFirst(/a/g)).toThrow();
    expect(() => nativeFirst(/a/y)).toThrow();
  });
});
