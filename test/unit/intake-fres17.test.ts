import { describe, expect, it } from "vitest";
import { clean } from "../../worker/intake/clean";
import { findProposals } from "../../worker/intake/proposals";
import { fromSubtitles, isSubtitles } from "../../worker/intake/subtitles";

// Round 17 (French and Spanish proposals, subtitle files; blind sets 10 and 11 used for development):
// text and names written for these tests.

const para = (...sentences: string[]) => sentences.join(" ");

describe("French pleas, hopes and indirect suggestions inside a paragraph", () => {
  it("reads a hope that a body will act, not a hope about the meeting", () => {
    const text = [
      "Notre réseau de meuniers accompagne les villages du plateau depuis neuf ans.",
      para("Les sacs de farine disparaissent entre le moulin et le marché.", "Nous osons espérer que les autorités portuaires accepteront d'ouvrir un registre des cargaisons de grain.", "Les meuniers sont prêts à y contribuer."),
      para("Nous espérons que cette rencontre sera utile à tous.", "Merci."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["Nous osons espérer que les autorités portuaires accepteront d'ouvrir un registre des cargaisons de grain."]);
  });

  it("reads a plea with an adverb, what an agency would gain by doing, and what it would be worth doing", () => {
    const text = [
      para("Les coopératives de tisserandes ont reçu peu de visites.", "Nous plaidons donc pour que les inspections textiles couvrent aussi les ateliers ruraux."),
      para("Les catalogues sont rédigés loin des ateliers.", "L'agence gagnerait, selon nous, à consulter les tisserandes avant de choisir les motifs."),
      para("Personne ne mesure les effets.", "Il y aurait grand intérêt à revoir chaque atelier un an plus tard."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nous plaidons donc pour que les inspections textiles couvrent aussi les ateliers ruraux.",
      "L'agence gagnerait, selon nous, à consulter les tisserandes avant de choisir les motifs.",
      "Il y aurait grand intérêt à revoir chaque atelier un an plus tard.",
    ]);
  });

  it("reads whose task it would be and a rhetorical question that proposes, up to its question mark", () => {
    const text = [
      para("Les apprentis verriers travaillent la nuit.", "Pourquoi ne pas confier chaque apprenti à un tuteur désigné dès son arrivée ?", "Ce tuteur pourrait parler aux familles."),
      para("Les offres circulent sur les messageries.", "Il reviendrait aux plateformes de supprimer ces offres dans la journée."),
      para("Les verriers âgés partent.", "Ne serait-il pas grand temps que chaque atelier forme enfin ses successeurs ?"),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Pourquoi ne pas confier chaque apprenti à un tuteur désigné dès son arrivée ?",
      "Il reviendrait aux plateformes de supprimer ces offres dans la journée.",
      "Ne serait-il pas grand temps que chaque atelier forme enfin ses successeurs ?",
    ]);
  });

  it("does not take a question that asks for information, nor what one would gain by recalling", () => {
    const text = [
      para("Les verriers âgés partent.", "Pourquoi les ateliers ferment-ils si tôt ?", "Personne ne le sait."),
      para("Le musée gagnerait à rappeler son histoire, disent certains.", "Nous ne le croyons pas."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });

  it("ends a request before a sentence where « doit » means owes", () => {
    const text = para("Les pêcheurs attendent.", "Nous prions instamment les capitaineries de restituer les filets saisis aux familles.", "C'est bien le moins que l'on doit à ces familles.");
    expect(findProposals(text)).toEqual(["Nous prions instamment les capitaineries de restituer les filets saisis aux familles."]);
  });
});

describe("Spanish indirect suggestions inside a paragraph", () => {
  it("reads a polite suggestion, what would be worth doing, a plea and what is asked with an aside", () => {
    const text = [
      para("Los talleres de alfarería se repiten.", "Nos permitimos sugerir que los donantes de cada provincia compartan sus calendarios de talleres."),
      para("Los manuales son largos.", "Valdría la pena, además, que los manuales de hornos se adapten a cada comarca.", "Cuando lo hicimos, funcionó."),
      para("Nadie pregunta a los alfareros.", "Rogamos a la secretaría que publique cada año cuántos alfareros siguen en su oficio."),
      para("Los proyectos terminan sin balance.", "Lo que proponemos, en pocas palabras, es que cada proyecto publique un balance sencillo."),
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Nos permitimos sugerir que los donantes de cada provincia compartan sus calendarios de talleres.",
      "Valdría la pena, además, que los manuales de hornos se adapten a cada comarca.",
      "Rogamos a la secretaría que publique cada año cuántos alfareros siguen en su oficio.",
      "Lo que proponemos, en pocas palabras, es que cada proyecto publique un balance sencillo.",
    ]);
  });

  it("does not take «habría que recordar» nor a question asking why", () => {
    const text = para("Los hornos de leña son antiguos.", "Habría que recordar que funcionan desde hace un siglo.", "¿Por qué no funcionan los nuevos?", "Nadie lo explica.");
    expect(findProposals(text)).toEqual([]);
  });
});

describe("topic titles each over a list, after a sentence that counts the topics", () => {
  it("takes the first list too, even of one item", () => {
    const text = [
      "Nuestra red agrupa a cuarenta cooperativas de apicultores del valle.",
      "Nuestras recomendaciones se ordenan en tres ejes.",
      "Colmenas",
      "• Las prefecturas deberían abrir un registro público de marcas de colmenas.",
      "Mercados",
      "• Proponemos que los inspectores de mercado verifiquen la marca de cada colmena vendida.\n• Es necesario que los compradores conserven el nombre de cada vendedor durante un año.",
      "Formación",
      "• Solicitamos a la secretaría talleres para guardas rurales sobre marcas de colmenas.",
      "Muchas gracias.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Las prefecturas deberían abrir un registro público de marcas de colmenas.",
      "Proponemos que los inspectores de mercado verifiquen la marca de cada colmena vendida.",
      "Es necesario que los compradores conserven el nombre de cada vendedor durante un año.",
      "Solicitamos a la secretaría talleres para guardas rurales sobre marcas de colmenas.",
    ]);
  });

  it("leaves a one-item list alone when nothing counts the topics above it", () => {
    const text = [
      "Nuestra red agrupa a cuarenta cooperativas de apicultores del valle.",
      "Colmenas",
      "• Las colmenas del valle son de madera de pino.",
      "Mercados",
      "• Proponemos que los inspectores de mercado verifiquen la marca de cada colmena vendida.\n• Es necesario que los compradores conserven el nombre de cada vendedor durante un año.",
    ].join("\n\n");
    expect(findProposals(text)).toHaveLength(2);
  });
});

describe("a subtitle file of a video statement", () => {
  const srt = [
    "1",
    "00:00:00,300 --> 00:00:03,700",
    "Union des Potiers du Lac (UPL)",
    "Message vidéo",
    "",
    "2",
    "00:00:03,800 --> 00:00:07,900",
    "Je m'appelle Odile Fermentin,",
    "je suis secrétaire",
    "",
    "3",
    "00:00:07,900 --> 00:00:11,300",
    "de l'Union des Potiers du Lac.",
    "",
    "4",
    "00:00:11,900 --> 00:00:15,200",
    "Nous demandons que les fours communaux",
    "",
    "5",
    "00:00:15,200 --> 00:00:18,700",
    "restent ouverts pendant la saison des pluies.",
    "",
    "6",
    "00:00:19,300 --> 00:00:21,800",
    "Merci.",
  ].join("\n");

  it("is told apart from text that only mentions a time", () => {
    expect(isSubtitles(srt)).toBe(true);
    expect(isSubtitles("Meeting at 10:00.\n\nWe ask for more kilns.")).toBe(false);
    const vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Odile>Bonjour.\n\n00:02.000 --> 00:04.000\nNous demandons\n\n00:04.000 --> 00:06.000\ndes fours.";
    expect(fromSubtitles(vtt)).toBe("Bonjour.\n\nNous demandons des fours.");
  });

  it("reads the cues as sentences, without numbers or timings", () => {
    const text = fromSubtitles(srt);
    expect(text).not.toMatch(/-->|^\d+$/m);
    expect(text).toContain("Je m'appelle Odile Fermentin, je suis secrétaire de l'Union des Potiers du Lac.");
    expect(text.split("\n\n")[0]).toBe("Union des Potiers du Lac (UPL)\nMessage vidéo");
    expect(clean({ pages: [srt] }).text).toContain("Nous demandons que les fours communaux restent ouverts pendant la saison des pluies.");
    expect(findProposals(clean({ pages: [srt] }).text)).toEqual(["Nous demandons que les fours communaux restent ouverts pendant la saison des pluies."]);
  });
});
