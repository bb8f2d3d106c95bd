import { describe, expect, it } from "vitest";
import { rewriteTables, tagTables, type TableLine } from "../../worker/intake/pdf-tables";
import { findProposals } from "../../worker/intake/proposals";

// Round 13 (proposals): text and names written for these tests.

describe("requests reported in the third person (minutes, mission reports)", () => {
  it("takes what the speaker called for and asked, and an opinion with a modal, one each", () => {
    const text = [
      "1. Welcome",
      "Mr Halvard Quennell opened the item and thanked the organizers for the time given to the lantern workshops.",
      "2. Summary of the intervention",
      "He described how ferry crews found crates of cartridges whose labels did not match any licence. He called on governments to keep a shared list of cartridge labels that customs can search in real time. He also asked that the secretariat prepare a short guide on reading such labels.",
      "In the view of the Lantern Guild, governments should check every licence again after three years.",
      "3. Tasks for the team",
      "Send the guide outline to the board; book a room for the March meeting.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "He called on governments to keep a shared list of cartridge labels that customs can search in real time.",
      "He also asked that the secretariat prepare a short guide on reading such labels.",
      "In the view of the Lantern Guild, governments should check every licence again after three years.",
    ]);
  });

  it("reads the same forms in French and Spanish", () => {
    const fr = [
      "Mme Odeline Farvacque a d'abord rappelé le travail des brigades de quartier.",
      "Elle a demandé aux gouvernements d'ouvrir des foyers d'accueil dans chaque chef-lieu de région. Selon elle, chaque commune devrait nommer un référent pour les mineurs isolés. Elle a souhaité que l'ONUDC soutienne la formation de ces référents.",
    ].join("\n\n");
    expect(findProposals(fr)).toHaveLength(3);
    const es = "La representante recordó el trabajo de las brigadas. Pidió a los Estados que abran refugios en cada provincia.";
    expect(findProposals(es)).toEqual(["Pidió a los Estados que abran refugios en cada provincia."]);
  });

  it("does not take what someone asked about, nor a request made to a person", () => {
    const text = [
      "One delegation asked whether the figures covered the coastal districts. She asked the guard to open the gate and he refused.",
      "She explained that the list had been kept by hand since the floods.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});

describe("soft requests in letters", () => {
  it("splits a request from the soft one after it, and takes 'We would welcome it if…'", () => {
    const text = [
      "Dear Chair,",
      "Our clinics see the same people return each winter. We therefore ask governments to publish how long each asylum file waits before a first hearing. It would also be fair to let applicants see the notes taken at their interview.",
      "We would welcome it if the secretariat invited clinic lawyers to its next regional workshop.",
      "Yours sincerely,",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "We therefore ask governments to publish how long each asylum file waits before a first hearing.",
      "It would also be fair to let applicants see the notes taken at their interview.",
      "We would welcome it if the secretariat invited clinic lawyers to its next regional workshop.",
    ]);
  });

  it("takes 'Consideramos igualmente necesario que…' as a request of its own", () => {
    const text =
      "Solicitamos a los gobiernos que publiquen cada año el número de licencias revocadas. Consideramos igualmente necesario que los puertos registren cada contenedor abierto.";
    expect(findProposals(text)).toHaveLength(2);
  });
});

describe("transcripts", () => {
  it("reads requests behind timestamps and stops at a bracketed note", () => {
    const text = [
      "[00:00] Bonsoir, je m'appelle Lucien Ferrandou, je travaille au foyer des Tilleuls.",
      "[00:31] Ce que nous voulons surtout, c'est que chaque famille hébergée puisse garder le même interprète pendant toute la procédure. [inaudible] … tous les mois, euh, au moins.",
      "[01:10] Et il faudrait que les écoles du quartier reçoivent une aide pour les cantines.",
      "[01:40] Merci.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Ce que nous voulons surtout, c'est que chaque famille hébergée puisse garder le même interprète pendant toute la procédure.",
      "Et il faudrait que les écoles du quartier reçoivent une aide pour les cantines.",
    ]);
  });
});

describe("a request that says it is the last point", () => {
  it("starts a proposal of its own at 'Enfin, … devraient…' after another request", () => {
    const text =
      "Nous demandons aux gouvernements de publier chaque mois le nombre de bateaux secourus. Il est également nécessaire que chaque port dispose d'un interprète. Enfin, les mineurs isolés devraient être confiés sans délai à un tuteur.";
    expect(findProposals(text)).toEqual([
      "Nous demandons aux gouvernements de publier chaque mois le nombre de bateaux secourus.",
      "Il est également nécessaire que chaque port dispose d'un interprète.",
      "Enfin, les mineurs isolés devraient être confiés sans délai à un tuteur.",
    ]);
  });
});

describe("numbered lists", () => {
  it("sets aside a testimony paragraph between two items, and the numbering goes on", () => {
    const text = [
      "Our proposals are numbered for ease of reference.",
      "1. Rescued fishers should be seen by a doctor before any questioning.\n2. Governments should stop fining crews that bring survivors ashore.",
      "Let me give one example. Last spring a skipper from our village paid a fine larger than his yearly catch for landing eleven people.",
      "3. Port authorities should keep a public log of every landing.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Rescued fishers should be seen by a doctor before any questioning.",
      "Governments should stop fining crews that bring survivors ashore.",
      "Port authorities should keep a public log of every landing.",
    ]);
  });

  it("does not take an executive summary that lists the proposals inline as the lead-in of the sections below it", () => {
    const text = [
      "Resumen. La Mesa Ribereña propone: (1) abrir refugios; (2) formar a los jueces; (3) publicar cifras.",
      "1. El contexto",
      "Entre 2020 y 2022 acompañamos a cuarenta familias de pescadores desplazadas por la violencia en el delta.",
      "2. Propuestas",
      "1. Abrir refugios temporales en cada municipio del delta.\n2. Formar a los jueces de familia en la atención a personas desplazadas.\n3. Publicar cada año las cifras de desplazamiento forzado.",
      "3. Conclusión",
      "Las familias del delta siguen esperando una respuesta.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Abrir refugios temporales en cada municipio del delta.",
      "Formar a los jueces de familia en la atención a personas desplazadas.",
      "Publicar cada año las cifras de desplazamiento forzado.",
    ]);
  });

  it("takes a one-item list under an addressee heading whose infinitive item has no article", () => {
    const text = [
      "Nuestras propuestas van a distintos actores.",
      "A los gobiernos\n\n• Crear un registro público de embarcaciones pesqueras.\n• Revisar cada licencia de pesca cada dos años.",
      "A los donantes\n\n• Financiar escuelas de oficios marítimos en lugar de cursos sueltos.",
    ].join("\n\n");
    expect(findProposals(text)).toHaveLength(3);
  });
});

describe("press releases", () => {
  it("takes the speaker's quoted requests, not the sentences reporting them, nor the notes to editors", () => {
    const text = [
      "Speaking for the Tidewater Workers Forum, spokesperson Orla Pennick told delegations that seasonal workers are rarely consulted.",
      '"Governments should let seasonal workers change employer without losing their visa," she said. "We know the farms better than anyone."',
      'She also urged delegations to end the practice of tying shelter places to a police complaint. "No worker should be turned away from a shelter for lack of a police report."',
      'Finally, Ms Pennick urged the secretariat to hear workers directly: "Include workers in the review visits and let them speak first."',
      "Notes to editors\n- Pictures of the event are available on request.\n- The statement is on our website.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Governments should let seasonal workers change employer without losing their visa",
      "No worker should be turned away from a shelter for lack of a police report.",
      "Include workers in the review visits and let them speak first.",
    ]);
  });
});

describe("bilingual statements (convention 4)", () => {
  it("takes the proposals of the first language when the second repeats them", () => {
    const text = [
      "Our requests are these:",
      "1. Fishing ports should keep a register of every crew member who boards.\n2. Labour inspectors should be able to board any vessel without notice.",
      "[EN FRANÇAIS]",
      "Voici nos demandes :",
      "1. Les ports de pêche devraient tenir un registre de chaque membre d'équipage qui embarque.\n2. Les inspecteurs du travail devraient pouvoir monter à bord de tout navire sans préavis.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Fishing ports should keep a register of every crew member who boards.",
      "Labour inspectors should be able to board any vessel without notice.",
    ]);
  });

  it("takes the first column of a two-language table read row by row", () => {
    const text = [
      "Pedimos a los gobiernos que protejan a los guardaparques amenazados por las redes de caza ilegal.",
      "We ask States parties to protect park rangers threatened by illegal hunting networks.",
      "Pedimos también que las fiscalías compartan la información sobre las rutas del marfil.",
      "We also ask that prosecutors share information on the ivory routes.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "Pedimos a los gobiernos que protejan a los guardaparques amenazados por las redes de caza ilegal.",
      "Pedimos también que las fiscalías compartan la información sobre las rutas del marfil.",
    ]);
  });
});

describe("academic prose in numbered paragraphs", () => {
  it("takes the sentences that ask, not the background paragraphs, and drops footnote marks", () => {
    const text = [
      "1. Studies of river policing have long observed that patrol counts say little about safety on the water.[1] Our survey of thirty districts bears this out.[2]",
      "2. Part of the problem lies in the data. Boat registers are kept on paper and rarely shared between districts.[3]",
      "3. We suggest that each district publish its boat register every quarter in an open format. The secretariat could usefully collect these registers in one searchable table, so that investigators can trace a hull across districts.[4]",
      "4. Lastly, training works best when it follows a local plan. It would also be preferable for donors to fund training only where a district plan exists.[5]",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "We suggest that each district publish its boat register every quarter in an open format.",
      "The secretariat could usefully collect these registers in one searchable table, so that investigators can trace a hull across districts.",
      "It would also be preferable for donors to fund training only where a district plan exists.",
    ]);
  });

  it("does not take 'It would be important to recall…' as a request", () => {
    expect(findProposals("It would be important to recall how the treaty was negotiated in the first place.")).toEqual([]);
  });
});

describe("threads", () => {
  it("drops post counters and takes a last request addressed to someone else after the list", () => {
    const text = [
      "Esto dijimos hoy en el diálogo (1/5)",
      "Por eso pedimos a los gobiernos:\n- abrir pasos seguros para las familias que cruzan el páramo;\n- instalar puestos de salud en los caminos de montaña;\n(3/5)",
      "- no devolver a nadie sin escuchar antes su caso. (4/5)",
      "Y a la secretaría: publicar cada año las cifras de personas perdidas en el camino. (5/5)",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "abrir pasos seguros para las familias que cruzan el páramo",
      "instalar puestos de salud en los caminos de montaña",
      "no devolver a nadie sin escuchar antes su caso.",
      "publicar cada año las cifras de personas perdidas en el camino.",
    ]);
  });
});

describe("lists with headings and sub-items", () => {
  it("takes the single sub-item under a heading that asks nothing (convention 3)", () => {
    const text = [
      "Estas son nuestras propuestas:",
      "I. Sobre la prevención:\n a) formar a las maestras rurales en señales de captación;\n b) abrir un teléfono gratuito en la lengua del valle.\nII. Sobre la reparación:\n a) que las familias reciban una pensión mientras dure el juicio.\nIII. Que los Estados publiquen cada año sus cifras de condenas.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "formar a las maestras rurales en señales de captación",
      "abrir un teléfono gratuito en la lengua del valle.",
      "que las familias reciban una pensión mientras dure el juicio.",
      "Que los Estados publiquen cada año sus cifras de condenas.",
    ]);
  });

  it("joins 'que' + verb with the sub-items that finish its sentence (convention 2), and reads 'Finalmente, pedimos…' after the list", () => {
    const text = [
      "Recomendamos a los gobiernos:",
      "(a) que sancionen a los intermediarios que cobran por cruzar el río;\n(b) que atiendan a las personas heridas en el camino, en particular:\ni. mediante brigadas médicas en los puestos de control;\nii. mediante albergues de paso;\n(c) que publiquen las cifras de muertes en la ruta.",
      "Finalmente, pedimos a la secretaría que organice un taller regional sobre la ruta del río.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([
      "que sancionen a los intermediarios que cobran por cruzar el río",
      "que atiendan a las personas heridas en el camino, en particular: mediante brigadas médicas en los puestos de control; mediante albergues de paso",
      "que publiquen las cifras de muertes en la ruta.",
      "Finalmente, pedimos a la secretaría que organice un taller regional sobre la ruta del río.",
    ]);
  });

  it("keeps 'Que los países de paso:' a lead-in whose sub-items are apart", () => {
    const text = "Proponemos:\n\n• Que los países de paso:\n◦ abran albergues en la frontera;\n◦ den visas temporales a quienes denuncien.";
    expect(findProposals(text)).toEqual(["abran albergues en la frontera", "den visas temporales a quienes denuncien."]);
  });
});

describe("more prose forms", () => {
  it("reads 'Es necesario, además, que…' and 'It is, moreover, essential that…' as requests of their own", () => {
    expect(findProposals("Proponemos que cada curso tenga un seguimiento de un año. Es necesario, además, que los jueces reciban los materiales en su lengua.")).toHaveLength(2);
    expect(findProposals("We propose that every course has a year of follow-up. It is, moreover, essential that judges receive the material in their language.")).toHaveLength(2);
  });

  it("reads an interview's answer, the secretariat's agency asked apart from the States", () => {
    const text = [
      "Q: What would you change?",
      "A: States parties should let community groups meet the visiting experts during every review. UNODC should also schedule some sessions at hours that suit the islands.",
    ].join("\n");
    expect(findProposals(text)).toEqual([
      "States parties should let community groups meet the visiting experts during every review.",
      "UNODC should also schedule some sessions at hours that suit the islands.",
    ]);
  });
});

describe("a PDF table of requests set in small type without padding", () => {
  const line = (x: number, y: number, text: string, size = 8, endX = x + text.length * 3.5): TableLine => ({ x, y, text, size, endX });
  const pitch = 9;
  const top = 600;
  const page = () => [
    line(60, 640, "Below, what our members saw and what we ask.", 11),
    line(60, top, "What we saw"),
    line(300, top, "What we ask"),
    line(60, top - pitch, "Ferry crews carry no lifejackets for"),
    line(60, top - 2 * pitch, "children."),
    line(300, top - pitch, "Require a child lifejacket for every"),
    line(300, top - 2 * pitch, "seat on licensed ferries."),
    // The next row starts one line pitch lower, as close as two lines of one cell.
    line(60, top - 3 * pitch, "Tickets are sold without names."),
    line(300, top - 3 * pitch, "Keep a passenger list on each crossing"),
    line(300, top - 4 * pitch, "and leave a copy ashore."),
    // One run of text across both cells: the first cell fills its column.
    line(60, top - 5 * pitch, "Nobody counts the boats that leave at night each week. Count every departure at the", 8, 422),
    line(300, top - 6 * pitch, "harbour office, day and night."),
    line(60, top - 9 * pitch, "Thank you.", 11),
  ];

  it("starts a row where every cell opens a sentence under a line that ended one, and cuts a line drawn across two cells at the sentence that starts the next", () => {
    const pages = [page()];
    const tables = tagTables(pages);
    expect(tables).toHaveLength(1);
    const read = rewriteTables(pages, tables).map((lines) => lines.map((l) => l.text));
    expect(read[0]).toEqual([
      "Below, what our members saw and what we ask.",
      "• Require a child lifejacket for every seat on licensed ferries.",
      "• Keep a passenger list on each crossing and leave a copy ashore.",
      "• Count every departure at the harbour office, day and night.",
      "What we saw: Ferry crews carry no lifejackets for children.",
      "What we saw: Tickets are sold without names.",
      "What we saw: Nobody counts the boats that leave at night each week.",
      "Thank you.",
    ]);
  });
});

describe("what the new forms leave alone", () => {
  it("does not take a trafficker's words quoted in a testimony", () => {
    const text = [
      "Ondina, whom we met last spring, worked eleven months on a flower farm.",
      '"Give me your passport," the foreman told her on the first day. "You must pay the debt before you leave."',
      "We call on governments to inspect flower farms without notice.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual(["We call on governments to inspect flower farms without notice."]);
  });

  it("does not read an English sentence naming a town such as El Mirador Alto as a Spanish infinitive item", () => {
    const text = [
      "Three facts frame our work.",
      "1. Their families in El Mirador Alto receive nothing from the recruiters.\n2. Their cousins in La Vega Seca wait years for news of them.\n3. Nobody keeps count of the returns.",
    ].join("\n\n");
    expect(findProposals(text)).toEqual([]);
  });
});

describe("reported requests need someone who acts", () => {
  it("does not take what a person in a testimony asked for herself", () => {
    const text = "Her mother went to the station every week. She asked that her daughter be sent home, and she asked the officer to write it down. Elle a demandé que sa fille revienne avant l'hiver.";
    expect(findProposals(text)).toEqual([]);
  });
});
