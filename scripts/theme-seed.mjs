// The theme seed: the naive Bayes model of worker/intake/learned.ts trained on the labelled
// proposals of the development sets (test/fixtures/intake/), keeping only generic terms, so that a
// new portal suggests learned themes before its moderators have tagged anything.
//
//   npm run build:theme-seed          writes worker/intake/theme-seed.ts (generated, committed)
//
// `buildSeed` is also what `npm run eval:intake` uses to measure the seed honestly: for each set, a
// seed built the same way from the OTHER sets (leave one set out).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emptyModel, terms } from "../worker/intake/learned.ts";
import { fold } from "../worker/intake/markers.ts";
import { placeNames } from "../worker/intake/places.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test/fixtures/intake");

/** The labelled sets (folder under test/fixtures/intake/, "" for round 1), by the names eval:intake prints. */
export const SETS = [
  ["blind 6", "blind-6"],
  ["blind 5", "blind-5"],
  ["blind 4", "blind-4"],
  ["blind 3", "blind-3"],
  ["blind 2", "blind-2"],
  ["blind", "blind"],
  ["round 1", ""],
  ["round 2", "round-2"],
  ["round 3", "round-3"],
  ["held-out 1", "held-out"],
  ["held-out 2", "held-out-2"],
  ["held-out 3", "held-out-3"],
  ["held-out 4", "held-out-4"],
  ["real layouts", "real"],
  ["held-out 5", "held-out-5"],
];

/**
 * Since round 31 the seed learns the later blind sets too (blind 7–23; docs/intake.md "Round 31: themes"): measured
 * leave one set out on blind 15–23 as read, they raised recall per proposal on the sets never seen by about 2.5
 * points at the same precision. Round 32: blind 24 and 25 too (blind 7–25). Round 35: blind 26 and 27 too (blind 7–27). Round 37: blind 28 to 31 too (blind 7–31). Round 39: blind 32 and 33 too (blind 7–33). Round 41: blind 34 and 35 too (blind 7–35). Round 42: blind 36 and 37 too (blind 7–37). Round 43: blind 38 and 39 too (blind 7–39). Round 44: blind 40 and 41 too (blind 7–41). Round 45: blind 42 and 43 too (blind 7–43). Round 48: blind 44 to 47 too (blind 7–47). Round 51: blind 48 to 53 too (blind 7–53). Round 52: blind 54 and 55 too (blind 7–55). Round 53: blind 56 and 57 too (blind 7–57). Round 54: blind 58 and 59 too (blind 7–59). Round 56: blind 60 and 61 too (blind 7–61). Round 59: blind 62 to 65 too (blind 7–65). `SETS` stays the list of the first fifteen (scripts/request-corpus.mjs adds the
 * later ones itself).
 */
export const LATER_SETS = Array.from({ length: 59 }, (_, i) => [`blind ${i + 7}`, `blind-${i + 7}`]);

/** Every labelled statement of every set the seed learns (`SETS`, then `LATER_SETS`) present: { set, id, label } (a statement read as PDF and DOCX is one label file, so once). */
export function labelledStatements() {
  const out = [];
  for (const [set, folder] of [...SETS, ...LATER_SETS]) {
    const path = join(dir, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path).filter((f) => f.endsWith(".labels.json")).sort()) {
      out.push({ set, id: `${set}/${name}`, label: JSON.parse(readFileSync(join(path, name), "utf8")) });
    }
  }
  return out;
}

/** What a term must have to be kept: proposals of this many different statements, from this many different sets. */
/**
 * The terms a seed keeps: those seen in at least `SEED_FILTER` statements and sets, none of whose words is `banned`
 * (names), the most informative first (how far the term's themes are from its overall rate, in examples), at most
 * `SEED_MAX_TERMS`. `where` maps each term to the statements and sets it was counted in. Shared with theme-sweep.mjs.
 */
export function strongestTerms(model, where, banned) {
  const kept = Object.entries(model.terms).filter(([term]) => {
    const at = where.get(term);
    return at.statements.size >= SEED_FILTER.statements && at.sets.size >= SEED_FILTER.sets && !term.split(" ").some((t) => banned.has(t));
  });
  const score = ([, e]) => {
    let s = 0;
    for (const [theme, c] of Object.entries(e.t)) s = Math.max(s, Math.abs(c - (e.n * model.themes[theme]) / model.examples));
    return s;
  };
  kept.sort((a, b) => score(b) - score(a) || a[0].localeCompare(b[0]));
  return kept.slice(0, SEED_MAX_TERMS);
}

export const SEED_FILTER = { statements: 3, sets: 2 };
/** At most this many terms are kept (the most informative), to keep the Worker small. */
export const SEED_MAX_TERMS = 6_000;

const tokens = (s) => fold(s ?? "").match(/\p{L}{3,}/gu) ?? [];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What the seed must not name, from the labels of `statements` and places.ts: `phrases`, every
 * labelled organization name and acronym, speaker name, and country, city and nationality name,
 * taken out of the proposals' text before learning (a regular expression, folded text); `banned`,
 * the words no term may contain: every word of an acronym or a speaker's name and every one-word
 * place name ("geneva", "kenyan"). A word of a longer name ("network", "united", "states") may
 * stay only as an ordinary word of other statements (see `buildSeed`).
 */
export function namesOf(statements) {
  const phrases = new Set();
  const banned = new Set();
  for (const { label } of statements) {
    for (const s of [label.organization?.name, label.organization?.acronym, label.speaker?.name]) if (s && tokens(s).length) phrases.add(tokens(s).join(" "));
    for (const s of [label.organization?.acronym, label.speaker?.name]) for (const t of tokens(s)) banned.add(t);
  }
  for (const place of placeNames()) {
    const t = tokens(place);
    if (t.length) phrases.add(t.join(" "));
    if (t.length === 1) banned.add(t[0]);
  }
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const source = (list) => `(?<!\\p{L})(?:${list.map((p) => p.split(" ").map(escape).join("[^\\p{L}]+")).join("|")})(?!\\p{L})`;
  // `strip(folded)` is `folded.replace(phrases, " | ")`, fast (round 31): each word of a phrase matched stands
  // between non-letters, so only the phrases whose every word is a whole word of the text can match; the
  // expression is made of those alone, in the same order (the same leftmost-first choice), per text.
  const byFirst = new Map();
  sorted.forEach((p, i) => {
    const first = p.split(" ")[0];
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)).push(i);
  });
  const strip = (folded) => {
    const present = new Set(folded.match(/\p{L}+/gu) ?? []);
    const found = [];
    for (const w of present) for (const i of byFirst.get(w) ?? []) if (sorted[i].split(" ").every((t) => present.has(t))) found.push(i);
    return found.length ? folded.replace(new RegExp(source(found.sort((a, b) => a - b).map((i) => sorted[i])), "gu"), " | ") : folded;
  };
  return { phrases: new RegExp(source(sorted), "gu"), banned, strip };
}

/** The tokens of a statement's own organization name and acronym: its proposals do not count for terms with one of them. */
const ownTokens = (label) => new Set([...tokens(label.organization?.name), ...tokens(label.organization?.acronym)]);

const words = (s) => (s ?? "").normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Two proposal texts are the same when their words overlap almost entirely (Dice ≥ 0.9), as in eval:intake. */
export function sameText(x, y) {
  if (x.length === 0 || y.length === 0 || Math.min(x.length, y.length) / Math.max(x.length, y.length) < 0.8) return false;
  const bag = new Map();
  for (const w of x) bag.set(w, (bag.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of y) if (bag.get(w) > 0) (common++, bag.set(w, bag.get(w) - 1));
  return (2 * common) / (x.length + y.length) >= 0.9;
}

/**
 * The seed model from `statements` ({ set, id, label }): every labelled proposal learned once (a
 * proposal nearly the same as one already learned, or as one of `exclude`, is skipped), then only
 * the terms kept that occur in proposals of at least 3 statements from at least 2 sets and contain
 * no banned word (`bannedTokens` of the same statements), then the most informative of those.
 */
export function buildSeed(statements, { exclude = [] } = {}) {
  const { strip, banned } = namesOf(statements);
  // Near-duplicates (sameText) have lengths within a ratio of 0.8: texts are kept by length, and only those compared.
  const byLength = (list) => {
    const out = new Map();
    for (const w of list) (out.get(w.length) ?? out.set(w.length, []).get(w.length)).push(w);
    return out;
  };
  const near = (index, w) => {
    for (let n = Math.floor(0.8 * w.length); n <= Math.ceil(w.length / 0.8); n++) if (index.get(n)?.some((x) => sameText(x, w))) return true;
    return false;
  };
  const excluded = byLength(exclude.map(words));
  const seen = new Map();
  const model = emptyModel();
  const where = new Map(); // term → { statements: Set, sets: Set }, counting only statements whose organization's name has none of its words
  for (const { set, id, label } of statements) {
    const own = ownTokens(label);
    for (const p of label.proposals) {
      const w = words(p.text);
      if (near(excluded, w) || near(seen, w)) continue;
      (seen.get(w.length) ?? seen.set(w.length, []).get(w.length)).push(w);
      model.examples++;
      for (const t of p.themes) model.themes[t] = (model.themes[t] ?? 0) + 1;
      for (const term of terms(strip(fold(p.text)))) {
        const e = (model.terms[term] ??= { n: 0, t: {} });
        e.n++;
        for (const t of p.themes) e.t[t] = (e.t[t] ?? 0) + 1;
        const at = where.get(term) ?? where.set(term, { statements: new Set(), sets: new Set() }).get(term);
        if (term.split(" ").some((t) => own.has(t))) continue;
        at.statements.add(id);
        at.sets.add(set);
      }
    }
  }
  model.terms = Object.fromEntries(strongestTerms(model, where, banned).sort((a, b) => a[0].localeCompare(b[0])));
  return model;
}

/** The model as the compact text `worker/intake/theme-seed.ts` holds (decoded by `decodeSeed` in learned.ts). */
export function encodeSeed(model) {
  const themes = Object.keys(model.themes).sort();
  const index = new Map(themes.map((t, i) => [t, i]));
  const lines = [`${model.examples}`, themes.map((t) => `${t}:${model.themes[t]}`).join(" ")];
  for (const [term, e] of Object.entries(model.terms)) {
    const counts = Object.entries(e.t).sort((a, b) => index.get(a[0]) - index.get(b[0])).map(([t, c]) => `${index.get(t).toString(36)}:${c}`);
    lines.push(`${term}\t${e.n}\t${counts.join(" ")}`);
  }
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const statements = labelledStatements();
  const model = buildSeed(statements);
  const text = encodeSeed(model);
  const sets = new Set(statements.map((s) => s.set));
  const out = `// GENERATED by \`npm run build:theme-seed\` (scripts/theme-seed.mjs): do not edit by hand.
//
// The theme seed: the naive Bayes model of learned.ts trained on the ${model.examples} labelled proposals
// (near-duplicates once) of the ${statements.length} statements of the ${sets.size} development sets in
// test/fixtures/intake/ (${[...sets].join(", ")}).
// Only generic terms are kept. Every labelled organization name and acronym, speaker name and
// country, city or nationality name (places.ts) is taken out of the text before learning; no term
// contains a word of an acronym, of a speaker's name or a one-word place name; and a word or word
// pair must occur in proposals of at least ${SEED_FILTER.statements} different statements from at least ${SEED_FILTER.sets} different
// sets (a statement does not count for a term with a word of its own organization's name);
// then the ${SEED_MAX_TERMS} most informative are kept (${Object.keys(model.terms).length} here). It holds counts, no sentence.
// Format (decodeSeed in learned.ts): the number of proposals; "theme:count" per theme; then one
// term a line: the word or word pair, a tab, how many proposals have it, a tab, "theme:count" for
// the themes it was tagged with (a theme by its position in the second line, base 36).
export const THEME_SEED_TEXT = ${JSON.stringify(text)};
`;
  writeFileSync(join(root, "worker/intake/theme-seed.ts"), out);
  console.log(`worker/intake/theme-seed.ts: ${model.examples} proposals, ${Object.keys(model.terms).length} terms, ${Math.round(out.length / 1024)} KB`);
}
