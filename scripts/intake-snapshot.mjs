// node --import ./scripts/ts-resolve.mjs scripts/intake-snapshot.mjs OUT.json [--compare=OLD.json] [--inputs=FILE.json] [--rules-too] [--lean] [--only=REGEXP]
// Reads every fixture document under test/fixtures/intake/ (txt, docx, pdf; blind 34 and 35 left out: held out)
// and writes what intake made of each (organization, speaker, date, segment, proposals; with --rules-too also the
// proposals with the learned request classifier's blend off) to a JSON snapshot; with --compare, prints every difference.
// A refactoring of the rules (e.g. round 39's restructured proposing-sentence alternation) must leave zero.
// --only: the documents whose path under the fixtures matches. --inputs: also writes every distinct string the largest regular expression (over 100,000 characters) was tested on.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { analyse, extractDocument } from "../worker/intake/index.ts";
import { clean } from "../worker/intake/clean.ts";
import { understand } from "../worker/intake/understand.ts";
import { sniff } from "../worker/intake/sniff.ts";
import { REQUEST_BLEND } from "../worker/intake/request-model.ts";
import { SEGMENTS, THEMES } from "../worker/seed/taxonomy.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test/fixtures/intake");
const out = process.argv[2];
const compare = process.argv.find((a) => a.startsWith("--compare="))?.slice("--compare=".length);
const inputsFile = process.argv.find((a) => a.startsWith("--inputs="))?.slice("--inputs=".length);
const context = { segments: SEGMENTS.map((s) => ({ ...s, status: "closed" })), themes: THEMES.map((t) => t.slug) };

const lean = process.argv.includes("--lean");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const leanRead = (doc, kind) => {
  const cleaned = clean({ pages: doc.pages, dropped: doc.dropped, wrapped: kind === "pdf" ? true : undefined, paged: kind === "pdf", joined: doc.joined });
  return understand(cleaned.text, cleaned.removed, context.segments, doc.notes ?? []);
};
const inputs = new Set();
if (inputsFile) {
  const test = RegExp.prototype.test;
  RegExp.prototype.test = function (s) {
    if (this.source.length > 100_000) inputs.add(String(s));
    return test.call(this, s);
  };
}

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) {
      if (!/^blind-3[45]$/.test(name)) walk(p);
    } else if (/\.(?:txt|docx|pdf)$/.test(name) && (!only || new RegExp(only).test(relative(dir, p)))) files.push(p);
  }
};
walk(dir);

const snapshot = {};
for (const [n, file] of files.entries()) {
  if (n % 100 === 0) console.log(`${n}/${files.length}`);
  const key = relative(dir, file);
  const bytes = new Uint8Array(readFileSync(file));
  const entry = {};
  try {
    const kind = sniff(bytes);
    const doc = await extractDocument(bytes, kind);
    for (const on of process.argv.includes("--rules-too") ? [true, false] : [true]) {
      REQUEST_BLEND.on = on;
      // --lean: what analyse() reads the fields and proposals with (cleaning and understand()), without themes and PII.
      const result = lean ? leanRead(doc, kind) : analyse(doc, kind, context).result;
      if (on) Object.assign(entry, { organization: result.organization, speaker: result.speaker, deliveredOn: result.deliveredOn, segment: result.segment, proposals: result.proposals.map((p) => p.text ?? p) });
      else entry.rulesOnly = result.proposals.map((p) => p.text ?? p);
    }
  } catch (e) {
    entry.error = String(e?.message ?? e);
  } finally {
    REQUEST_BLEND.on = true;
  }
  snapshot[key] = entry;
}
writeFileSync(out, JSON.stringify(snapshot, null, 1));
console.log(`${files.length} documents, ${Object.values(snapshot).reduce((n, e) => n + (e.proposals?.length ?? 0), 0)} proposals (blend on), written to ${out}`);
if (inputsFile) (writeFileSync(inputsFile, JSON.stringify([...inputs])), console.log(`${inputs.size} distinct inputs of the largest expression, written to ${inputsFile}`));

if (compare) {
  const old = JSON.parse(readFileSync(compare, "utf8"));
  let differences = 0;
  for (const key of new Set([...Object.keys(old), ...Object.keys(snapshot)])) {
    const a = JSON.stringify(old[key]);
    const b = JSON.stringify(snapshot[key]);
    if (a !== b) (differences++, console.log(`DIFFERENT ${key}\n  before: ${a}\n  after:  ${b}`));
  }
  console.log(`${differences} document(s) differ from ${compare}`);
  if (differences > 0) process.exitCode = 1;
}
