import { describe, expect, it } from "vitest";
import { understand } from "../../worker/intake/understand";
import { SEGMENTS } from "../../worker/seed/taxonomy";

// Round 34 (who and when, blind 26's forms read generally): "Me llamo NAME y presido una red …" and its French and
// English forms; a by-line closing a sentence, "…, a cargo de su coordinadora, NAME — Town, date", "…, by the group's
// rapporteur, NAME (ABC, Town)"; a role given with whose it is ("the group's secretary") or where it is held ("head of
// services at <Place>"). Invented text (river ferry crews; invented bodies and people).
const segments = SEGMENTS.map((s) => ({ ...s, topics: [...s.topics], status: "closed" }));
const ask = "We ask every State to register the agencies that recruit ferry crews and to publish the list every year.";

function read(blocks: string[]) {
  const r = understand(blocks.join("\n\n"), [], segments);
  return { speaker: r.speaker, date: r.deliveredOn };
}

describe("round 34: a speaker who introduces herself, then says she chairs a body named by its kind", () => {
  it.each([
    ["Declaración de la Asociación de Bateleras", "Me llamo Rosalba Itzel Canché y presido una asociación de bateleras que trabaja en el río desde hace veinte años.", "Rosalba Itzel Canché", "presidente"],
    ["Declaración de la Red de Lancheros", "Buenos días. Me llamo Ezequiel Tun-Balam y presido una red de lancheros del golfo.", "Ezequiel Tun-Balam", "presidente"],
    ["Déclaration de l'Association des Bateliers", "Je m'appelle Odile Sanou et je préside une association de bateliers installée au bord du fleuve.", "Odile Sanou", "président"],
    ["Déclaration du Collectif des Piroguiers", "Bonjour. Je m'appelle Ibrahima Coulibaly-Dembélé et je préside un collectif de piroguiers du delta.", "Ibrahima Coulibaly-Dembélé", "président"],
    ["Statement of the Riverside Crews Trust", "I am Harold Penwick and I chair a small trust that helps ferry crews on the lower river.", "Harold Penwick", "Chair"],
    ["Statement of the Lower Delta Boatmen", "Good morning. My name is Grace Atieno-Owino and I chair an association of boatmen on the lake.", "Grace Atieno-Owino", "Chair"],
  ])("%s", (title, intro, name, role) => {
    expect(read([title, intro, ask]).speaker).toEqual({ name, role });
  });
});

describe("round 34: a by-line closing a sentence, whose office, the office, then the name", () => {
  it.each([
    ["Intervención de la Red, a cargo de su coordinadora, Yolanda Chuquimia-Paz — Viena, 5 de mayo de 2031", "Yolanda Chuquimia-Paz", "coordinadora", "2031-05-05"],
    ["Declaración del Comité ante el diálogo, a cargo de su secretario, Fermín Huanca-Rojas — Viena, 6 de junio de 2031", "Fermín Huanca-Rojas", "secretario", "2031-06-06"],
    ["Presented to the UNTOC dialogue (technical help), Vienna, 12 June 2031, by the group's rapporteur, Wanjiru Kamau-Odhiambo (FCWG, Mombasa)", "Wanjiru Kamau-Odhiambo", "rapporteur", "2031-06-12"],
    ["Statement to the dialogue on smuggling, by the network's coordinator, Lindiwe Mokoena-Sithole (RCN, Durban)", "Lindiwe Mokoena-Sithole", "coordinator", null],
    ["Intervention du Réseau au dialogue constructif, par sa présidente, Mariam Traoré-Konaté — Vienne, 4 juin 2031", "Mariam Traoré-Konaté", "présidente", "2031-06-04"],
    ["Déclaration lue au dialogue, par son secrétaire, Blaise Ouédraogo-Kaboré", "Blaise Ouédraogo-Kaboré", "secrétaire", null],
  ])("%s", (line, name, role, date) => {
    const r = read(["Statement of the Ferry Crews Working Group", line, ask]);
    expect(r.speaker).toEqual({ name, role });
    if (date) expect(r.date).toBe(date);
  });
  it("a sentence thanking a partner by its name is no by-line", () => {
    const r = read(["Statement of the Ferry Crews Working Group", "This work was supported by our partner, the Lakeside Shelter Trust — Vienna, 12 June 2031", ask]);
    expect(r.speaker?.name ?? null).not.toBe("the Lakeside Shelter Trust");
  });
});

describe("round 34: the office alone, without whose it is or where it is held", () => {
  const lead = "Thank you, Chair. We work with ferry crews on three rivers.";
  it.each([
    ["My name is Tobias Ekwueme and I am the group's secretary.", "Tobias Ekwueme", "secretary"],
    ["My name is Tobias Ekwueme and I am the union's treasurer.", "Tobias Ekwueme", "treasurer"],
    ["I am Dorcas Mwale, head of services at Lakeside House, the shelter the union runs.", "Dorcas Mwale", "head of services"],
    ["I am Dorcas Mwale, programme manager at Harbour Light, a drop-in centre for crews.", "Dorcas Mwale", "programme manager"],
    ["My name is Emeka Nwosu and I am the coordinator at the Riverside Crews Trust.", "Emeka Nwosu", "coordinator"],
  ])("%s", (intro, name, role) => {
    expect(read(["Statement of the Ferry Crews Union", `${lead} ${intro}`, ask]).speaker).toEqual({ name, role });
  });
});

describe("round 34: a paragraph saying where the report was presented, then by whose office", () => {
  const intro = "Madam Chair, the side meeting held yesterday split into three groups, and I was asked to report for the second one, which had nine members.";
  it.each([
    ["Presented to the UNTOC dialogue (mutual help), Vienna, 14 June 2031, by the group's rapporteur, Achieng Wekesa-Mbugua (FCWG, Kisumu)", "Achieng Wekesa-Mbugua", "rapporteur"],
    ["Presented at the UNTOC dialogue (migrant crossings), Vienna, 14 June 2031, by its coordinator, Halima Abdi-Warsame", "Halima Abdi-Warsame", "coordinator"],
    ["Présenté au dialogue constructif sur l'assistance technique, Vienne, 14 juin 2031, par sa rapporteuse, Clarisse Mbarga-Nkoulou (RPF, Douala)", "Clarisse Mbarga-Nkoulou", "rapporteuse"],
    ["Presentado ante el diálogo de la UNTOC (ayuda mutua), Viena, 14 de junio de 2031, por su relatora, Ximena Choque-Mamani (RPB, Oruro)", "Ximena Choque-Mamani", "relatora"],
  ])("%s", (line, name, role) => {
    const r = read(["Report back from working group two: “Getting crews home safely”", line, intro, "Nobody in the group had to sign up to every point; these notes are mine.", ask]);
    expect(r.speaker).toEqual({ name, role });
  });
});

describe("round 34: 'Les habla NAME, role del Centro' opening a long paragraph", () => {
  const more = " Atendemos a los barqueros que llegan heridos al puerto después de tres días de viaje, con fiebre y sin documentos, y muchas veces sin haber comido nada desde la frontera.";
  it.each([
    ["Les habla Teodora Quispe-Mamani, enfermera voluntaria de la Red.", "Teodora Quispe-Mamani", "enfermera voluntaria"],
    ["Buenos días. Les saluda Anselmo Choque-Vargas, abogado del Centro.", "Anselmo Choque-Vargas", "abogado"],
    ["Les habla Hilario Mamani-Condori, coordinador de la Red.", "Hilario Mamani-Condori", "coordinador"],
  ])("%s", (intro, name, role) => {
    const r = read(["Declaración ante el diálogo constructivo", "Viena, 3 de junio de 2031", "Señora Presidenta, distinguidas delegaciones:", intro + more, ask]);
    expect(r.speaker).toEqual({ name, role });
  });
});
