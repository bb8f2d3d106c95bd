import { describe, expect, it } from "vitest";
import { addressedOut, planHeading, requestCandidates, taskHeading, withRequests } from "../../worker/intake/request-model";
import { handMadeBlend } from "../intake/blend-setup";

// Round 39: a heading of the organization's own tasks, plans or next steps ("Tasks for the team", "Our next steps",
// "Ce que nous ferons", "Nuestros próximos pasos"): what stands under it is the organization's own to-do, not a request
// to be taken by the learned classifier, unless it names States, UNODC or the Conference. Sentences, names and places
// written for these tests; all are invented.

describe("round 39: headings of the organization's own tasks or next steps", () => {
  it.each([
    "Tasks for the team",
    "3. Tasks for the team",
    "Our next steps",
    "Next steps:",
    "II. Our next steps",
    "What we will do next",
    "Team action points",
    "Follow-up for the staff",
    "Our commitments",
    "Ce que nous ferons",
    "Nos prochaines étapes",
    "Tâches de l'équipe",
    "4) Ce que nous allons faire",
    "Nuestros próximos pasos",
    "Lo que haremos",
    "Tareas del equipo",
    "Nuestros compromisos",
    "4. Próximos pasos",
    "Prochaines étapes",
    "2. Suites à donner",
  ])("a heading of own tasks: %s", (h) => expect(taskHeading(h)).toBe(true));

  // Near misses: a heading of asking, of plans of another kind (round 24), next steps for others, a sentence.
  it.each([
    "Recommendations",
    "What we ask of States",
    "Next steps for States",
    "Próximos pasos para los Estados",
    "Nos demandes",
    "Background",
    "Tasks that the ministries left undone",
  ])("not a heading of own tasks: %s", (h) => expect(taskHeading(h)).toBe(false));

  it("is no heading at all when the paragraph is a sentence", () => {
    expect(taskHeading("Our next steps are set out below, one by one.")).toBeNull();
    expect(planHeading("Our next steps")).toBe(false);
  });

  it("reads a sentence addressed to States, UNODC or the Conference (EN, FR, ES)", () => {
    expect(addressedOut("States should fund the ferry shelters before the winter.")).toBe(true);
    expect(addressedOut("Nous demanderons à l'ONUDC de diffuser un relevé des ports abandonnés.")).toBe(true);
    expect(addressedOut("Pediremos a la Conferencia que abra un diálogo con las cooperativas.")).toBe(true);
    expect(addressedOut("Send the minutes to the board and book the hall for June.")).toBe(false);
    // The organization's own secretariat is no addressee.
    expect(addressedOut("Remettre le compte rendu au secrétariat du réseau avant la fin du mois.")).toBe(false);
  });
});

describe("round 39: the blend, not under a heading of own tasks", () => {
  const { table, split, keep, use } = handMadeBlend({ bias: -4, w: { "w:send": 6, "w:book": 6, "w:envoyer": 6, "w:enviar": 6, "w:should": 6, "w:demanderons": 6, "w:pediremos": 6 } });

  const text = (heading: string, task: string) =>
    [
      "We thank the chair for the floor and speak for the Lanternmakers' Circle of Osterveld.",
      "Our members repair the harbour lights and the signal lamps along the eastern coast every winter.",
      "We asked that the port authority send the inspection reports to every crew within a month.",
      "The crews we met waited for hours for news of the lamps and the pay.",
      heading,
      task,
    ].join("\n\n");

  it.each([
    ["Tasks for the team", "Send the outline of the lamp guide to the board and book a room for the spring meeting."],
    ["Our next steps", "We will send the lamp guide to every harbour office and book the hall for the autumn."],
    ["What we will do next", "Send the list of repaired lamps to the members before the end of the month."],
    ["Ce que nous ferons", "Envoyer le guide des lanternes au conseil et réserver une salle pour la réunion de mars."],
    ["Nos prochaines étapes", "Nous allons envoyer le compte rendu aux membres et fixer la date de la prochaine réunion."],
    ["Nuestros próximos pasos", "Enviar el borrador de la guía a la junta y reservar una sala para la reunión de abril."],
    ["Tareas del equipo", "Vamos a enviar las actas a los socios y preparar la visita a los puertos del sur."],
  ])("under '%s', the own task is no request: %s", (heading, task) => {
    use();
    expect(withRequests(text(heading, task), [], split, keep)).not.toContain(task);
    const candidates = requestCandidates(text(heading, task), [], split, keep, table);
    expect(candidates.find((c) => c.text === task)).toMatchObject({ plan: true, tasks: true });
  });

  it.each([
    ["Our next steps", "States should send the inspection reports of the harbour lights to every crew."],
    ["Ce que nous ferons", "Nous demanderons aux États d'envoyer les rapports d'inspection à chaque équipage."],
    ["Nuestros próximos pasos", "Pediremos a la UNODC que envíe una guía sobre las lámparas a cada puerto."],
  ])("under '%s', a sentence addressed to States, UNODC or the Conference is still a request: %s", (heading, ask) => {
    use();
    expect(withRequests(text(heading, ask), [], split, keep)).toContain(ask);
  });

  it("the same own task under a heading of asking, or under none, is taken; the gate ends at the next heading", () => {
    use();
    const task = "Send the outline of the lamp guide to the board and book a room for the spring meeting.";
    expect(withRequests(text("What we ask", task), [], split, keep)).toContain(task);
    const after = [text("Tasks for the team", "Book the hall for the members' meeting in the spring."), "Recommendations", task].join("\n\n");
    expect(withRequests(after, [], split, keep)).toEqual(["We asked that the port authority send the inspection reports to every crew within a month.", task]);
  });
});
