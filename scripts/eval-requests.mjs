// Round 23: the request classifier measured leave one set out. For each of blind 10 … blind 18: the
// table trained WITHOUT that set (scripts/request-model.mjs `train`), then that set's proposal
// boundaries (precision, recall, F1; all statements and the prose-only ones) with the rules alone and
// with the blend (request-model.ts `withRequests`: the rules' proposals, and each candidate sentence of
// prose scored at or above a threshold). Candidates and the rules' proposals come from one reading of
// each statement through the intake (scripts/request-corpus.mjs, kept in .notes/), so thresholds and
// gates are compared in seconds. The threshold is also chosen honestly: for each set, the one best
// on the OTHER eight sets (nested), then applied to it.
//
//   node --import ./scripts/ts-resolve.mjs scripts/eval-requests.mjs [--gate=plan|beside|none|few] [--thresholds=0.5,0.7,0.9]
import { readFileSync } from "node:fs";
import { notOurRequest, reasonBeside, requestFeatures, requestScore } from "../worker/intake/request-model.ts";

const nowhere = { first: false, last: false };
import { MEASURED } from "./request-corpus.mjs";
import { TRAIN, corpus, train } from "./request-model.mjs";
import { norm, sameProposal } from "./proposal-match.mjs";

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
/** Counts one statement's proposals against its labels (greedy one-to-one in order, as eval:intake). */
function score(got, labels, into) {
  const used = new Set();
  let tp = 0;
  for (const g of got) {
    const j = labels.findIndex((l, k) => !used.has(k) && sameProposal(g, l));
    if (j >= 0) (used.add(j), tp++);
  }
  into.tp += tp;
  into.fp += got.length - tp;
  into.fn += labels.length - tp;
}

/**
 * The gates a candidate must pass besides the threshold: "beside" (the shipped one), none in a
 * paragraph where the rules took a proposal; "none", no gate; "few", as "beside" and only in a
 * statement where the rules found fewer than two proposals.
 */
const GATES = {
  none: () => true,
  beside: (c) => !c.beside,
  few: (c, e) => !c.beside && e.rules.length < 2,
  // Round 24: as "beside", and not under a heading of the statement's own plans (request-model.ts `planHeading`; shipped).
  plan: (c) => !c.beside && !c.plan,
  // Round 27: as "plan", and in a paragraph where the rules took one, a candidate scored at or above --beside (stricter).
  second: (c) => !c.plan && (!c.beside || c.p >= Number(argv("beside", "0.9"))),
  // Round 24, measured and dropped: as "plan", and not a narrative past without a modal ("past" without "modal").
  told: (c) => !c.beside && !c.plan && !(requestFeatures(c.text, nowhere).includes("past") && !requestFeatures(c.text, nowhere).includes("modal")),
};

/** The blend's proposals for one reading: the rules' and the candidates at or above `t` (scored with `model`) that pass `gate`. */
export function blended(entry, scored, t, gate) {
  const added = scored.filter((c) => c.p >= t && gate(c, entry) && extra(c)).map((c) => c.text);
  return [...entry.rules, ...added].slice(0, 50);
}

const argv = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
/**
 * Round 29: the gates every setting shares: a list item or a question (a candidate's `kind`) at or above its own threshold
 * (--list=T, --question=T; by default 2, none taken), and, with --reason=on, no reason of a request beside it (`reasonBeside`).
 */
const extra = (c) => (!c.kind || c.p >= Number(argv(c.kind, "2"))) && !(argv("reason", "off") === "on" && c.beside && reasonBeside(c.text));
const gateName = argv("gate", "beside");
// --lambda=0.001: another L2 strength than the shipped table's (TRAIN.lambda), to compare.
TRAIN.lambda = Number(argv("lambda", TRAIN.lambda));
const thresholds = argv("thresholds", "0.5,0.6,0.7,0.75,0.8,0.85,0.9,0.95").split(",").map(Number);
const all = await corpus();
// --readings=a.json,b.json: the measured sets read by other rules (e.g. the rules as they stood when each set was
// first measured: scripts/request-history.sh), in place of today's readings; the table still learns from today's texts.
const other = argv("readings", "").split(",").filter(Boolean).flatMap((f) => JSON.parse(readFileSync(f, "utf8")));
const measuredBy = (set) => (other.some((e) => e.set === set) ? other : all).filter((e) => e.set === set);
const z = () => ({ tp: 0, fp: 0, fn: 0 });

// Per set, per threshold: counts with the blend; and the rules alone.
const per = [];
// Round 39: --sets="blind 26,…" measures only those sets; --also-without="blind 26,…" trains every table without those
// sets too (the "before" of new data: the table as it was before they were learned); --tasks=off reads a candidate
// flagged only by a heading of own tasks (request-model.ts `taskHeading`, round 39) as if that gate were not there.
const measuredSets = argv("sets", "") ? argv("sets", "").split(",").map((s) => s.trim()) : MEASURED;
const alsoWithout = argv("also-without", "").split(",").map((s) => s.trim()).filter(Boolean);
const tasksOff = argv("tasks", "on") === "off";
for (const set of measuredSets) {
  const model = train(all, [...new Set([set, ...alsoWithout])]);
  const entries = measuredBy(set);
  const rules = { all: z(), prose: z() };
  const blend = thresholds.map(() => ({ all: z(), prose: z(), added: [] }));
  for (const e of entries) {
    score(e.rules, e.labels, rules.all);
    if (e.prose) score(e.rules, e.labels, rules.prose);
    // Round 27: today's `notOurRequest` read again (a reading made before a new check still lists what it keeps out).
    const scored = e.candidates.filter((c) => notOurRequest(c.text) === null).map((c) => ({ ...c, ...(tasksOff && c.tasks ? { plan: false } : {}), ...requestScore(c.text, { first: c.index === 0, last: c.last }, model) }));
    thresholds.forEach((t, k) => {
      const got = blended(e, scored, t, GATES[gateName]);
      score(got, e.labels, blend[k].all);
      if (e.prose) score(got, e.labels, blend[k].prose);
      for (const c of scored) if (c.p >= t && GATES[gateName](c, e) && extra(c)) blend[k].added.push({ id: e.id, text: c.text, p: c.p, kind: c.kind, right: e.labels.some((l) => sameProposal(c.text, l)) });
    });
  }
  per.push({ set, statements: entries.length, rules, blend, features: Object.keys(model.w).length });
}

const n = (x) => (100 * x).toFixed(1).padStart(5);
const line = (c) => {
  const a = prf(c);
  return `${n(a.p)} ${n(a.r)} ${n(a.f)}`;
};
const sum = (list) => list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), z());
console.log(`gate: ${gateName}; lambda ${TRAIN.lambda}; one reading per statement${other.length ? ` (${[...new Set(other.map((e) => e.set))].join(", ")}: ${argv("readings")})` : ""}; table trained without the set measured\n`);
for (const [k, t] of thresholds.entries()) {
  console.log(`threshold ${t}`);
  console.log("set          stmts   rules: P     R    F1   blend: P     R    F1   prose rules: P     R    F1   prose blend: P     R    F1   added right");
  for (const s of per) {
    const b = s.blend[k];
    console.log(`${s.set.padEnd(12)} ${String(s.statements).padStart(5)}   ${line(s.rules.all)}   ${line(b.all)}   ${line(s.rules.prose)}   ${line(b.prose)}   ${String(b.added.length).padStart(5)} ${String(b.added.filter((a) => a.right).length).padStart(5)}`);
  }
  const ra = sum(per.map((s) => s.rules.all));
  const ba = sum(per.map((s) => s.blend[k].all));
  const rp = sum(per.map((s) => s.rules.prose));
  const bp = sum(per.map((s) => s.blend[k].prose));
  console.log(`${"all".padEnd(12)} ${String(per.reduce((a, s) => a + s.statements, 0)).padStart(5)}   ${line(ra)}   ${line(ba)}   ${line(rp)}   ${line(bp)}\n`);
}

// Nested: for each set, the threshold best on the other eight (highest summed blend F1, all statements; ties: the higher threshold).
{
  console.log("threshold chosen without the set measured (best summed F1 on the other eight), then applied to it");
  console.log("set          chosen   rules: P     R    F1   blend: P     R    F1   prose rules: P     R    F1   prose blend: P     R    F1");
  const chosen = [];
  for (const s of per) {
    const others = per.filter((o) => o !== s);
    let best = -1;
    thresholds.forEach((_, k) => {
      const f = prf(sum(others.map((o) => o.blend[k].all))).f;
      if (best < 0 || f > prf(sum(others.map((o) => o.blend[best].all))).f + 1e-12 || (Math.abs(f - prf(sum(others.map((o) => o.blend[best].all))).f) < 1e-12 && thresholds[k] > thresholds[best])) best = k;
    });
    chosen.push({ s, k: best });
    console.log(`${s.set.padEnd(12)} ${String(thresholds[best]).padStart(6)}   ${line(s.rules.all)}   ${line(s.blend[best].all)}   ${line(s.rules.prose)}   ${line(s.blend[best].prose)}`);
  }
  console.log(`${"all".padEnd(12)} ${"".padStart(6)}   ${line(sum(per.map((s) => s.rules.all)))}   ${line(sum(chosen.map(({ s, k }) => s.blend[k].all)))}   ${line(sum(per.map((s) => s.rules.prose)))}   ${line(sum(chosen.map(({ s, k }) => s.blend[k].prose)))}`);
}
if (process.argv.includes("--added")) {
  const k = thresholds.indexOf(Number(argv("show", thresholds.at(-1))));
  for (const s of per) for (const a of s.blend[k].added) console.log(`${a.right ? "+" : "-"} ${a.p.toFixed(2)}${a.kind ? ` (${a.kind})` : ""} ${a.id}: ${a.text.slice(0, 110)}`);
}
