// Themes only, in about two minutes: reads what `npm run eval:intake -- --readings=<file>` wrote (the text and
// proposals read from every labelled document) and prints, per set, themes per proposal and per
// statement with the lexicon alone and with the lexicon + the seed built without the set (leave one
// set out), as eval:intake does. For tuning the lexicon or the seed without reading every document again.
//   npm run eval:themes -- /tmp/readings.json
import { readFileSync } from "node:fs";
import { suggestThemes } from "../worker/intake/index.ts";
import { SEGMENTS, THEMES } from "../worker/seed/taxonomy.ts";
import { buildSeed, labelledStatements } from "./theme-seed.mjs";
const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };
const readings = JSON.parse(readFileSync(process.argv[2] ?? "/tmp/readings.json", "utf8"));
const statements = labelledStatements();
const sets = [...new Set(readings.map((r) => r.set))];
const count = (got, want, into) => { for (const t of got) want.includes(t) ? into.tp++ : into.fp++; for (const t of want) if (!got.includes(t)) into.fn++; };
const prf = ({ tp, fp, fn }) => { const p = tp / (tp + fp), r = tp / (tp + fn); return { p, r, f: (2 * p * r) / (p + r) }; };
const n = (x) => (100 * x).toFixed(1).padStart(5);
const z = () => ({ tp: 0, fp: 0, fn: 0 });
const all = { lpt: z(), lst: z(), pt: z(), st: z() };
const out = (name, t) => console.log(name.padEnd(13), ["lpt", "pt", "lst", "st"].map((k) => `${n(prf(t[k]).p)}/${n(prf(t[k]).r)} F${n(prf(t[k]).f)}`).join("   "));
console.log("set           lex per prop            +seed per prop          lex per stmt            +seed per stmt");
for (const set of sets) {
  const own = readings.filter((x) => x.set === set);
  const seed = buildSeed(statements.filter((s) => s.set !== set), { exclude: own.flatMap((r) => r.label.proposals.map((p) => p.text)) });
  const t = { lpt: z(), lst: z(), pt: z(), st: z() };
  for (const r of own) {
    for (const [m, pk, sk] of [[{}, "lpt", "lst"], [{ seed }, "pt", "st"]]) {
      const why = suggestThemes(r.result.text, r.result.proposals.map((p) => p.text), r.result.segment, { ...context, ...m });
      for (const [i, j] of r.pairs) count(why.proposals[i].map((m) => m.slug), r.label.proposals[j].themes, t[pk]);
      count(why.statement.map((m) => m.slug), r.label.themes, t[sk]);
    }
  }
  for (const k of Object.keys(all)) for (const c of ["tp", "fp", "fn"]) all[k][c] += t[k][c];
  out(set, t);
}
out("all", all);
