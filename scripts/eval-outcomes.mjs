// npm run eval:outcomes — measures the outcome suggestions (docs/outcomes.md) on the hand-linked set
// in test/fixtures/outcomes/: precision at 1 and recall at 3, per split. Runs the Worker's own
// modules (intake cleaner, paragraph reader, matcher) under Node's type stripping.
// `-- --verbose` prints every proposal whose linked paragraph is not the first suggestion.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clean } from "../worker/intake/clean.ts";
import { readParagraphs } from "../worker/intake/paragraphs.ts";
import { paragraphIndex } from "../worker/domain/outcome-match.ts";

const TARGET = { p1: 0.7, r3: 0.9 };
const dir = join(dirname(fileURLToPath(import.meta.url)), "../test/fixtures/outcomes");
const verbose = process.argv.includes("--verbose");
// `-- --only=development` measures one split (the held-out one is run once, after development).
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const pct = (x) => (Number.isNaN(x) ? "  n/a" : `${(100 * x).toFixed(1).padStart(5)}`);

const splits = new Map();
console.log("segment               split        lang  paragraphs  linked  P@1    R@3");
for (const name of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
  const fx = JSON.parse(readFileSync(join(dir, name), "utf8"));
  if (only && fx.split !== only) continue;
  const { paragraphs } = readParagraphs(clean({ pages: [fx.summary] }).text);
  const suggest = paragraphIndex(paragraphs);
  const numbers = new Set(paragraphs.map((p) => p.number));
  const s = { proposals: 0, hits1: 0, gold: 0, found3: 0, unlinked: 0 };
  for (const p of fx.proposals) {
    for (const l of p.links) if (!numbers.has(l)) throw new Error(`${name} ${p.id}: paragraph ${l} is not in the summary as read (${[...numbers].join(", ")})`);
    if (p.links.length === 0) {
      s.unlinked++;
      continue;
    }
    const top = suggest(p.text, 3).map((c) => c.paragraph);
    s.proposals++;
    if (p.links.includes(top[0])) s.hits1++;
    s.gold += p.links.length;
    s.found3 += p.links.filter((l) => top.includes(l)).length;
    if (verbose && !p.links.includes(top[0])) console.log(`    miss ${p.id}: linked ${p.links.join(", ")}, suggested ${top.join(", ") || "nothing"}`);
  }
  console.log(`${fx.segment.padEnd(22)}${fx.split.padEnd(13)}${fx.language.padEnd(6)}${String(paragraphs.length).padStart(10)}${String(s.proposals).padStart(8)}  ${pct(s.hits1 / s.proposals)}  ${pct(s.found3 / s.gold)}`);
  const t = splits.get(fx.split) ?? { segments: 0, proposals: 0, hits1: 0, gold: 0, found3: 0, unlinked: 0 };
  t.segments++;
  for (const k of ["proposals", "hits1", "gold", "found3", "unlinked"]) t[k] += s[k];
  splits.set(fx.split, t);
}

console.log("");
for (const [split, t] of splits) {
  const p1 = t.hits1 / t.proposals;
  const r3 = t.found3 / t.gold;
  const verdict = (value, target) => (value >= target ? "target met" : "below target");
  console.log(
    `${split}: ${t.segments} segments, ${t.proposals} linked proposals (${t.unlinked} not reflected, left out): ` +
      `P@1 ${pct(p1).trim()} % (${verdict(p1, TARGET.p1)}, ≥ ${TARGET.p1 * 100} %), R@3 ${pct(r3).trim()} % (${verdict(r3, TARGET.r3)}, ≥ ${TARGET.r3 * 100} %)`,
  );
}
