// Round 31 (docs/intake.md, "Round 31: themes"): the operating point of themes per proposal, measured leave one
// set out. For every labelled proposal matched to one intake found (read=, as theme-misses.mjs) or every labelled
// proposal of every set (proxy: the labels' texts), the lexicon's themes (with heading and segment topic) and the
// learned model's probability of every theme, with a seed built without the set measured (nor any copy of its
// proposals), from either the shipped seed's sets only ("old") or every set present but the one measured ("all":
// the later blind sets too). Then, for each operating point (threshold; whether a learned theme needs a lexicon
// word beside it; a second, higher threshold for a learned theme without one), themes per proposal and per
// statement, P / R per set and summed.
//
//   node --import ./scripts/ts-resolve.mjs scripts/theme-sweep.mjs [read=<file>[,<file>…]] [--sets="blind 15,…"] [--seed=old|all|both]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildLexicon, HEADING, proposalThemes, statementThemes, themeEvidence, topicalThemes, withHeading } from "../worker/intake/themes.ts";
import { terms } from "../worker/intake/learned.ts";
import { proposalHeadings } from "../worker/intake/theme-context.ts";
import { SEGMENTS, THEMES } from "../worker/seed/taxonomy.ts";
import { LATER_SETS, namesOf, sameText, SETS, strongestTerms } from "./theme-seed.mjs";
import { fold } from "../worker/intake/markers.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test/fixtures/intake");
const argv = (name) => process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const only = argv("--sets")?.split(",").map((s) => s.trim());
const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };
const known = new Set(context.themes);
const lexicon = buildLexicon(context.themes);
// blind 7–25 (round 33: was 7–23); round 35: every later blind set present (26, 27…), so that a set measured is
// left out of a seed built from all the others, as eval:intake does for the sets the seed learns.
const LATER = [...LATER_SETS, ...Array.from({ length: 20 }, (_, i) => [`blind ${i + 7 + LATER_SETS.length}`, `blind-${i + 7 + LATER_SETS.length}`])];

/** Every labelled statement of every set present, the later blind sets included. */
function allStatements() {
  const out = [];
  for (const [set, folder] of [...SETS, ...LATER]) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) out.push({ set, id: `${set}/${name}`, folder, label: JSON.parse(readFileSync(join(path, name), "utf8")) });
  }
  return out;
}
const statements = allStatements();
const oldSets = new Set(SETS.map(([s]) => s));

let entries = [];
const read = argv("read");
if (read) {
  for (const f of read.split(","))
    entries.push(...JSON.parse(readFileSync(f, "utf8")).map((r) => ({ set: r.set, label: r.label, text: r.result.text, proposals: r.result.proposals.map((p) => p.text), segment: r.result.segment, pairs: r.pairs })));
} else {
  for (const s of statements) {
    const path = join(dir, s.folder);
    const source = (s.label.sources ?? [s.label.source]).find((x) => x.endsWith(".txt"));
    const text = source ? readFileSync(join(path, source), "utf8") : s.label.proposals.map((p) => p.text).join("\n\n");
    entries.push({ set: s.set, label: s.label, text, proposals: s.label.proposals.map((p) => p.text), segment: s.label.segment ?? null, pairs: s.label.proposals.map((_, i) => [i, i]) });
  }
}
if (only) entries = entries.filter((e) => only.includes(e.set));

const which = argv("--seed") ?? "both";
const kinds = which === "both" ? ["old", "all"] : [which];

// The seeds, fast: buildSeed (theme-seed.mjs) for each set left out and each kind would take minutes (the names'
// regular expression over every proposal, the near-duplicate search). The same model is built here from parts
// computed once: each labelled proposal's terms with the names of **every** labelled statement taken out (a superset
// of what buildSeed takes out for a seed without one set: a little more conservative), and the near-duplicate
// relation (sameText) once for all pairs. Then per seed: proposals in order, a near-duplicate of one already learned
// or of a proposal of the set left out skipped, the same filters and the same ranking as buildSeed.
const { strip, banned } = namesOf(statements);
const tokens = (s) => fold(s ?? "").match(/\p{L}{3,}/gu) ?? [];
const wordsOf = (s) => (s ?? "").normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const pool = [];
for (const s of statements) {
  const own = new Set([...tokens(s.label.organization?.name), ...tokens(s.label.organization?.acronym)]);
  for (const p of s.label.proposals) pool.push({ set: s.set, id: s.id, own, themes: p.themes, words: wordsOf(p.text), terms: [...terms(strip(fold(p.text)))] });
}
const twins = pool.map(() => []);
for (let i = 0; i < pool.length; i++) for (let j = i + 1; j < pool.length; j++) if (sameText(pool[i].words, pool[j].words)) (twins[i].push(j), twins[j].push(i));
function fastSeed(kind, leftOut) {
  const model = { examples: 0, themes: {}, terms: {} };
  const where = new Map();
  const learned = new Set();
  for (let i = 0; i < pool.length; i++) {
    const p = pool[i];
    if (p.set === leftOut || (kind === "old" && !oldSets.has(p.set))) continue;
    if (twins[i].some((j) => learned.has(j) || pool[j].set === leftOut)) continue;
    learned.add(i);
    model.examples++;
    for (const t of p.themes) model.themes[t] = (model.themes[t] ?? 0) + 1;
    for (const term of p.terms) {
      const e = (model.terms[term] ??= { n: 0, t: {} });
      e.n++;
      for (const t of p.themes) e.t[t] = (e.t[t] ?? 0) + 1;
      const at = where.get(term) ?? where.set(term, { statements: new Set(), sets: new Set() }).get(term);
      if (term.split(" ").some((t) => p.own.has(t))) continue;
      at.statements.add(p.id);
      at.sets.add(p.set);
    }
  }
  model.terms = Object.fromEntries(strongestTerms(model, where, banned));
  return model;
}
const seeds = new Map();
function seedOf(kind, set) {
  const key = `${kind}|${set}`;
  if (!seeds.has(key)) seeds.set(key, fastSeed(kind, set));
  return seeds.get(key);
}

/** The probability of every theme (learned.ts's suggestLearned without its threshold). */
function probabilities(model, text) {
  const M = 16;
  const out = new Map();
  if (model.examples < 30) return out;
  const found = [];
  for (const term of terms(text)) {
    const e = model.terms[term];
    if (e && e.n >= 2) found.push(e);
  }
  for (const [slug, count] of Object.entries(model.themes)) {
    if (!known.has(slug) || count < 4) continue;
    const yes = count;
    const no = model.examples - count;
    let logit = Math.log((yes + 1) / (no + 1));
    for (const e of found) {
      const rate = e.n / model.examples;
      const inYes = e.t[slug] ?? 0;
      logit += Math.log((inYes + M * rate) / (yes + M)) - Math.log((e.n - inYes + M * rate) / (no + M));
    }
    out.set(slug, 1 / (1 + Math.exp(-logit)));
  }
  return out;
}

// Everything that does not depend on the operating point, once.
const docs = [];
for (const en of entries) {
  const themeContext = { topical: topicalThemes(context.segments.find((s) => s.slug === en.segment)?.topics).filter((t) => known.has(t)) };
  const headings = proposalHeadings(en.text, en.proposals);
  const props = en.proposals.map((p, i) => {
    const heading = headings[i] ?? null;
    const words = withHeading(proposalThemes(p, lexicon, themeContext), p, heading, lexicon).map((m) => m.slug);
    const evidence = themeEvidence(p, lexicon);
    if (heading) for (const [slug, t] of themeEvidence(heading, lexicon)) if (!evidence.has(slug)) evidence.set(slug, t.map((x) => `${HEADING}: ${x}`));
    const prob = Object.fromEntries(kinds.map((k) => [k, probabilities(seedOf(k, en.set), p)]));
    return { words, evidence, prob };
  });
  const extra = statementThemes(en.text.slice(0, 100_000), en.proposals.length ? [[]] : [], lexicon, themeContext).map((m) => m.slug);
  docs.push({ en, props, extra, prior: new Set([...extra, ...themeContext.topical]) });
}

// Round 37: `--dump=<file>` writes what the points are measured from (each proposal's text, heading, lexicon themes,
// evidence and learned probabilities; the pool of labelled proposals and their near-duplicates) for
// scripts/theme-signals.mjs, which measures new signals without rebuilding the seeds.
const dump = argv("--dump");
if (dump) {
  const { writeFileSync } = await import("node:fs");
  const headingsOf = (en) => proposalHeadings(en.text, en.proposals);
  const out = {
    docs: docs.map((d) => {
      const hs = headingsOf(d.en);
      return {
        set: d.en.set,
        segment: d.en.segment,
        pairs: d.en.pairs,
        labels: d.en.label.proposals.map((p) => p.themes),
        statementLabels: d.en.label.themes,
        extra: d.extra,
        props: d.props.map((pr, i) => ({ text: d.en.proposals[i], heading: hs[i] ?? null, words: pr.words, evidence: Object.fromEntries(pr.evidence), prob: Object.fromEntries(pr.prob[kinds[0]]) })),
      };
    }),
    pool: pool.map((p) => ({ set: p.set, id: p.id, themes: p.themes, terms: p.terms })),
    twins,
  };
  writeFileSync(dump, JSON.stringify(out));
  console.log(`dumped ${docs.length} statements, ${pool.length} labelled proposals to ${dump}`);
  process.exit(0);
}

/** A proposal's themes at an operating point. */
function themesOf(pr, point, statement, set) {
  const out = new Set(pr.words);
  const prob = pr.prob[point.seed];
  // Round 35 (c): per-theme thresholds, learned on the other sets (`point.by(set)` → { slug: [t, tNone] }).
  const by = point.by?.(set);
  for (const [slug, p] of prob) {
    if (out.has(slug)) continue;
    const [t, tNone] = by?.[slug] ?? [point.t, point.tNone];
    if (pr.evidence.has(slug)) {
      if (p >= t) out.add(slug);
    } else if (tNone !== undefined && p >= (point.tPrior !== undefined && statement?.has(slug) ? point.tPrior : tNone)) out.add(slug);
  }
  return [...out];
}

const z = () => ({ tp: 0, fp: 0, fn: 0 });
const cnt = (got, want, into) => {
  for (const t of got) want.includes(t) ? into.tp++ : into.fp++;
  for (const t of want) if (!got.includes(t)) into.fn++;
};
const P = (c) => (100 * c.tp) / Math.max(1, c.tp + c.fp);
const R = (c) => (100 * c.tp) / Math.max(1, c.tp + c.fn);
const F = (c) => (2 * P(c) * R(c)) / Math.max(1e-9, P(c) + R(c));
const f1 = (x) => x.toFixed(1).padStart(5);

export function measure(point) {
  const bySet = new Map();
  for (const d of docs) {
    const s = bySet.get(d.en.set) ?? bySet.set(d.en.set, { pt: z(), st: z() }).get(d.en.set);
    // Round 33, part (b) again: a learned theme without a lexicon word in the proposal is taken at a lower threshold
    // (`tPrior`) when the statement itself has the theme: its text's scan or its segment's topics (`d.prior`).
    let got = d.props.map((pr) => themesOf(pr, point, d.prior, d.en.set));
    // Part (b): the statement as a prior. A theme with a lexicon word (weak ones included) in a proposal is added
    // when at least `prior` other proposals of the statement have it, or (`priorText`) when the statement's own
    // text suggests it (its scan: three wordings, one strong).
    if (point.prior || point.priorText) {
      const first = got;
      got = first.map((list, i) => {
        const out = new Set(list);
        for (const slug of d.props[i].evidence.keys()) {
          if (out.has(slug)) continue;
          const others = first.filter((l, k) => k !== i && l.includes(slug)).length;
          if ((point.prior && others >= point.prior) || (point.priorText && d.extra.includes(slug))) out.add(slug);
        }
        return [...out];
      });
    }
    for (const [i, j] of d.en.pairs) cnt(got[i], d.en.label.proposals[j].themes, s.pt);
    cnt([...new Set([...got.flat(), ...d.extra])], d.en.label.themes, s.st);
  }
  const all = { pt: z(), st: z() };
  for (const s of bySet.values()) for (const k of ["pt", "st"]) for (const f of ["tp", "fp", "fn"]) all[k][f] += s[k][f];
  return { bySet, all };
}

const points = [];
const lex = { name: "lexicon alone", seed: kinds[0], t: 2 };
points.push(lex);
for (const seed of kinds) {
  for (const t of [0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99, 0.995, 0.999]) points.push({ name: `${seed} t=${t}`, seed, t });
  for (const t of [0.9, 0.99]) for (const tNone of [0.99, 0.999, 0.9999]) if (tNone >= t) points.push({ name: `${seed} t=${t} none≥${tNone}`, seed, t, tNone });
}
if (process.argv.includes("--prior"))
  for (const seed of kinds)
    for (const tNone of [undefined, 0.999]) {
      const t = 0.99;
      const tag = `${seed} t=0.99${tNone ? " none≥0.999" : ""}`;
      for (const prior of [1, 2, 3]) points.push({ name: `${tag} prior≥${prior}`, seed, t, tNone, prior });
      points.push({ name: `${tag} prior text`, seed, t, tNone, priorText: true });
    }
if (process.argv.includes("--alone"))
  // Round 33, part (c): the curve of the no-word threshold (\`LEARNING.thresholdAlone\`) and of the blend point, and
  // the statement's themes as a prior for the no-word rule (tPrior).
  for (const seed of kinds) {
    for (const t of [0.9, 0.95, 0.99, 0.995, 0.999])
      for (const tNone of [0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999]) if (tNone >= t) points.push({ name: `${seed} t=${t} none≥${tNone}`, seed, t, tNone });
    for (const tPrior of [0.9, 0.95, 0.98, 0.99, 0.995]) points.push({ name: `${seed} t=0.99 none≥0.999 prior≥${tPrior}`, seed, t: 0.99, tNone: 0.999, tPrior });
    for (const tPrior of [0.95, 0.99]) points.push({ name: `${seed} t=0.99 none≥0.9999 prior≥${tPrior}`, seed, t: 0.99, tNone: 0.9999, tPrior });
  }
const base = process.argv.includes("--alone")
  ? { name: "shipped (all, 0.99, none≥0.999)", seed: kinds.includes("all") ? "all" : kinds[0], t: 0.99, tNone: 0.999 }
  : { name: "shipped (old seed, 0.99)", seed: kinds.includes("old") ? "old" : kinds[0], t: 0.99 };
const baseRun = measure(base);
if (process.argv.includes("--per-theme")) {
  // Round 35 (c): per theme, P / R per proposal at the shipped point across the sets measured; then thresholds per
  // theme, each chosen on the other sets only (maximising tp − λ·fp of that theme there), measured on the set.
  const grid = [];
  for (const t of [0.5, 0.8, 0.9, 0.95, 0.99, 0.995, 0.999, 2]) for (const tNone of [0.99, 0.995, 0.998, 0.999, 0.9995, 0.9999, 2]) if (tNone >= t || tNone === 2) grid.push([t, tNone]);
  const slugs = context.themes;
  // counts[set][slug][g] = { tp, fp, fn } per proposal for that theme alone at grid point g.
  const counts = new Map();
  for (const d of docs) {
    const per = counts.get(d.en.set) ?? counts.set(d.en.set, Object.fromEntries(slugs.map((s) => [s, grid.map(() => z())]))).get(d.en.set);
    grid.forEach(([t, tNone], g) => {
      for (const [i, j] of d.en.pairs) {
        const got = themesOf(d.props[i], { seed: base.seed, t, tNone: tNone === 2 ? undefined : tNone }, null, null);
        const want = d.en.label.proposals[j].themes;
        for (const s of slugs) { const c = per[s][g]; const a = got.includes(s), b = want.includes(s); if (a && b) c.tp++; else if (a) c.fp++; else if (b) c.fn++; }
      }
    });
  }
  const sets = [...counts.keys()];
  const g0 = grid.findIndex(([t, n]) => t === 0.99 && n === 0.999);
  console.log(`\nper theme at the shipped point (sets: ${sets.join(", ")}): labelled, P / R`);
  for (const s of slugs) { const c = z(); for (const set of sets) for (const f of ["tp", "fp", "fn"]) c[f] += counts.get(set)[s][g0][f]; console.log(`${s.padEnd(34)} ${String(c.tp + c.fn).padStart(4)}  ${f1(P(c))} / ${f1(R(c))}`); }
  const table = argv("--table");
  if (table) {
    // A fixed table of per-theme thresholds ({ slug: [t, tNone] }, 2 = never), as learned.ts ships it.
    const tables = [JSON.parse(table)].flat();
    for (const [k, one] of tables.entries()) {
    const fixed = Object.fromEntries(Object.entries(one).map(([s, [t, n]]) => [s, [t, n === 2 ? undefined : n]]));
    const point = { name: `fixed table ${k + 1}`, seed: base.seed, t: 0.99, tNone: 0.999, by: () => fixed };
    const { bySet, all } = measure(point);
    console.log(`${point.name.padEnd(30)}  ${f1(P(all.pt))} / ${f1(R(all.pt))}  ${f1(F(all.pt))}   ${f1(P(all.st))} / ${f1(R(all.st))}  ${f1(F(all.st))}`);
    for (const set of sets) { const x = bySet.get(set), b = baseRun.bySet.get(set); console.log(`   ${set.padEnd(10)} ${f1(P(b.pt))}/${f1(R(b.pt))} → ${f1(P(x.pt))}/${f1(R(x.pt))}`); }
    }
  }
  for (const lambda of process.argv.includes("--no-lambda") ? [] : [0.5, 0.75, 1, 1.5, 2, 3]) {
    const chosen = new Map();
    for (const set of sets) {
      const by = {};
      for (const s of slugs) {
        let best = g0, score = -Infinity;
        grid.forEach((_, g) => { let v = 0; for (const o of sets) if (o !== set) { const c = counts.get(o)[s][g]; v += c.tp - lambda * c.fp; } if (v > score + 1e-9 || (Math.abs(v - score) < 1e-9 && g === g0)) (score = v, best = g); });
        by[s] = [grid[best][0], grid[best][1] === 2 ? undefined : grid[best][1]];
      }
      chosen.set(set, by);
    }
    const point = { name: `per theme λ=${lambda}`, seed: base.seed, t: 0.99, tNone: 0.999, by: (set) => chosen.get(set) };
    const { bySet, all } = measure(point);
    const losing = [...bySet].filter(([set, s]) => { const b = baseRun.bySet.get(set).pt; return P(s.pt) < P(b) - 1 || R(s.pt) < R(b) - 1; }).map(([set]) => set);
    console.log(`${point.name.padEnd(30)}  ${f1(P(all.pt))} / ${f1(R(all.pt))}  ${f1(F(all.pt))}   ${f1(P(all.st))} / ${f1(R(all.st))}  ${f1(F(all.st))}   ${losing.length} ${losing.join(", ")}`);
    if (process.argv.includes("--per-set")) for (const set of sets) { const s = bySet.get(set), b = baseRun.bySet.get(set); console.log(`   ${set.padEnd(10)} ${f1(P(b.pt))}/${f1(R(b.pt))} → ${f1(P(s.pt))}/${f1(R(s.pt))}`); }
    if (process.argv.includes("--learn")) {
      // The thresholds chosen on every set measured (what would ship), as a table.
      const by = {};
      for (const s of slugs) {
        let best = g0, score = -Infinity;
        grid.forEach((_, g) => { let v = 0; for (const o of sets) { const c = counts.get(o)[s][g]; v += c.tp - lambda * c.fp; } if (v > score + 1e-9 || (Math.abs(v - score) < 1e-9 && g === g0)) (score = v, best = g); });
        by[s] = grid[best];
      }
      console.log(`   learned on all ${sets.length} sets: ${JSON.stringify(by)}`);
    }
    const last = chosen.get(sets[sets.length - 1]);
    console.log(`   thresholds (without ${sets[sets.length - 1]}): ${slugs.map((s) => `${s} ${last[s][0]}/${last[s][1] ?? "-"}`).join("; ")}`);
  }
}
console.log(`${docs.length} statements${read ? ` read (${read})` : " (labels' texts, proxy)"}; seeds: ${kinds.join(", ")}\n`);
console.log(`${"operating point".padEnd(30)}  per proposal P / R    F1    per statement P / R   F1   sets losing > 1 P or R per proposal`);
for (const point of points) {
  const { bySet, all } = measure(point);
  const losing = [...bySet].filter(([set, s]) => { const b = baseRun.bySet.get(set).pt; return P(s.pt) < P(b) - 1 || R(s.pt) < R(b) - 1; }).map(([set]) => set);
  console.log(`${point.name.padEnd(30)}  ${f1(P(all.pt))} / ${f1(R(all.pt))}  ${f1(F(all.pt))}   ${f1(P(all.st))} / ${f1(R(all.st))}  ${f1(F(all.st))}   ${losing.length} ${losing.slice(0, 6).join(", ")}`);
}
if (process.argv.includes("--per-set")) {
  const names = (argv("--points") ?? "").split(";").filter(Boolean);
  const chosen = [base, ...points.filter((p) => names.includes(p.name))];
  console.log(`\nper set, per proposal P / R (then per statement): ${chosen.map((p) => p.name).join(" | ")}`);
  const runs = chosen.map((p) => measure(p));
  for (const set of baseRun.bySet.keys()) console.log(`${set.padEnd(14)} ${runs.map((r) => { const s = r.bySet.get(set); return `${f1(P(s.pt))}/${f1(R(s.pt))} (${f1(P(s.st))}/${f1(R(s.st))})`; }).join("  ")}`);
}
