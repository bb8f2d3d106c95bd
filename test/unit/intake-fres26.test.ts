import { describe, expect, it } from "vitest";
import { findProposals } from "../../worker/intake/proposals";
import { notOurRequest } from "../../worker/intake/request-model";

// Round 26 (French and Spanish proposals; blind set 21 used for development): text written for these
// tests (mountain huts, their wardens and village wells). Each form with a near miss beside it.

/** Each sentence after a paragraph of background, alone: what the rules read of it. */
const alone = (sentence: string) => findProposals(`Le contexte d'abord.\n\nLes refuges de la vallée ouvrent en juin. ${sentence}`);
const asks = (sentence: string) => expect(alone(sentence)).toEqual([sentence]);
const tells = (sentence: string) => expect(alone(sentence)).toEqual([]);

describe("French asks read in round 26", () => {
  it("reads what a body would gain by doing, after a belief", () => {
    asks("Nous croyons que les communes de montagne gagneraient à partager la liste de leurs gardiens de refuge.");
    tells("Nous croyons que les communes de montagne ont gagné à partager la liste de leurs gardiens de refuge.");
  });

  it("reads what would seem just as essential", () => {
    asks("Il nous paraît donc tout aussi essentiel que chaque commune forme chaque printemps les gardiens des refuges.");
    tells("Il nous paraît tout aussi logique que la saison des refuges reste courte en altitude.");
  });

  it("reads a wish in the conditional with « simplement »", () => {
    asks("Nous souhaiterions simplement que l'agence publie ses relevés de neige chaque trimestre.");
    tells("Nous souhaiterions simplement vous remercier de votre accueil dans la vallée.");
  });

  it("reads « il serait précieux que », in the conditional only", () => {
    asks("Il serait précieux que l'agence traduise ses guides de sécurité dans la langue des bergers.");
    tells("Il est précieux que les refuges de la vallée existent encore après tant d'hivers.");
  });

  it("reads « Faites en sorte … que », not a sentence that tells what someone does", () => {
    asks("Faites en sorte, surtout, que chaque refuge dispose d'une radio qui fonctionne par grand froid.");
    tells("Vous faites en sorte que chaque refuge dispose d'une radio, nous le savons bien.");
  });

  it("reads a body invited to act after a colon, not guests invited to an event", () => {
    asks("Et pour l'hiver qui vient : nous invitons les communes à publier l'état de leurs refuges.");
    tells("Et pour finir la journée : nous invitons les participants à la visite du refuge samedi matin.");
  });

  it("reads the request after a semicolon, not a naming", () => {
    asks("Les gardiens des refuges travaillent sans salaire ; nous appelons de nos vœux une indemnité, même petite, pour leurs trajets.");
    tells("Les gardiens des refuges travaillent sans salaire ; nous appelons cela du dévouement pur et simple.");
  });

  it("drops an organization's own plan, « se propose », and keeps what it proposes of others", () => {
    tells("Le collectif se propose d'ouvrir deux refuges de plus avant l'hiver prochain.");
    asks("Le collectif propose que les communes ouvrent deux refuges de plus avant l'hiver prochain.");
  });
});

describe("Spanish asks read in round 26", () => {
  it("reads an appeal to international cooperation, not to cooperation among neighbours", () => {
    asks("Apelamos, en fin, a la cooperación internacional, que financie la limpieza de los pozos del valle.");
    tells("Apelamos, por último, a la cooperación entre vecinos, que es lo que mantiene vivos los pozos.");
  });

  it("reads a question in the conditional with an aside, not one that wonders", () => {
    asks("¿No sería posible, por otra parte, que los municipios abrieran un registro público de los pozos?");
    tells("¿No es posible, en el fondo, que la cifra real de pozos secos sea mayor?");
  });

  it("reads a body invited to act after a colon, not guests invited to an event", () => {
    asks("Y no olvidemos el agua: invitamos a los municipios a revisar cada pozo antes del verano.");
    tells("Y para terminar el día: invitamos a todos a la comida del sábado en la plaza.");
  });

  it("drops an organization's own plan, « se propone », and keeps what it proposes of others", () => {
    tells("La red se propone abrir dos refugios más en el valle el próximo invierno.");
    asks("La red propone que los municipios abran dos refugios más en el valle el próximo invierno.");
  });
});

describe("why a letter is written (round 26)", () => {
  it("is no request of ours, in French, Spanish and English", () => {
    expect(notOurRequest("Nous vous écrivons parce que les refuges de la vallée ferment un à un.")).toBe("why we write");
    expect(notOurRequest("Les escribimos porque los pozos del valle se secan cada verano.")).toBe("why we write");
    expect(notOurRequest("We are writing to you because the mountain huts are closing one by one.")).toBe("why we write");
  });

  it("leaves a letter that asks in the same breath", () => {
    expect(notOurRequest("Nous vous écrivons pour demander aux communes de rouvrir les refuges.")).toBeNull();
    expect(notOurRequest("We write to ask the councils to reopen the mountain huts.")).toBeNull();
  });
});
