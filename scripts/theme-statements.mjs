// Round 27 (docs/intake.md, "Round 27: themes (per statement, and what generalises)"): what a statement's
// labels give beyond the union of its labelled proposals' themes, and statement rules that add themes the
// whole text names (distinct words, paragraphs they are in, the first line), per set.
//   node --import ./scripts/ts-resolve.mjs scripts/theme-statements.mjs [--miss] [dump=<file>]
//     every .txt statement of every set: text = the file, proposals = the labels' texts (a proxy, fast);
//   … read=<file from `npm run eval:intake -- --readings=<file>`>: the documents as intake read them.
// The seed is left out of the set measured, as in eval-intake. `dump=` writes, per statement, the themes
// wanted, those suggested, each theme's evidence in the text and each matched proposal's themes (got,
// wanted), to measure other variants without reading again. Use node_modules/.bin/node (type stripping).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { suggestThemes } from "../worker/intake/index.ts";
import { buildLexicon } from "../worker/intake/themes.ts";
import { fold } from "../worker/intake/markers.ts";
import { SEGMENTS, THEMES } from "../worker/seed/taxonomy.ts";
import { buildSeed, labelledStatements, SETS } from "./theme-seed.mjs";
const EXTRA_SETS = Array.from({ length: 15 }, (_, i) => [`blind ${i + 7}`, `blind-${i + 7}`]);
const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };
const lexicon = buildLexicon(context.themes);
const dir = "test/fixtures/intake";
const arg = process.argv.find((a) => a.startsWith("read="));
let entries = [];
if (arg) {
  entries = JSON.parse(readFileSync(arg.slice(5), "utf8")).map((r) => ({ set: r.set, label: r.label, text: r.result.text, proposals: r.result.proposals.map((p) => p.text), segment: r.result.segment, pairs: r.pairs }));
} else {
  const { readdirSync } = await import("node:fs");
  for (const [set, folder] of [...SETS, ...EXTRA_SETS]) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) {
      const label = JSON.parse(readFileSync(join(path, name), "utf8"));
      if (!label.source?.endsWith(".txt")) continue;
      entries.push({ set, label, text: readFileSync(join(path, label.source), "utf8"), proposals: label.proposals.map((p) => p.text), segment: label.segment, pairs: label.proposals.map((_, i) => [i, i]) });
    }
  }
}
const statements = labelledStatements();
// extra sets' statements for the seed, as eval-intake does: labelledStatements covers SETS only
const seeds = new Map();
const seedOf = (set, own) => seeds.get(set) ?? seeds.set(set, buildSeed(statements.filter((s) => s.set !== set), { exclude: own })).get(set);

/** Per theme: distinct strong and weak wordings, paragraphs with a hit, hit in first line / a short line. */
function scan(text) {
  const folded = fold(text).replace(/`/g, "'");
  const paras = folded.split(/\n\s*\n/);
  const firstLine = folded.split("\n").find((l) => /\p{L}{2}/u.test(l)) ?? "";
  const out = new Map();
  for (const [slug, terms] of lexicon) {
    const strong = new Set(), weak = new Set(), paraHit = new Set();
    let title = false;
    const anyPara = new Set();
    for (const { pattern, weak: w } of terms) {
      pattern.lastIndex = 0;
      const m = pattern.exec(folded);
      if (!m) continue;
      (w ? weak : strong).add(m[0].replace(/\s+/g, " "));
      paras.forEach((p, i) => { pattern.lastIndex = 0; if (pattern.test(p)) anyPara.add(i); });
      if (!w) {
        paras.forEach((p, i) => { pattern.lastIndex = 0; if (pattern.test(p)) paraHit.add(i); });
        pattern.lastIndex = 0;
        if (pattern.test(firstLine)) title = true;
      }
    }
    for (const s of strong) weak.delete(s);
    if (strong.size + weak.size) out.set(slug, { strong: strong.size, weak: weak.size, terms: strong.size + weak.size, paras: paraHit.size, anyParas: anyPara.size, title });
  }
  return out;
}
const z = () => ({ tp: 0, fp: 0, fn: 0 });
const cnt = (got, want, into) => { for (const t of got) want.includes(t) ? into.tp++ : into.fp++; for (const t of want) if (!got.includes(t)) into.fn++; };
const pr = (c) => `${(100 * c.tp / Math.max(1, c.tp + c.fp)).toFixed(1).padStart(5)} / ${(100 * c.tp / Math.max(1, c.tp + c.fn)).toFixed(1).padStart(5)}`;
const VARIANTS = {
  base: () => false,
  // strong words in two paragraphs or more, or a strong word in the first line
  "s2p2|title": (e) => (e.strong >= 2 && e.paras >= 2) || e.title,
  // three distinct words (weak ones too) in three paragraphs or more
  t3a3: (e) => e.terms >= 3 && e.anyParas >= 3,
  t3a4: (e) => e.terms >= 3 && e.anyParas >= 4,
  t2a4: (e) => e.terms >= 2 && e.anyParas >= 4,
  a4: (e) => e.anyParas >= 4,
};
const bySet = new Map();
const stat = { statements: 0, labelThemes: 0, beyondUnion: 0, beyondSuggested: 0, beyondBoth: 0 };
const missEv = [];
const dumpOut = [];
for (const en of entries) {
  const own = entries.filter((x) => x.set === en.set).flatMap((x) => x.label.proposals.map((p) => p.text));
  const seed = seedOf(en.set, own);
  const why = suggestThemes(en.text, en.proposals, en.segment, { ...context, seed });
  const base = why.statement.map((m) => m.slug);
  const union = new Set(en.label.proposals.flatMap((p) => p.themes));
  const sugUnion = new Set(why.proposals.flat().map((m) => m.slug));
  stat.statements++;
  for (const t of en.label.themes) {
    stat.labelThemes++;
    if (!union.has(t)) stat.beyondUnion++;
    if (!sugUnion.has(t)) stat.beyondSuggested++;
    if (!union.has(t) && !base.includes(t)) stat.beyondBoth++;
  }
  const ev = scan(en.text.slice(0, 100000));
  dumpOut.push({ set: en.set, src: en.label.source, want: en.label.themes, base, nprop: en.proposals.length, props: en.pairs.map(([i, j]) => ({ got: why.proposals[i].map((m) => m.slug), want: en.label.proposals[j].themes })), ev: Object.fromEntries(ev) });
  for (const t of en.label.themes) if (!base.includes(t)) missEv.push({ set: en.set, src: en.label.source, t, ev: ev.get(t) ?? null });
  const s = bySet.get(en.set) ?? bySet.set(en.set, Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, z()]))).get(en.set);
  for (const [k, f] of Object.entries(VARIANTS)) {
    const got = new Set(base);
    for (const [slug, e] of ev) if (f(e)) got.add(slug);
    cnt([...got], en.label.themes, s[k]);
  }
}
console.log(JSON.stringify(stat));
console.log("set".padEnd(14) + Object.keys(VARIANTS).map((k) => k.padStart(16)).join(""));
const all = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, z()]));
for (const [set, s] of bySet) {
  console.log(set.padEnd(14) + Object.keys(VARIANTS).map((k) => pr(s[k]).padStart(16)).join(""));
  for (const k of Object.keys(VARIANTS)) for (const f of ["tp", "fp", "fn"]) all[k][f] += s[k][f];
}
console.log("all".padEnd(14) + Object.keys(VARIANTS).map((k) => pr(all[k]).padStart(16)).join(""));
if (process.argv.includes("--miss")) {
  const h = {};
  for (const m of missEv) { const k = m.ev ? `s${Math.min(m.ev.strong, 3)} t${Math.min(m.ev.terms, 4)} p${Math.min(m.ev.paras, 3)}${m.ev.title ? " T" : ""}` : "none"; h[k] = (h[k] ?? 0) + 1; }
  console.log(Object.entries(h).sort((a, b) => b[1] - a[1]));
}

const dumpTo = process.argv.find((a) => a.startsWith("dump="));
if (dumpTo) (await import("node:fs")).writeFileSync(dumpTo.slice(5), JSON.stringify(dumpOut));
