// Round 23: reads blind sets 10 to 18 (round 25: to 20; round 28: to 22; round 30: to 23; round 31: to 24; round 35: to 27; round 37: to 31; round 39: to 33; round 41: to 35; round 44: to 41) with the rules as they stood when each was first measured
// (the commit that reported it), the request blend's hook added to those rules, so that
// scripts/eval-requests.mjs can measure the blend on ways of asking the rules had not seen:
//
//   node --import ./scripts/ts-resolve.mjs scripts/request-history.mjs        writes .notes/hist-<commit>.json
//   node --import ./scripts/ts-resolve.mjs scripts/eval-requests.mjs --readings=.notes/hist-ef976e3.json,…
//
// Each commit's worker/ is copied into .notes/hist/<commit>/ (git archive), with today's
// request-model.ts and request-weights.ts and the one-line hook in its findProposals.
import { execSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The commit whose rules each set was first measured with, and its sets. */
export const FIRST_MEASURED = [
  ["ef976e3", ["blind 10", "blind 11"]],
  ["6b2583c", ["blind 12", "blind 13"]],
  ["9e3e624", ["blind 14"]],
  ["1bf8115", ["blind 15"]],
  ["e360977", ["blind 16"]],
  ["319d802", ["blind 17"]],
  ["3143ca9", ["blind 18"]],
  // Round 25: blind 19 as measured after round 23, blind 20 after round 24 (both with the hook already in place).
  ["3c1439b", ["blind 19"]],
  ["a1141be", ["blind 20"]],
  // Round 27: blind 21 as measured after round 25 (b50f9f4: the classifier on, then the rules alone).
  ["b50f9f4", ["blind 21"]],
  // Round 28: blind 22 as measured after round 27 (ff4c370: the classifier on, then the rules alone).
  ["ff4c370", ["blind 22"]],
  // Round 30: blind 23 as measured after round 28 (37c2f73: its first report, the classifier on, then the rules alone).
  ["37c2f73", ["blind 23"]],
  // Round 31: blind 24 as measured after round 30 (32e859f: its first report, the classifier on, then the rules alone).
  ["32e859f", ["blind 24"]],
  // Round 32: blind 25 as measured after round 30 (f136554: its first report, the classifier on, then the rules alone).
  ["f136554", ["blind 25"]],
  // Round 35: blind 26 and 27 as measured before round 33 (14aab00: their first report, the classifier on, then the rules alone).
  ["14aab00", ["blind 26", "blind 27"]],
  // Round 37: blind 28 and 29 as measured before round 35 (c12f9ff: their first report), blind 30 and 31 as measured
  // once after round 36 (39b8522: their first report); the classifier on, then the rules alone.
  ["c12f9ff", ["blind 28", "blind 29"]],
  ["39b8522", ["blind 30", "blind 31"]],
  // Round 39: blind 32 and 33 as first measured, at 4249ec1 (the code of rounds 35 and 36; the classifier on, then the rules alone).
  ["4249ec1", ["blind 32", "blind 33"]],
  // Round 41: blind 34 and 35 as first measured, at d93f451 (the code of rounds 37 and 38; the classifier on, then the rules alone).
  ["d93f451", ["blind 34", "blind 35"]],
  // Round 44: blind 36 and 37 as first measured at 60d4456 (the code of rounds 39 and 40), 38 and 39 at 02067b5 (round 41),
  // 40 and 41 at 5a59655 (round 42); the classifier on, then the rules alone.
  ["60d4456", ["blind 36", "blind 37"]],
  ["02067b5", ["blind 38", "blind 39"]],
  ["5a59655", ["blind 40", "blind 41"]],
];

/** Copies a commit's worker/ and adds the hook (with today's request-model.ts, request-weights.ts and contractions.ts). */
function prepare(commit) {
  const dir = join(root, ".notes/hist", commit);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${commit} worker | tar -x -C ${JSON.stringify(dir)}`, { cwd: root });
  // Round 24: contractions.ts too (request-model.ts reads `spelledOut` from it since session 15).
  for (const f of ["request-model.ts", "request-weights.ts", "contractions.ts"]) copyFileSync(join(root, "worker/intake", f), join(dir, "worker/intake", f));
  const file = join(dir, "worker/intake/proposals.ts");
  let s = readFileSync(file, "utf8");
  const old = "  const result = (items.length ? items : proposingSentences(text)).filter((t) => !plea(t) && !courtesy(t));";
  // Round 25: since round 23 the hook is in the commit's own findProposals.
  if (s.includes("withRequests(")) return pathToFileURL(join(dir, "worker/")).href;
  if (!s.includes(old)) throw new Error(`${commit}: no place for the hook`);
  s = `import { withRequests } from "./request-model.ts";\n${s}`
    .replace("\nfunction sentences(paragraph: string): string[] {", "\nexport function sentences(paragraph: string): string[] {")
    .replace(old, "  const result = (items.length ? items : withRequests(text, proposingSentences(text), sentences, (t) => !plea(t) && !courtesy(t))).filter((t) => !plea(t) && !courtesy(t));");
  // (Before round 22 the rules had no `spelledOut`; request-model.ts reads it from contractions.ts, copied above.)
  writeFileSync(file, s);
  return pathToFileURL(join(dir, "worker/")).href;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
  for (const [commit, sets] of FIRST_MEASURED.filter(([c]) => !only || only.includes(c))) {
    const base = prepare(commit);
    const { analyse, extractDocument } = await import(new URL("intake/index.ts", base));
    const { sniff } = await import(new URL("intake/sniff.ts", base));
    const { observeRequests, REQUEST_BLEND } = await import(new URL("intake/request-model.ts", base));
    REQUEST_BLEND.on = false; // the rules alone, their candidates observed
    const { SEGMENTS, THEMES } = await import(new URL("seed/taxonomy.ts", base));
    const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };
    const out = [];
    let seen = [];
    observeRequests((candidates) => seen.push(...candidates.map(({ text, block, index, last, beside, plan, kind, tasks }) => ({ text, block, index, last, beside, plan, ...(kind ? { kind } : {}), ...(tasks ? { tasks } : {}) }))));
    for (const set of sets) {
      const path = join(root, "test/fixtures/intake", set.replace(" ", "-"));
      for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) {
        const label = JSON.parse(readFileSync(join(path, name), "utf8"));
        const rank = (s) => (s.endsWith(".txt") ? 0 : s.endsWith(".docx") ? 1 : 2);
        const source = [...(label.sources ?? [label.source])].sort((a, b) => rank(a) - rank(b))[0];
        seen = [];
        const bytes = new Uint8Array(readFileSync(join(path, source)));
        const kind = sniff(bytes);
        const { result } = analyse(await extractDocument(bytes, kind), kind, context);
        out.push({ set, id: `${set}/${name}`, source, prose: !!label.prose, labels: label.proposals.map((p) => p.text), text: result.text, rules: result.proposals.map((p) => p.text), candidates: seen, first: true, commit });
      }
    }
    writeFileSync(join(root, `.notes/hist-${commit}.json`), JSON.stringify(out));
    console.error(`${commit}: ${sets.join(", ")}, ${out.length} statements`);
  }
}
