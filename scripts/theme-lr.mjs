// Round 44 (docs/intake.md, "Round 44: themes"): a discriminative model beside the naive Bayes seed, measured leave one
// set out. Logistic regression, one-vs-rest per theme, L2, trained by plain SGD (fixed order, deterministic) on the
// terms the seed keeps (learned.ts `terms`, names and places taken out as theme-seed.mjs does, a term kept when it is
// in proposals of ≥ 3 statements from ≥ 2 sets and holds no banned word), for each set a model learned without it (nor
// any near-duplicate of its proposals). Reads what `scripts/theme-sweep.mjs --seed=all --dump=<file>` wrote (the
// lexicon's themes, evidence and the seed's probabilities per proposal, the pool of labelled proposals and their
// near-duplicates) and compares, per proposal P / R, the shipped decision (lexicon + seed at `THEME_THRESHOLDS`,
// `withNeighbours`, `withLikeliest`) with (a) the LR alone and the lexicon + LR, and (b) the shipped decision plus a
// theme whenever the LR's probability is ≥ t (with a lexicon word) or ≥ tNone (without), t chosen on the other sets;
// and (c, `--stack`) a second, small logistic regression per theme over [seed NB logit, LR logit, lexicon theme,
// lexicon word, shipped theme] learned on the other sets' leave-one-set-out scores, a theme kept at p ≥ t (t chosen on
// the other sets: the most recall there at the shipped precision there); `--stack-nolr` leaves the LR logit out.
//
//   node --import ./scripts/ts-resolve.mjs scripts/theme-lr.mjs <dump.json> [--also=<older sets' dump>] [--filter=3,2]
//     [--epochs=12] [--l2=1e-4] [--rate=0.2] [--scale] [--stack [--stack-nolr] [--keep-lexicon] [--stack-all] [--weights]] [--size] [--per-set] [--verbose]
// (the dumps: `theme-sweep.mjs --seed=all --sets="blind 15,…,blind 41" --dump=<file>`, and the same for the older sets)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { terms, THEME_THRESHOLDS, LEARNING } from "../worker/intake/learned.ts";
import { LIKELIEST_FLOOR, LIKELIEST_THEMES, NEIGHBOUR_FLOOR } from "../worker/intake/themes.ts";
import { THEMES } from "../worker/seed/taxonomy.ts";
import { fold } from "../worker/intake/markers.ts";
import { LATER_SETS, namesOf, SETS } from "./theme-seed.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test/fixtures/intake");
const argv = (name) => process.argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
const [minStatements, minSets] = (argv("--filter") ?? "3,2").split(",").map(Number);
const EPOCHS = Number(argv("--epochs") ?? 12);
const L2 = Number(argv("--l2") ?? 1e-4);
const RATE = Number(argv("--rate") ?? 0.2);
const SCALE = process.argv.includes("--scale"); // features scaled by 1/√(number present)
const slugs = THEMES.map((t) => t.slug);
const T = slugs.length;

const dump = JSON.parse(readFileSync(process.argv[2], "utf8"));
// `--also=<dump>`: older sets, scored by LR models learned without each and by the stacker learned on the main dump's sets.
if (argv("--also")) for (const d of JSON.parse(readFileSync(argv("--also"), "utf8")).docs) dump.docs.push({ ...d, older: true });
// The statements in the order theme-sweep.mjs read them (its pool is in that order), for each proposal's own organization.
const LATER = [...LATER_SETS, ...Array.from({ length: 20 }, (_, i) => [`blind ${i + 7 + LATER_SETS.length}`, `blind-${i + 7 + LATER_SETS.length}`])];
const statements = [];
for (const [set, folder] of [...SETS, ...LATER]) {
  const path = join(dir, folder);
  if (!existsSync(path)) continue;
  for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) statements.push({ set, id: `${set}/${name}`, label: JSON.parse(readFileSync(join(path, name), "utf8")) });
}
const { banned } = namesOf(statements);
const tokens = (s) => fold(s ?? "").match(/\p{L}{3,}/gu) ?? [];
const owns = [];
for (const s of statements) {
  const own = new Set([...tokens(s.label.organization?.name), ...tokens(s.label.organization?.acronym)]);
  for (const _ of s.label.proposals) owns.push(own);
}
const pool = dump.pool;
if (owns.length !== pool.length) throw new Error(`pool ${pool.length} ≠ ${owns.length}`);
const twins = dump.twins;

/** A model learned without `leftOut`: { features: Map term → index, w: Float64Array(F × T), b: Float64Array(T) }. */
function train(leftOut) {
  const learned = [];
  const seen = new Set();
  for (let i = 0; i < pool.length; i++) {
    if (pool[i].set === leftOut) continue;
    if (twins[i].some((j) => seen.has(j) || pool[j].set === leftOut)) continue;
    seen.add(i);
    learned.push(i);
  }
  const where = new Map();
  for (const i of learned) {
    const p = pool[i];
    for (const term of p.terms) {
      const at = where.get(term) ?? where.set(term, { st: new Set(), sets: new Set() }).get(term);
      if (term.split(" ").some((t) => owns[i].has(t))) continue;
      at.st.add(p.id);
      at.sets.add(p.set);
    }
  }
  const features = new Map();
  for (const [term, at] of [...where].sort((a, b) => a[0].localeCompare(b[0])))
    if (at.st.size >= minStatements && at.sets.size >= minSets && !term.split(" ").some((t) => banned.has(t))) features.set(term, features.size);
  const F = features.size;
  const X = learned.map((i) => Int32Array.from(pool[i].terms.map((t) => features.get(t)).filter((f) => f !== undefined)));
  const Y = learned.map((i) => slugs.map((s) => (pool[i].themes.includes(s) ? 1 : 0)));
  const w = new Float64Array(F * T);
  const b = new Float64Array(T);
  // Bias starts at each theme's log-odds.
  for (let t = 0; t < T; t++) {
    const yes = Y.reduce((n, y) => n + y[t], 0);
    b[t] = Math.log((yes + 1) / (Y.length - yes + 1));
  }
  const N = X.length;
  const order = Array.from({ length: N }, (_, i) => i);
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const z = new Float64Array(T);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = N - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const eta = RATE / (1 + epoch);
    for (const n of order) {
      const x = X[n];
      const v = SCALE && x.length ? 1 / Math.sqrt(x.length) : 1;
      for (let t = 0; t < T; t++) z[t] = b[t];
      for (const f of x) for (let t = 0, o = f * T; t < T; t++) z[t] += v * w[o + t];
      for (let t = 0; t < T; t++) {
        const g = 1 / (1 + Math.exp(-z[t])) - Y[n][t];
        z[t] = eta * g;
        b[t] -= eta * g;
      }
      for (const f of x) for (let t = 0, o = f * T; t < T; t++) w[o + t] -= v * z[t];
    }
    const decay = Math.exp(-eta * L2 * N);
    for (let k = 0; k < w.length; k++) w[k] *= decay;
  }
  return { features, w, b };
}

function predict(model, text) {
  const x = [...new Set([...terms(text)].map((t) => model.features.get(t)).filter((f) => f !== undefined))];
  const v = SCALE && x.length ? 1 / Math.sqrt(x.length) : 1;
  const out = {};
  for (let t = 0; t < T; t++) {
    let z = model.b[t];
    for (const f of x) z += v * model.w[f * T + t];
    out[slugs[t]] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

// `--size`: the model learned from every set, and how large its weights would be as text (2 decimals, zeros left out).
if (process.argv.includes("--size")) {
  const m = train(null);
  let kept = 0, chars = 0;
  for (const [term, f] of m.features) {
    const line = slugs.map((_, t) => Math.round(100 * m.w[f * T + t])).map((v, t) => (v ? `${t.toString(36)}:${v}` : "")).filter(Boolean);
    kept += line.length;
    if (line.length) chars += term.length + 2 + line.join(" ").length;
  }
  console.log(`LR from every set: ${m.features.size} terms, ${kept} weights ≠ 0 at 2 decimals, ~${Math.round(chars / 1024)} KB as text`);
  process.exit(0);
}
const sets = [...new Set(dump.docs.filter((d) => !d.older).map((d) => d.set))];
const olderSets = [...new Set(dump.docs.filter((d) => d.older).map((d) => d.set))];
const started = Date.now();
for (const set of [...sets, ...olderSets]) {
  const model = train(set);
  for (const d of dump.docs) if (d.set === set) for (const pr of d.props) pr.lr = predict(model, pr.text);
  if (process.argv.includes("--verbose")) console.error(`${set}: ${model.features.size} features, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// The shipped decision, from the dump: lexicon (with heading), the seed at its per-theme thresholds, neighbours, likeliest.
const thr = (slug) => THEME_THRESHOLDS[slug] ?? [LEARNING.threshold, LEARNING.thresholdAlone];
function shipped(d) {
  const own = d.props.map((pr) => {
    const out = new Set(pr.words);
    for (const [slug, p] of Object.entries(pr.prob)) {
      if (out.has(slug)) continue;
      const [t, tNone] = thr(slug);
      if (p >= (slug in pr.evidence ? t : tNone)) out.add(slug);
    }
    return out;
  });
  const neighboured = own.map((out, i) => {
    if (i === 0 || i === own.length - 1) return out;
    const next = new Set(out);
    for (const [slug, p] of Object.entries(d.props[i].prob)) if (p >= NEIGHBOUR_FLOOR && own[i - 1].has(slug) && own[i + 1].has(slug)) next.add(slug);
    return next;
  });
  return neighboured.map((out, i) => {
    if (out.size) return out;
    const top = Object.entries(d.props[i].prob).sort((a, b) => b[1] - a[1])[0];
    return top && top[1] >= LIKELIEST_FLOOR && LIKELIEST_THEMES.has(top[0]) ? new Set([top[0]]) : out;
  });
}
for (const d of dump.docs) d.base = shipped(d);

const z = () => ({ tp: 0, fp: 0, fn: 0 });
const P = (c) => (100 * c.tp) / Math.max(1, c.tp + c.fp);
const R = (c) => (100 * c.tp) / Math.max(1, c.tp + c.fn);
const F = (c) => (2 * P(c) * R(c)) / Math.max(1e-9, P(c) + R(c));
const f1 = (x) => x.toFixed(1).padStart(5);
/** Per set and overall per proposal counts of a decision (`decide(d, i)` → Set of a proposal's themes). */
function measure(decide, only = sets) {
  const bySet = new Map();
  for (const d of dump.docs) {
    if (!only.includes(d.set)) continue;
    const c = bySet.get(d.set) ?? bySet.set(d.set, z()).get(d.set);
    const got = d.props.map((_, i) => decide(d, i));
    for (const [i, j] of d.pairs) {
      const want = d.labels[j];
      for (const t of got[i]) want.includes(t) ? c.tp++ : c.fp++;
      for (const t of want) if (!got[i].has(t)) c.fn++;
    }
  }
  const all = z();
  for (const c of bySet.values()) for (const k of ["tp", "fp", "fn"]) all[k] += c[k];
  return { bySet, all };
}
/** The counts of `run` summed over `list` of sets. */
const sum = (run, list) => { const c = z(); for (const set of list) { const x = run.bySet.get(set); if (x) for (const k of ["tp", "fp", "fn"]) c[k] += x[k]; } return c; };
const show = (name, { all }, extra = "") => console.log(`${name.padEnd(36)} ${f1(P(all))} / ${f1(R(all))}  F ${f1(F(all))}  +${all.tp - baseAll.tp} tp  ${all.fp - baseAll.fp >= 0 ? "+" : ""}${all.fp - baseAll.fp} fp ${extra}`);

const base = measure((d, i) => d.base[i]);
const baseAll = base.all;
console.log(`${dump.docs.length} statements, sets: ${sets.join(", ")}; filter ${minStatements}/${minSets}, epochs ${EPOCHS}, l2 ${L2}, rate ${RATE}${SCALE ? ", scaled" : ""}`);
show("shipped (lexicon + NB seed)", base);
show("lexicon alone", measure((d, i) => new Set(d.props[i].words)));
// (a) the LR alone, and the lexicon + LR (in place of the NB seed).
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) show(`LR alone p ≥ ${t}`, measure((d, i) => new Set(Object.entries(d.props[i].lr).filter(([, p]) => p >= t).map(([s]) => s))));
for (const t of [0.3, 0.5, 0.7]) show(`lexicon + LR p ≥ ${t}`, measure((d, i) => new Set([...d.props[i].words, ...Object.entries(d.props[i].lr).filter(([, p]) => p >= t).map(([s]) => s)])));
// (a') the lexicon + LR gated as the seed is (t with a lexicon word, tNone without), in place of the NB seed.
for (const [t, tNone] of [[0.3, 0.6], [0.3, 0.8], [0.4, 0.6], [0.4, 0.8], [0.5, 0.8], [0.3, 2], [0.4, 2]])
  show(`lexicon + LR gated t=${t} none≥${tNone}`, measure((d, i) => { const out = new Set(d.props[i].words); for (const [s, p] of Object.entries(d.props[i].lr)) if (p >= (s in d.props[i].evidence ? t : tNone)) out.add(s); return out; }));
// (b) shipped + LR: a theme added at p ≥ t with a lexicon word, ≥ tNone without.
const blend = (t, tNone) => (d, i) => {
  const out = new Set(d.base[i]);
  const ev = d.props[i].evidence;
  for (const [s, p] of Object.entries(d.props[i].lr)) if (p >= (s in ev ? t : tNone)) out.add(s);
  return out;
};
const grid = [];
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2]) for (const tNone of [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2]) if (tNone >= t || tNone === 2) grid.push([t, tNone]);
const runs = grid.map(([t, tNone]) => ({ t, tNone, run: measure(blend(t, tNone)) }));
for (const { t, tNone, run } of runs) show(`shipped + LR t=${t} none≥${tNone}`, run);
// t chosen on the other sets: the point with the best F1 per proposal there (or the most recall with P ≥ base P there).
for (const rule of ["F1", "P≥base"]) {
  const chosen = new Map();
  for (const set of sets) {
    const sum = (run) => { const c = z(); for (const [s, x] of run.bySet) if (s !== set) for (const k of ["tp", "fp", "fn"]) c[k] += x[k]; return c; };
    const b = sum(base);
    let best = null, score = -Infinity;
    for (const r of runs) {
      const c = sum(r.run);
      const v = rule === "F1" ? F(c) : P(c) >= P(b) ? R(c) : -Infinity;
      if (v > score) (score = v, best = r);
    }
    chosen.set(set, best);
  }
  const run = measure((d, i) => blend(chosen.get(d.set).t, chosen.get(d.set).tNone)(d, i));
  show(`shipped + LR, t by ${rule} on the others`, run, `(${[...new Set([...chosen.values()].map((r) => `${r.t}/${r.tNone}`))].join(", ")})`);
  if (process.argv.includes("--per-set")) for (const set of sets) { const x = run.bySet.get(set), y = base.bySet.get(set); console.log(`   ${set.padEnd(12)} ${f1(P(y))}/${f1(R(y))} → ${f1(P(x))}/${f1(R(x))}  (${chosen.get(set).t}/${chosen.get(set).tNone})`); }
}
// (c) stacking: per theme, a small logistic regression over [seed NB logit, LR logit, lexicon theme, lexicon word,
// shipped theme] learned on the other sets' (leave-one-set-out) scores, the set then scored by it; a theme kept at p ≥ t.
if (process.argv.includes("--stack")) {
  const noLR = process.argv.includes("--stack-nolr");
  const logit = (p) => { const q = Math.max(1e-6, Math.min(1 - 1e-6, p)); return Math.log(q / (1 - q)); };
  const rows = [];
  for (const d of dump.docs) {
    for (const [i, j] of d.pairs) {
      const pr = d.props[i];
      for (const s of slugs) rows.push({ set: d.set, older: !!d.older, d, i, s, y: d.labels[j].includes(s) ? 1 : 0, x: [1, logit(pr.prob[s] ?? 0) / 5, noLR ? 0 : logit(pr.lr[s]) / 5, pr.words.includes(s) ? 1 : 0, s in pr.evidence ? 1 : 0, d.base[i].has(s) ? 1 : 0] });
    }
  }
  const K = rows[0].x.length;
  const fit = (train) => {
    const w = Object.fromEntries(slugs.map((s) => [s, new Float64Array(K)]));
    for (const s of slugs) {
      const ws = w[s], rs = train.filter((r) => r.s === s);
      for (let step = 0; step < 300; step++) {
        const g = new Float64Array(K);
        for (const r of rs) { let z = 0; for (let k = 0; k < K; k++) z += ws[k] * r.x[k]; const e = 1 / (1 + Math.exp(-z)) - r.y; for (let k = 0; k < K; k++) g[k] += e * r.x[k]; }
        for (let k = 0; k < K; k++) ws[k] -= g[k] / Math.max(1, rs.length) + 1e-3 * ws[k] * (k > 0);
      }
    }
    return w;
  };
  const apply = (w, r) => { let z = 0; for (let k = 0; k < K; k++) z += w[r.s][k] * r.x[k]; r.d.stack ??= {}; (r.d.stack[r.i] ??= {})[r.s] = 1 / (1 + Math.exp(-z)); };
  // `--stack-all`: the stacker learned leave one set out over the older sets too (as a shipped one would learn every set).
  const everyOne = process.argv.includes("--stack-all");
  const main = everyOne ? rows : rows.filter((r) => !r.older);
  for (const set of everyOne ? [...sets, ...olderSets] : sets) { const w = fit(main.filter((r) => r.set !== set)); for (const r of main) if (r.set === set) apply(w, r); }
  if (olderSets.length && !everyOne) { const w = fit(main); for (const r of rows) if (r.older) apply(w, r); }
  const sp = (d, i, s) => d.stack?.[i]?.[s] ?? 0;
  // `--keep-lexicon`: the lexicon's own themes (words, heading, countries) stay whatever the stack says.
  const keep = process.argv.includes("--keep-lexicon");
  const alone = (t) => (d, i) => new Set([...(keep ? d.props[i].words : []), ...slugs.filter((s) => sp(d, i, s) >= t)]);
  const ts = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
  const tag = `${noLR ? "stack without LR" : "stack"}${keep ? " + lexicon" : ""}`;
  const all = [...sets, ...olderSets];
  const curves = ts.map((t) => ({ t, run: measure(alone(t), all) }));
  for (const { t, run } of curves) show(`${tag} alone p ≥ ${t}`, { all: sum(run, sets) }, olderSets.length ? `   older: ${f1(P(sum(run, olderSets)))} / ${f1(R(sum(run, olderSets)))}` : "");
  // t chosen on the other sets: the most recall there with P ≥ the shipped P there.
  const b = measure((d, i) => d.base[i], all);
  const pick = (others) => { let best = ts[ts.length - 1], score = -Infinity; const pb = P(sum(b, others)); for (const { t, run } of curves) { const c = sum(run, others); if (P(c) >= pb && R(c) > score) (score = R(c), best = t); } return best; };
  const chosen = new Map(sets.map((set) => [set, pick(sets.filter((x) => x !== set))]));
  const tOld = pick(sets);
  for (const set of olderSets) chosen.set(set, tOld);
  const run = measure((d, i) => alone(chosen.get(d.set))(d, i), all);
  show(`${tag} alone, t on the others`, { all: sum(run, sets) }, `(${[...new Set(sets.map((s) => chosen.get(s)))].join(", ")}; older at ${tOld})`);
  const line = (set) => { const x = run.bySet.get(set), y = b.bySet.get(set); return `   ${set.padEnd(12)} ${f1(P(y))}/${f1(R(y))} → ${f1(P(x))}/${f1(R(x))}  (${chosen.get(set)})`; };
  if (process.argv.includes("--per-set")) for (const set of all) console.log(line(set));
  if (olderSets.length) { const x = sum(run, olderSets), y = sum(b, olderSets); console.log(`older sets: shipped ${f1(P(y))} / ${f1(R(y))} → ${tag} ${f1(P(x))} / ${f1(R(x))}`); }
  if (process.argv.includes("--weights")) { const w = fit(main); for (const s of slugs) console.log(`   ${s.padEnd(30)} ${[...w[s]].map((v) => v.toFixed(2)).join(" ")}`); }
}
console.error(`${((Date.now() - started) / 1000).toFixed(0)} s`);
