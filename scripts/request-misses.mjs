// Round 27: why the blend misses on a new set. For each set measured leave one set out (blind 15 … 21 by default; round 30: … 23; round 31: … 24; round 32: … 25; round 35: … 27; round 37: … 31),
// read as the rules stood when it was first measured (scripts/request-history.mjs, .notes/hist-<commit>.json), the
// table trained without it: every labelled proposal of a prose statement that neither the rules nor the blend found,
// and why. Not a candidate (the gate of `withRequests` / `requestCandidates` that kept it out), or a candidate the blend
// did not take (in a paragraph where the rules took one, under a plan heading, or scored below the threshold: its
// score and top features). Prints a table of causes with counts, then one line per miss (id, cause, score).
//
//   node --import ./scripts/ts-resolve.mjs scripts/request-misses.mjs [--sets="blind 15,blind 21"] [--threshold=0.5] [--beside=2] [--texts]
// (--beside=2: none taken beside the rules' proposals, as before round 27; by default REQUEST_BLEND.beside)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sentences } from "../worker/intake/proposals.ts";
import { isMarkerLine } from "../worker/intake/markers.ts";
import { notOurRequest, planHeading, reasonBeside, requestScore, REQUEST_BLEND } from "../worker/intake/request-model.ts";
import { corpus, train } from "./request-model.mjs";
import { sameProposal, words } from "./proposal-match.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const sets = argv("sets", "blind 15,blind 16,blind 17,blind 18,blind 19,blind 20,blind 21,blind 22,blind 23,blind 24,blind 25,blind 26,blind 27,blind 28,blind 29,blind 30,blind 31").split(",").map((s) => s.trim());
const threshold = Number(argv("threshold", REQUEST_BLEND.threshold));
/** Round 29: a list item's or a question's threshold (--list=T, --question=T; by default the shipped REQUEST_BLEND's). */
const kindAt = (c) => Math.max(threshold, Number(argv(c.kind, REQUEST_BLEND[c.kind])));
const all = await corpus();
const hist = readdirSync(join(root, ".notes")).filter((f) => /^hist-\w+\.json$/.test(f)).flatMap((f) => JSON.parse(readFileSync(join(root, ".notes", f), "utf8")));
const PROSE_END = /[.!]["”»’)\]]?$/u;
const inside = (a, b) => ` ${words(b).join(" ")} `.includes(` ${words(a).join(" ")} `);

/** Why label `l` of reading `e` is no candidate, or what became of it as one. */
function cause(e, l, scored) {
  const c = scored.find((c) => sameProposal(c.text, l));
  if (c) {
    // Round 29: list items and questions, candidates of their own kind with their own threshold.
    if (c.kind && c.p < kindAt(c)) return { cause: `candidate (${c.kind}): scored below ${kindAt(c)}`, c };
    if (c.beside && c.p < Number(argv("beside", REQUEST_BLEND.beside ?? 2))) return { cause: "candidate: paragraph where the rules took one", c };
    if (c.plan) return { cause: "candidate: under a plan heading", c };
    if (notOurRequest(c.text) !== null) return { cause: `candidate: not ours (${notOurRequest(c.text)})`, c };
    if (c.p < threshold) return { cause: `candidate: scored below ${threshold}`, c };
    if (scored.length + e.rules.length < REQUEST_BLEND.minimumSentences) return { cause: "candidate: text too short for the blend", c };
    return { cause: "candidate: taken (boundary differs)", c };
  }
  if (e.rules.some((r) => inside(l, r) || inside(r, l))) return { cause: "not a candidate: part of (or holds) a rules' proposal (boundary)" };
  let found = null;
  let near = null;
  for (const paragraph of e.text.split(/\n{2,}/)) {
    const lines = paragraph.split("\n").filter((x) => x.trim());
    const flat = lines.join(" ").replace(/\s+/g, " ").trim();
    if (!flat) continue;
    for (const s of sentences(flat)) {
      if (sameProposal(s, l)) found = { s: s.trim(), lines, flat };
      else if (!near && (inside(s, l) || inside(l, s))) near = { s: s.trim(), lines, flat, longer: inside(l, s) };
    }
    if (!found && sameProposal(flat, l)) found = { s: flat, lines, flat, whole: true };
  }
  if (!found) {
    if (near) return { cause: near.longer ? "not a candidate: inside a longer sentence" : "not a candidate: spans several sentences" , near };
    return { cause: "not a candidate: not found in the text as read" };
  }
  if (found.lines.some(isMarkerLine)) return { cause: "not a candidate: list item" };
  const w = words(found.s).length;
  if (found.s.trim().endsWith("?")) return { cause: "not a candidate: ends with '?'" };
  if (/:["”»)\]]?$/.test(found.s.trim())) return { cause: "not a candidate: ends with ':'" };
  if (!PROSE_END.test(found.flat)) return { cause: "not a candidate: paragraph not ending as prose" };
  if (!PROSE_END.test(found.s)) return { cause: "not a candidate: sentence not ending as prose" };
  if (w < 6 || w > 80) return { cause: `not a candidate: length (${w} words)` };
  const ours = notOurRequest(found.s);
  if (ours) return { cause: `not a candidate: not ours (${ours})` };
  if (found.whole) return { cause: "not a candidate: a paragraph the splitting cuts" };
  return { cause: "not a candidate: courtesy / plea filter (or the reading's own gates)" };
}

const counts = new Map();
const lines = [];
for (const set of sets) {
  const model = train(all, [set]);
  const entries = hist.filter((e) => e.set === set);
  if (!entries.length) console.error(`${set}: no history reading (.notes/hist-*.json)`);
  for (const e of entries.filter((e) => e.prose)) {
    const scored = e.candidates.map((c) => ({ ...c, ...requestScore(c.text, { first: c.index === 0, last: c.last }, model) }));
    const short = scored.filter((c) => !c.kind).length + e.rules.length < REQUEST_BLEND.minimumSentences;
    const besideAt = Number(argv("beside", REQUEST_BLEND.beside ?? 2));
    const added = short ? [] : scored.filter((c) => c.p >= (c.kind ? kindAt(c) : threshold) && (!c.beside || (c.p >= besideAt && !(argv("reason", "on") === "on" && reasonBeside(c.text)))) && !c.plan && notOurRequest(c.text) === null).map((c) => c.text);
    const got = [...e.rules, ...added];
    for (const l of e.labels) {
      if (got.some((g) => sameProposal(g, l))) continue;
      const why = cause(e, l, scored);
      counts.set(why.cause, (counts.get(why.cause) ?? 0) + 1);
      const p = why.c ? ` p ${why.c.p.toFixed(2)} [${why.c.why.slice(0, 4).join(", ")}]` : "";
      lines.push(`${e.id.replace(/\.labels\.json$/, "")}  ${why.cause}${p}${process.argv.includes("--texts") ? `\n    ${l.slice(0, 140)}` : ""}`);
    }
  }
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`missed labelled prose proposals, ${sets.join(", ")} (leave one set out, threshold ${threshold}): ${total}`);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) console.log(`${String(v).padStart(4)}  ${k}`);
console.log("");
for (const l of lines) console.log(l);
