import { describe, expect, it } from "vitest";
import { findSpeaker } from "../../worker/intake/people";
import { ASK, CHAIR, read, THANKS } from "./who-statement";

// Round 58 (who, a form read from blind sets 61 and 65 after round 57): a reported speaker in Spanish running text, whom for
// after "por" or "en nombre de", then the office of several words and the name, a title in lower case before it. Invented
// text (mountain shelters and salt pans; invented bodies and people).

describe("round 58: a speaker reported after whom they spoke for", () => {
  it("an office of several words: 'Habló en nombre de la Cofradía su secretario de actas, NAME.'", () => {
    expect(findSpeaker([], ["Habló en nombre de la Cofradía su secretario de actas, Anselmo Quispe Mamani."])?.speaker).toEqual({ name: "Anselmo Quispe Mamani", role: "secretario de actas" });
  });

  it("whom for after 'por', a title with its article before the name: 'Intervino por la Federación su tesorera general, la ingeniera NAME.'", () => {
    expect(findSpeaker([], ["Intervino por la Federación su tesorera general, la ingeniera Rosaura Ticona Apaza."])?.speaker).toEqual({ name: "Rosaura Ticona Apaza", role: "tesorera general" });
    expect(findSpeaker([], ["Habló por el Colectivo su vocera, Nélida Huanca Cruz."])?.speaker).toEqual({ name: "Nélida Huanca Cruz", role: "vocera" });
  });

  it("at the end of a whole statement", () => {
    const r = read([CHAIR.es!, ASK.es!, THANKS.es!, "Intervino por la Federación de Refugios de Altura su tesorera general, la ingeniera Rosaura Ticona Apaza."]);
    expect(r.speaker).toEqual({ name: "Rosaura Ticona Apaza", role: "tesorera general" });
  });

  it("not a body's words in lower case before its office, nor a sentence that names no one", () => {
    expect(findSpeaker([], ["Habló en nombre de la red de salineras su presidenta, Dominga Choque Flores."])?.speaker).toEqual({ name: "Dominga Choque Flores", role: "presidenta" });
    expect(findSpeaker([], ["Intervino por la Federación para pedir que se abran los refugios en invierno."])).toBeNull();
  });
});
