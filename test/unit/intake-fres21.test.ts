import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../worker/intake/extract-docx";
import { findProposals } from "../../worker/intake/proposals";

// Round 21 (French and Spanish proposals and the options table; blind set 16 used for development):
// text and names written for these tests.

const para = (...sentences: string[]) => sentences.join(" ");

describe("French and Spanish ways of asking (round 21)", () => {
  it("reads what the speaker expects of a body, counts on it for, and hopes, put first (French)", () => {
    const text = [
      para("Les passeurs de bac travaillent sans gilet.", "Nous attendons aussi des autorités portuaires qu'elles contrôlent chaque bac avant la saison des crues."),
      para("Les guides de montagne n'ont pas de radio.", "Nous comptons sur les communes pour équiper chaque refuge d'un poste de secours."),
      para("Les tisserandes vendent au bord de la route.", "Ce que nous espérons surtout, c'est que les chambres de commerce leur ouvrent un marché couvert."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nous attendons aussi des autorités portuaires qu'elles contrôlent chaque bac avant la saison des crues.",
      "Nous comptons sur les communes pour équiper chaque refuge d'un poste de secours.",
      "Ce que nous espérons surtout, c'est que les chambres de commerce leur ouvrent un marché couvert.",
    ]);
  });

  it("reads the same in Spanish, and a hope that States named by their names act", () => {
    const text = [
      para("Los balseros cruzan el río sin permiso.", "Confiamos en que Valdoria y Mirelia firmen un convenio de cruce para los balseros del delta."),
      para("Las cocineras del mercado pagan dos tasas.", "Contamos con los municipios para que supriman la segunda tasa de puesto."),
      para("Los afinadores de pianos trabajan sin seguro.", "Esperamos de los ministerios de cultura que les ofrezcan un seguro colectivo."),
      para("Los serenos de barrio no cobran desde abril.", "Lo que esperamos es que las autoridades locales paguen los meses atrasados."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Confiamos en que Valdoria y Mirelia firmen un convenio de cruce para los balseros del delta.",
      "Contamos con los municipios para que supriman la segunda tasa de puesto.",
      "Esperamos de los ministerios de cultura que les ofrezcan un seguro colectivo.",
      "Lo que esperamos es que las autoridades locales paguen los meses atrasados.",
    ]);
  });

  it("reads a hope that States or a body named by its acronym act, in French", () => {
    const text = [
      para("Les bacs traversent le fleuve sans contrôle.", "Nous espérons vivement que l'Ostrélie et la Vandarie signeront un accord sur les bacs."),
      para("Les chiffres du bureau restent secrets.", "Par ailleurs, nous espérons que le BRTQ publiera ses chiffres chaque année."),
      para("La saison commence.", "Nous espérons que la session sera utile."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nous espérons vivement que l'Ostrélie et la Vandarie signeront un accord sur les bacs.",
      "Par ailleurs, nous espérons que le BRTQ publiera ses chiffres chaque année.",
    ]);
  });

  it("does not read courtesy, waiting, or a hope about a thing", () => {
    const fr = [
      para("Nous comptons sur votre attention pour quelques minutes.", "Nous attendons de voir les chiffres de l'an prochain."),
      para("Ce que nous espérons, c'est la paix dans la vallée.", "Les récoltes ont été bonnes."),
    ].join("\n\n");
    const es = [
      para("Esperamos que la sesión sea útil para todos.", "Contamos con ustedes."),
      para("Confiamos en que el año próximo será mejor.", "Las lluvias llegaron tarde."),
    ].join("\n\n");
    expect(findProposals(fr)).toEqual([]);
    expect(findProposals(es)).toEqual([]);
  });

  it("reads an appeal, trust placed in a body and an insistence (French)", () => {
    const text = [
      para("Les ateliers de reliure ferment un à un.", "Nous en appelons aux autorités régionales pour qu'elles financent deux apprentis par atelier."),
      para("Les greffes débordent.", "Nous faisons confiance aux tribunaux pour recruter des greffiers vacataires."),
      para("Les jugements restent introuvables.", "Nous tenons à ce que chaque cour d'appel publie ses arrêts en ligne."),
      para("Les interprètes apprennent sur le tas.", "Nous insistons sur la nécessité de former les interprètes judiciaires."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nous en appelons aux autorités régionales pour qu'elles financent deux apprentis par atelier.",
      "Nous faisons confiance aux tribunaux pour recruter des greffiers vacataires.",
      "Nous tenons à ce que chaque cour d'appel publie ses arrêts en ligne.",
      "Nous insistons sur la nécessité de former les interprètes judiciaires.",
    ]);
  });

  it("reads the same in Spanish", () => {
    const text = [
      para("Los refugios de la sierra cierran en invierno.", "Apelamos a los gobiernos provinciales para que los mantengan abiertos todo el año."),
      para("Los pescadores de la laguna no tienen voz.", "Hacemos votos por que las autoridades portuarias los escuchen antes de cerrar la temporada."),
      para("Las cuentas municipales son un misterio.", "Insistimos en que los municipios publiquen sus cuentas cada trimestre."),
      para("Los jueces de paz aprenden solos.", "Insistimos en la necesidad de formar a los jueces de paz rurales."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Apelamos a los gobiernos provinciales para que los mantengan abiertos todo el año.",
      "Hacemos votos por que las autoridades portuarias los escuchen antes de cerrar la temporada.",
      "Insistimos en que los municipios publiquen sus cuentas cada trimestre.",
      "Insistimos en la necesidad de formar a los jueces de paz rurales.",
    ]);
  });

  it("does not read an appeal to goodwill, thanks, good wishes or an insistence on a fact", () => {
    const fr = [
      para("Nous en appelons à votre bienveillance.", "Nous tenons à remercier la présidence."),
      para("Nous faisons confiance aux juges.", "Nous insistons sur la nécessité de rappeler les faits."),
    ].join("\n\n");
    const es = [
      para("Apelamos a la memoria de todos.", "Hacemos votos por el éxito de la reunión."),
      para("Insistimos en que la situación es grave.", "Insistimos en la necesidad de recordar lo ocurrido."),
    ].join("\n\n");
    expect(findProposals(fr)).toEqual([]);
    expect(findProposals(es)).toEqual([]);
  });
});

describe("where a request ends (round 21)", () => {
  it("ends a sentence at a letter that names an option, so the request after it is read", () => {
    const text = [
      "Los vecinos del puerto discutieron tres planes para el muelle viejo.",
      para("Nos quedamos con el plan C. Pedimos a los municipios costeros que lo adopten antes del verano."),
      para("Notre choix va au scénario B. Nous demandons aux communes de le financer dès l'an prochain."),
    ].join("\n\n");
    expect(findProposals(text)).toContain("Pedimos a los municipios costeros que lo adopten antes del verano.");
    expect(findProposals(text.replace(/\n\nNotre.*$/s, ""))).toEqual(["Pedimos a los municipios costeros que lo adopten antes del verano."]);
  });

  it("keeps an initial inside a name", () => {
    const text = para("Nuestro informe lo firmó la jueza R. Salcedo en marzo.", "Pedimos a los ministerios que lo publiquen.");
    expect(findProposals(`Introducción breve.\n\n${text}`)).toEqual(["Pedimos a los ministerios que lo publiquen."]);
  });

  it("leaves out a precedent and a cleft naming who is behind the harm after a request", () => {
    const fr = para("Nous attendons également des tribunaux qu'ils sanctionnent les prêteurs de filets.", "Ce sont eux qui tiennent le marché.");
    const en = para("We urge States to license the boat lenders.", "They are the ones who profit from every crossing.");
    const es = para("Convendría que los dos municipios compartan un registro de barcas.", "Esto ya funciona así en otras costas del país.");
    expect(findProposals(`Intro.\n\n${fr}`)).toEqual(["Nous attendons également des tribunaux qu'ils sanctionnent les prêteurs de filets."]);
    expect(findProposals(`Intro.\n\n${en}`)).toEqual(["We urge States to license the boat lenders."]);
    expect(findProposals(`Introducción.\n\n${es}`)).toEqual(["Convendría que los dos municipios compartan un registro de barcas."]);
  });

  it("still goes on with what a demonstrative sentence asks", () => {
    const text = para("Convendría que los municipios abran un registro de barcas.", "Este registro ya existe en papel y debería pasar a internet.");
    expect(findProposals(`Introducción.\n\n${text}`)).toEqual([text]);
  });
});

// A DOCX written for this test.
const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join("")}</w:tr>`;
const docx = (body: string) =>
  zipSync({ "word/document.xml": strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });

describe("a DOCX table of options (round 21)", () => {
  const body = (head: string) =>
    p("Señora presidenta:") +
    p("El muelle viejo se cae a pedazos y los vecinos han estudiado qué hacer con él durante todo el año pasado:") +
    `<w:tbl>${row(head, "Qué implica", "Qué sabemos")}${row("A. Demolerlo", "Retirar el muelle y dejar la playa libre.", "Los pescadores perderían su amarre.")}${row("B. Repararlo", "Cambiar los pilotes y reforzar el tablero con fondos mixtos.", "Dura unos veinte años más.")}${row("C. Dejarlo así", "No tocar nada por ahora.", "Cada invierno se pierde un tramo.")}</w:tbl>` +
    p("Los vecinos nos inclinamos por la opción B. Rogamos a los municipios de la bahía que aprueben la reparación antes del invierno.") +
    p("Muchas gracias.");

  it("writes each option on a line of its own, its cells after their headings, and reads no option as a proposal", () => {
    const read = extractDocx(docx(body("Opción"))).pages.join("\n\n");
    expect(read).toContain("Opción: A. Demolerlo — Qué implica: Retirar el muelle y dejar la playa libre. — Qué sabemos: Los pescadores perderían su amarre.\nOpción: B. Repararlo");
    expect(findProposals(read)).toEqual(["Rogamos a los municipios de la bahía que aprueben la reparación antes del invierno."]);
  });

  it("leaves a table whose first heading names no options cell by cell", () => {
    const read = extractDocx(docx(body("Tramo"))).pages.join("\n\n");
    expect(read).not.toContain("Tramo: A. Demolerlo");
    expect(read).toContain("A. Demolerlo");
  });
});
