// Round 29 (docs/intake.md, "Round 29: themes"): why the themes per proposal miss on a set, like
// scripts/request-misses.mjs for proposals. For every labelled proposal matched to one intake found, the
// themes suggested as the portal suggests them (lexicon + heading + segment topic + the seed built without
// the set, as in eval:intake), then, for each labelled theme not suggested, the evidence the lexicon had:
//   none          no word of the theme's lexicon in the proposal (nor in its heading)
//   weak 1        one weak wording only (a weak word needs a second one of its theme, or the segment's topic)
//   weak 2+ list  two weak wordings or more, but overlapping or two items of one list (rule of law)
//   weak+seed     weak evidence the seed did not back (the learned model was below its threshold)
// and, for the misses, the words of the proposal the seed associates most with the theme (what a moderator
// might have read as the theme). Prints per set P / R (per proposal and per statement, with the seed, and the
// lexicon alone), a per-theme table (labelled, found, missed, added against a label, recall, precision),
// the causes with counts, and with --list one line per miss.
//
//   node --import ./scripts/ts-resolve.mjs scripts/theme-misses.mjs read=<file> [--list] [--sets="blind 15,blind 16"]
//     read=: the documents as intake read them (`npm run eval:intake -- --quick --only=… --readings=<file>`);
//   without read=: every labelled statement of every development set (blind 1–22, rounds 1–3, held-out 1–5,
//     real layouts), proposals = the labels' texts, text = the .txt file (or the labels' texts joined), the
//     segment as labelled: a proxy that reads nothing (PDF and DOCX layouts are not read), fast.
//   --json=<file>: writes the per-set and per-theme counts, to compare two runs (before / after a change).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { suggestThemes } from "../worker/intake/index.ts";
import { buildLexicon, HEADING, proposalThemes, themeEvidence, topicalThemes, withHeading } from "../worker/intake/themes.ts";
import { blend, suggestLearned, terms } from "../worker/intake/learned.ts";
import { proposalHeadings } from "../worker/intake/theme-context.ts";
import { SEGMENTS, THEMES } from "../worker/seed/taxonomy.ts";
import { buildSeed, labelledStatements, LATER_SETS, SETS } from "./theme-seed.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test/fixtures/intake");
const argv = (name) => process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const only = argv("--sets")?.split(",").map((s) => s.trim());
const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };
const lexicon = buildLexicon(context.themes);
// The later blind sets (7–22; blind 23 is not read here). Since round 31 the seed learns them too (theme-seed.mjs
// LATER_SETS), each measured with a seed built without it.
const LATER = LATER_SETS; // round 33: blind 7–25

let entries = [];
const read = argv("read");
if (read) {
  entries = JSON.parse(readFileSync(read, "utf8")).map((r) => ({ set: r.set, label: r.label, text: r.result.text, proposals: r.result.proposals.map((p) => p.text), segment: r.result.segment, pairs: r.pairs }));
} else {
  for (const [set, folder] of [...SETS, ...LATER]) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) {
      const label = JSON.parse(readFileSync(join(path, name), "utf8"));
      const source = (label.sources ?? [label.source]).find((s) => s.endsWith(".txt"));
      const text = source ? readFileSync(join(path, source), "utf8") : label.proposals.map((p) => p.text).join("\n\n");
      entries.push({ set, label, text, proposals: label.proposals.map((p) => p.text), segment: label.segment ?? null, pairs: label.proposals.map((_, i) => [i, i]) });
    }
  }
}
if (only) entries = entries.filter((e) => only.includes(e.set));

const statements = labelledStatements();
const seeds = new Map();
function seedOf(set) {
  if (!seeds.has(set)) {
    const own = entries.filter((x) => x.set === set).flatMap((x) => x.label.proposals.map((p) => p.text));
    seeds.set(set, buildSeed(statements.filter((s) => s.set !== set), { exclude: own }));
  }
  return seeds.get(set);
}

/** The seed's words in `text` that weigh most for `slug` (log-odds, m-estimate as in learned.ts), best first. */
function seedWords(seed, text, slug, n = 4) {
  const yes = seed.themes[slug] ?? 0;
  const no = seed.examples - yes;
  const out = [];
  for (const term of terms(text)) {
    const e = seed.terms[term];
    if (!e || e.n < 2) continue;
    const rate = e.n / seed.examples;
    const inYes = e.t[slug] ?? 0;
    const w = Math.log((inYes + 16 * rate) / (yes + 16)) - Math.log((e.n - inYes + 16 * rate) / (no + 16));
    if (w > 0.5) out.push([term, w]);
  }
  return out.sort((a, b) => b[1] - a[1]).slice(0, n).map(([t, w]) => `${t} ${w.toFixed(1)}`);
}

/**
 * The themes of each proposal as `suggestThemes` (worker/intake/index.ts) gives them, without the statement's
 * (whose scan of the whole text takes most of the time; `--statements` measures it too, with suggestThemes).
 */
function proposalsThemes(en, seed) {
  const known = new Set(context.themes);
  const themeContext = { topical: topicalThemes(context.segments.find((s) => s.slug === en.segment)?.topics).filter((t) => known.has(t)) };
  const headings = proposalHeadings(en.text, en.proposals);
  return en.proposals.map((p, i) => {
    const heading = headings[i] ?? null;
    const words = withHeading(proposalThemes(p, lexicon, themeContext), p, heading, lexicon);
    if (!seed) return words;
    const evidence = themeEvidence(p, lexicon);
    if (heading) for (const [slug, t] of themeEvidence(heading, lexicon)) if (!evidence.has(slug)) evidence.set(slug, t.map((x) => `${HEADING}: ${x}`));
    return blend(words, suggestLearned({ seed, moderators: null }, p, known), evidence);
  });
}
const statementsToo = process.argv.includes("--statements");

const z = () => ({ tp: 0, fp: 0, fn: 0 });
const cnt = (got, want, into) => {
  for (const t of got) want.includes(t) ? into.tp++ : into.fp++;
  for (const t of want) if (!got.includes(t)) into.fn++;
};
const pr = (c) => `${((100 * c.tp) / Math.max(1, c.tp + c.fp)).toFixed(1).padStart(5)} / ${((100 * c.tp) / Math.max(1, c.tp + c.fn)).toFixed(1).padStart(5)}`;

const bySet = new Map();
const byTheme = new Map();
const causes = new Map();
const misses = [];
for (const en of entries) {
  const seed = seedOf(en.set);
  const why = statementsToo ? suggestThemes(en.text, en.proposals, en.segment, { ...context, seed }) : { proposals: proposalsThemes(en, seed), statement: [] };
  const plain = statementsToo ? suggestThemes(en.text, en.proposals, en.segment, context) : { proposals: proposalsThemes(en, null), statement: [] };
  const headings = proposalHeadings(en.text, en.proposals);
  const s = bySet.get(en.set) ?? bySet.set(en.set, { pt: z(), st: z(), lpt: z(), lst: z(), docs: 0 }).get(en.set);
  s.docs++;
  cnt(why.statement.map((m) => m.slug), en.label.themes, s.st);
  cnt(plain.statement.map((m) => m.slug), en.label.themes, s.lst);
  for (const [i, j] of en.pairs) {
    const got = why.proposals[i].map((m) => m.slug);
    const want = en.label.proposals[j].themes;
    cnt(got, want, s.pt);
    cnt(plain.proposals[i].map((m) => m.slug), want, s.lpt);
    for (const t of new Set([...got, ...want])) {
      const r = byTheme.get(t) ?? byTheme.set(t, { ...z(), sets: new Map() }).get(t);
      const k = got.includes(t) ? (want.includes(t) ? "tp" : "fp") : "fn";
      r[k]++;
      const rs = r.sets.get(en.set) ?? r.sets.set(en.set, z()).get(en.set);
      rs[k]++;
    }
    const text = en.proposals[i];
    const ev = themeEvidence(text, lexicon);
    const hev = headings[i] ? themeEvidence(headings[i], lexicon) : new Map();
    for (const t of want.filter((t) => !got.includes(t))) {
      const words = ev.get(t) ?? [];
      let cause;
      if (words.length === 0) cause = hev.has(t) ? "none in the proposal, a word in its heading" : "none";
      else if (words.length === 1) cause = "weak 1 (seed below threshold)";
      else cause = "weak 2+ (one list, or overlapping; seed below threshold)";
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
      misses.push({ set: en.set, src: en.label.source, n: j + 1, theme: t, cause, words, seed: seedWords(seed, text, t), text });
    }
  }
}

console.log(`${entries.length} statements${read ? ` read (${read})` : " (labels' texts, proxy)"}\n`);
console.log(`${"set".padEnd(14)}${"docs".padStart(5)}   per proposal: +seed   lexicon      per statement: +seed   lexicon${statementsToo ? "" : " (not measured: --statements)"}`);
const all = { pt: z(), st: z(), lpt: z(), lst: z(), docs: 0 };
for (const [set, s] of bySet) {
  console.log(`${set.padEnd(14)}${String(s.docs).padStart(5)}   ${pr(s.pt)}   ${pr(s.lpt)}      ${pr(s.st)}   ${pr(s.lst)}`);
  for (const k of ["pt", "st", "lpt", "lst"]) for (const f of ["tp", "fp", "fn"]) all[k][f] += s[k][f];
  all.docs += s.docs;
}
console.log(`${"all".padEnd(14)}${String(all.docs).padStart(5)}   ${pr(all.pt)}   ${pr(all.lpt)}      ${pr(all.st)}   ${pr(all.lst)}`);

console.log(`\n${"theme (per proposal, + seed)".padEnd(30)}${"labelled".padStart(9)}${"found".padStart(7)}${"missed".padStart(8)}${"added".padStart(7)}   P / R`);
for (const [t, r] of [...byTheme].sort((a, b) => b[1].fn - a[1].fn)) console.log(`${t.padEnd(30)}${String(r.tp + r.fn).padStart(9)}${String(r.tp).padStart(7)}${String(r.fn).padStart(8)}${String(r.fp).padStart(7)}   ${pr(r)}`);

console.log("\nmisses by cause:");
for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${c}`);
const weakWords = new Map();
for (const m of misses) for (const w of m.words) weakWords.set(`${m.theme}: ${w}`, (weakWords.get(`${m.theme}: ${w}`) ?? 0) + 1);
console.log("\nweak wordings most often alone in a miss (theme: wording, misses):");
for (const [w, n] of [...weakWords].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${String(n).padStart(3)}  ${w}`);

if (process.argv.includes("--list")) {
  console.log("\nmisses (set, document #proposal, theme, cause, lexicon words, the seed's words for the theme):");
  for (const m of misses) console.log(`  ${m.set} ${m.src} #${m.n} ${m.theme} | ${m.cause} | ${m.words.join(", ")} | ${m.seed.join(", ")}${process.argv.includes("--texts") ? `\n      ${m.text.slice(0, 300)}` : ""}`);
}
const json = argv("--json");
if (json) writeFileSync(json, JSON.stringify({ sets: Object.fromEntries(bySet), themes: Object.fromEntries([...byTheme].map(([t, r]) => [t, { tp: r.tp, fp: r.fp, fn: r.fn, sets: Object.fromEntries(r.sets) }])), misses }));
