// How far two readers agree on themes, and where the suggestions stand between them (docs/intake.md, "Two readers").
// A second reader tagged every labelled proposal of some blind sets without seeing the labels
// (test/fixtures/themes-agreement/*.second-reader.json). For each proposal this prints, per proposal P / R:
// the second reader against the labels, the suggestions (lexicon + a seed built without the set, on the labels'
// texts, as theme-sweep.mjs's proxy) against the labels, and against what both readers agree on.
//   npx node --import ./scripts/ts-resolve.mjs scripts/theme-agreement.mjs [file.second-reader.json]
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { suggestThemes } from "../worker/intake/index.ts";
import { SEGMENTS, THEMES } from "../worker/seed/taxonomy.ts";
import { buildSeed, labelledStatements } from "./theme-seed.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = process.argv[2] ?? join(root, "test/fixtures/themes-agreement/blind-40-41.second-reader.json");
const second = JSON.parse(readFileSync(file, "utf8"));
const tags = new Map(second.tags.map((t) => [t.id, t.themes]));
const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };
const z = () => ({ tp: 0, fp: 0, fn: 0 });
const count = (got, want, into) => {
  for (const t of got) want.includes(t) ? into.tp++ : into.fp++;
  for (const t of want) if (!got.includes(t)) into.fn++;
};
const pr = ({ tp, fp, fn }) => `${((100 * tp) / (tp + fp || 1)).toFixed(1).padStart(5)} / ${((100 * tp) / (tp + fn || 1)).toFixed(1).padStart(5)}`;
const everyLabel = labelledStatements();
const total = { reader: z(), model: z(), modelReader: z(), agreed: z() };
console.log("set          proposals   reader vs labels   suggested vs labels   suggested vs reader   suggested vs both agree");
for (const folder of second.sets) {
  const set = folder.replace("-", " ");
  const labels = readdirSync(join(root, "test/fixtures/intake", folder))
    .filter((f) => f.endsWith(".labels.json"))
    .sort()
    .map((f) => ({ name: f.replace(".labels.json", ""), label: JSON.parse(readFileSync(join(root, "test/fixtures/intake", folder, f), "utf8")) }));
  const seed = buildSeed(everyLabel.filter((s) => s.set !== set), { exclude: labels.flatMap((l) => l.label.proposals.map((p) => p.text)) });
  const t = { reader: z(), model: z(), modelReader: z(), agreed: z() };
  let n = 0;
  for (const { name, label } of labels) {
    const texts = label.proposals.map((p) => p.text);
    const got = suggestThemes(texts.join("\n\n"), texts, label.segment, { ...context, seed }).proposals;
    label.proposals.forEach((p, i) => {
      const reader = tags.get(`${name}#${i + 1}`);
      if (!reader) return;
      n++;
      const suggested = got[i].map((m) => m.slug);
      count(reader, p.themes, t.reader);
      count(suggested, p.themes, t.model);
      count(suggested, reader, t.modelReader);
      count(suggested, p.themes.filter((x) => reader.includes(x)), t.agreed);
    });
  }
  for (const k of Object.keys(total)) for (const c of ["tp", "fp", "fn"]) total[k][c] += t[k][c];
  console.log(`${set.padEnd(12)} ${String(n).padStart(9)}   ${pr(t.reader)}      ${pr(t.model)}         ${pr(t.modelReader)}         ${pr(t.agreed)}`);
}
console.log(`${"all".padEnd(12)} ${"".padStart(9)}   ${pr(total.reader)}      ${pr(total.model)}         ${pr(total.modelReader)}         ${pr(total.agreed)}`);
