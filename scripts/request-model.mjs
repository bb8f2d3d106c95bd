// Round 23: the request classifier's table. From every labelled statement (test/fixtures/intake/, read
// through the intake once: scripts/request-corpus.mjs), each sentence of its text (split as the rules
// split: `sentences` of proposals.ts) is labelled a request when it lies inside a labelled proposal;
// features as request-model.ts reads them (folded words, adjacent pairs, shape), kept only when
// general: seen in 3 statements or more, of 2 sets or more, with no word of a labelled acronym or
// speaker's name or of a place (`namesOf` of scripts/theme-seed.mjs), a capitalised word being
// already "qqname". Then an
// L2-regularised logistic regression, plain and deterministic (fixed order, full-batch steps, a
// fixed number of them), and the strongest features kept.
//
//   node --import ./scripts/ts-resolve.mjs scripts/request-model.mjs --write            writes worker/intake/request-weights.ts
//   node --import ./scripts/ts-resolve.mjs scripts/request-model.mjs --check            the shipped table is what this builds
//   node --import ./scripts/ts-resolve.mjs scripts/request-model.mjs --without="blind 18,blind 17"   trains without those sets (prints)
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sentences } from "../worker/intake/proposals.ts";
import { requestFeatures } from "../worker/intake/request-model.ts";
import { REQUEST_WEIGHTS } from "../worker/intake/request-weights.ts";
import { fold } from "../worker/intake/markers.ts";
import { labelledStatements, namesOf } from "./theme-seed.mjs";
import { ALL_SETS, readCorpus } from "./request-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The training settings (chosen once, before measuring; see docs/intake.md). */
export const TRAIN = { lambda: 1e-4, steps: 400, rate: 0.5, keep: 1500, minStatements: 3, minSets: 2, minWords: 4 };

const words = (s) => fold(s ?? "").match(/[\p{L}\p{N}]+/gu) ?? [];

/** A sentence lies inside a labelled proposal: its words in a row in one (or, when it opens with up to three words the label left out, "First, …", the rest, of five words or more). */
export function insideProposal(sentence, labels) {
  const w = words(sentence);
  const texts = labels.map((l) => ` ${words(l).join(" ")} `);
  for (let cut = 0; cut <= 3 && w.length - cut >= (cut ? 5 : 1); cut++) {
    const s = ` ${w.slice(cut).join(" ")} `;
    if (texts.some((t) => t.includes(s))) return true;
  }
  return false;
}

/** The labelled sentences of a statement's text: { feats, y, text }, sentences of 4 to 80 words. */
export function sentencesOf(entry) {
  const out = [];
  for (const paragraph of entry.text.split(/\n{2,}/)) {
    const flat = paragraph.replace(/\n/g, " ").replace(/\s+/g, " ").trim();
    if (!flat) continue;
    const parts = sentences(flat);
    parts.forEach((s, i) => {
      const n = words(s).length;
      if (n < TRAIN.minWords || n > 80) return;
      out.push({ text: s.trim(), y: insideProposal(s, entry.labels) ? 1 : 0, feats: requestFeatures(s, { first: i === 0, last: i === parts.length - 1 }) });
    });
  }
  return out;
}

/**
 * Every word of a labelled organization's acronym, a speaker's name, a place (theme-seed's `namesOf`): no feature may hold one.
 * Round 24: of every set the table learns from (ALL_SETS), not only the theme seed's sets.
 */
function bannedWords() {
  const seen = new Set(labelledStatements().map((s) => s.id));
  const more = [];
  for (const [set, folder] of ALL_SETS) {
    const path = join(root, "test/fixtures/intake", folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) {
      if (!seen.has(`${set}/${name}`)) more.push({ set, id: `${set}/${name}`, label: JSON.parse(readFileSync(join(path, name), "utf8")) });
    }
  }
  const { banned } = namesOf([...labelledStatements(), ...more]);
  return banned;
}

/** Round 33: a statement's sentences and the banned words read once per process (leave one set out trains 16 times on the same readings; same result). */
const sentencesCache = new WeakMap();
const sentencesOnce = (e) => {
  if (!sentencesCache.has(e)) sentencesCache.set(e, sentencesOf(e));
  return sentencesCache.get(e);
};
let bannedCache = null;
const bannedOnce = () => (bannedCache ??= bannedWords());

/**
 * Trains on the statements of `corpus` (one reading per statement) not in `without` (set names):
 * returns { bias, w } with at most TRAIN.keep features, the strongest by |weight|, rounded.
 */
export function train(corpus, without = [], banned = bannedOnce()) {
  const entries = corpus.filter((e) => e.first && !without.includes(e.set));
  const rows = [];
  const where = new Map(); // feature → { statements: Set, sets: Set }
  for (const e of entries) {
    for (const r of sentencesOnce(e)) {
      rows.push(r);
      for (const f of r.feats) {
        if (!where.has(f)) where.set(f, { statements: new Set(), sets: new Set() });
        where.get(f).statements.add(e.id);
        where.get(f).sets.add(e.set);
      }
    }
  }
  const general = (f) => {
    const at = where.get(f);
    if (at.statements.size < TRAIN.minStatements || at.sets.size < TRAIN.minSets) return false;
    return !f.replace(/^\w+:/, "").split(" ").some((t) => banned.has(t));
  };
  const names = [...where.keys()].filter(general).sort();
  const index = new Map(names.map((f, k) => [f, k]));
  const X = rows.map((r) => r.feats.filter((f) => index.has(f)).map((f) => index.get(f)));
  const Y = rows.map((r) => r.y);
  const w = new Float64Array(names.length);
  let bias = 0;
  // Full-batch gradient steps with a per-feature step size (AdaGrad): deterministic, no sampling.
  const g2 = new Float64Array(names.length);
  let b2 = 0;
  const n = rows.length;
  for (let step = 0; step < TRAIN.steps; step++) {
    const grad = new Float64Array(names.length);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = bias;
      for (const k of X[i]) z += w[k];
      const d = 1 / (1 + Math.exp(-z)) - Y[i];
      gb += d;
      for (const k of X[i]) grad[k] += d;
    }
    for (let k = 0; k < names.length; k++) {
      const g = grad[k] / n + TRAIN.lambda * w[k];
      g2[k] += g * g;
      w[k] -= (TRAIN.rate * g) / (Math.sqrt(g2[k]) + 1e-8);
    }
    b2 += (gb / n) ** 2;
    bias -= (TRAIN.rate * gb) / n / (Math.sqrt(b2) + 1e-8);
  }
  const kept = names.map((f, k) => [f, Math.round(w[k] * 1000) / 1000]).filter(([, v]) => v !== 0);
  kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  const top = kept.slice(0, TRAIN.keep).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { bias: Math.round(bias * 1000) / 1000, w: Object.fromEntries(top), sentences: n, positives: Y.reduce((a, b) => a + b, 0), features: names.length };
}

/** The corpus: .notes/request-corpus*.json when read already, else read now (minutes). */
export async function corpus() {
  const files = ["request-corpus.json", "request-corpus-0.json", "request-corpus-1.json"].map((f) => join(root, ".notes", f)).filter(existsSync);
  if (files.length && !process.argv.includes("--fresh")) return files.flatMap((f) => JSON.parse(readFileSync(f, "utf8")));
  return readCorpus(ALL_SETS);
}

/** The generated module's text. */
export function encode(model) {
  const body = Object.entries(model.w).map(([f, v]) => `${JSON.stringify(f)}:${v}`).join(",");
  return `// Generated by \`node --import ./scripts/ts-resolve.mjs scripts/request-model.mjs --write\` (round 23): do not edit.
// ${model.sentences} sentences of every labelled set (${model.positives} inside a labelled proposal), ${model.features} general features (3+ statements, 2+ sets, no name),
// L2-regularised logistic regression; the ${Object.keys(model.w).length} strongest kept. See docs/intake.md, "Round 23: a learned request classifier".
import type { RequestWeights } from "./request-model.ts";
/** The request classifier's table (round 23): see scripts/request-model.mjs. */
export const REQUEST_WEIGHTS: RequestWeights = { bias: ${model.bias}, w: {${body}} };
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const without = process.argv.find((a) => a.startsWith("--without="))?.slice(10).split(",").map((s) => s.trim()) ?? [];
  const model = train(await corpus(), without);
  const file = join(root, "worker/intake/request-weights.ts");
  if (process.argv.includes("--write")) writeFileSync(file, encode(model));
  else if (process.argv.includes("--check")) {
    const same = JSON.stringify(REQUEST_WEIGHTS) === JSON.stringify({ bias: model.bias, w: model.w });
    console.log(same ? "request-weights.ts is what the script builds" : "request-weights.ts differs from what the script builds: run --write");
    process.exit(same ? 0 : 1);
  } else {
    console.log(`${model.sentences} sentences, ${model.positives} positive, ${model.features} general features; bias ${model.bias}`);
    for (const [f, v] of Object.entries(model.w).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(3).padStart(7)}  ${f}`);
  }
}
