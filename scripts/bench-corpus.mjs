// Synthetic statements for `npm run bench`: deterministic (seeded), with realistic lengths,
// metadata and proposal counts, and a vocabulary whose word frequencies follow Zipf's law, so
// that a common term matches most statements and a rare one a handful.

const SEGMENTS = [
  ["2022-1-firearms", "2022-05-06"],
  ["2022-2-international-cooperation-technical-assistance", "2022-05-27"],
  ["2022-3-smuggling-of-migrants", "2022-07-01"],
  ["2022-4-trafficking-in-persons", "2022-07-01"],
  ["2023-1-firearms", "2023-05-05"],
  ["2023-2-technical-assistance", "2023-05-31"],
  ["2023-3-trafficking-in-persons", "2023-10-04"],
];
const THEMES = [
  "national-strategy", "legislation", "institutional-coordination", "organized-criminal-groups", "prevention-awareness",
  "socio-economic-drivers", "human-rights", "victim-protection", "border-management", "anti-corruption", "rule-of-law",
  "data-research", "technology", "international-cooperation", "technical-assistance", "civil-society-participation",
  "civil-society-protection", "firearms-control", "emerging-forms",
];
const COUNTRIES = "NG KE ZA EG MA GH SN ET UG TZ PK IN BD LK NP PH ID TH VN MY CN JP KR MX BR AR CO PE CL EC GT HN US CA GB FR DE IT ES PT NL BE CH AT SE NO FI PL RO UA TR JO LB TN DZ IQ AE SA QA AU NZ".split(" ");
const TYPES = ["ngo", "ngo", "ngo", "academia", "network", "foundation", "private-sector", "other"];

const EN = (
  "states member the of and to in a that for is on with as by be are this we should national international cooperation trafficking persons victims " +
  "protection organized crime convention protocol implementation review mechanism civil society border management legislation law enforcement " +
  "migrants smuggling firearms marking tracing transfer controls prevention awareness education poverty social justice human rights gender " +
  "responsive approach referral mechanisms task force coordination agencies prosecution investigation criminal groups corruption integrity " +
  "rule access justice data evidence research technology online exploitation digital technical assistance capacity building training officials " +
  "communities vulnerable women children labour forced sexual recruitment debt bondage identification support shelters compensation reintegration " +
  "regional networks partnerships funding resources monitoring evaluation indicators reporting transparency accountability participation " +
  "dialogue segment proposal recommend urge call governments ensure strengthen develop establish adopt provide promote facilitate improve " +
  "effective comprehensive sustainable independent meaningful inclusive safe legal pathways migration labour market recruiters employers supply chains"
).split(" ");
const FR = "les états membres de la et des victimes traite personnes protection coopération internationale société civile système judiciaire égalité droits humains frontières prévention criminalité organisée mise en œuvre".split(" ");
const ES = "los estados miembros de la y las víctimas trata personas protección cooperación internacional sociedad civil sistema judicial igualdad derechos humanos fronteras prevención delincuencia organizada aplicación".split(" ");
const AR = "الدول الأعضاء حماية ضحايا الاتجار بالبشر التعاون الدولي المجتمع المدني العدالة الجريمة المنظمة الحدود الوقاية حقوق الإنسان تهريب المهاجرين الأسلحة النارية".split(" ");
const ZH = "会员国 保护 受害者 人口贩运 国际合作 民间社会 司法 有组织犯罪 边境管理 预防 人权 偷运移民 枪支 执法 能力建设 技术援助".split(" ");
const RU = "государства члены защита жертв торговли людьми международное сотрудничество гражданское общество правосудие организованная преступность границы".split(" ");

/** Mulberry32: a small seeded PRNG, so every run builds the same corpus. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zipfPicker(words, random) {
  const weights = words.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w / total));
  return () => {
    const x = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

function sentence(pick, random, words, joiner = " ") {
  const n = 8 + Math.floor(random() * 18);
  const out = [];
  for (let i = 0; i < n; i++) out.push(pick());
  const s = out.join(joiner);
  return joiner === "" ? `${s}。` : `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function paragraphText(pick, random, targetChars, joiner) {
  const paragraphs = [];
  let length = 0;
  while (length < targetChars) {
    const sentences = [];
    const k = 2 + Math.floor(random() * 4);
    for (let i = 0; i < k; i++) sentences.push(sentence(pick, random, null, joiner));
    const p = sentences.join(joiner === "" ? "" : " ");
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join("\n\n");
}

/** The `i`-th synthetic statement (import body shape). The rare term appears in about 1 in 2,000. */
export function makeStatement(i, random, pickers) {
  const r = random();
  const language = r < 0.7 ? "en" : r < 0.8 ? "fr" : r < 0.9 ? "es" : r < 0.94 ? "ar" : r < 0.97 ? "zh" : "ru";
  const words = { en: EN, fr: FR, es: ES, ar: AR, zh: ZH, ru: RU }[language];
  const pick = pickers[language] ?? (pickers[language] = zipfPicker(words, random));
  const joiner = language === "zh" ? "" : " ";
  // Statements are mostly 2,000–8,000 characters, a few much longer.
  const target = Math.min(40_000, Math.round(1200 + -Math.log(1 - random() * 0.999) * 3500));
  let text = paragraphText(pick, random, target, joiner);
  if (random() < 0.0005) text += " The xylophonist initiative deserves support.";
  const [segment, heldOn] = SEGMENTS[Math.floor(random() * SEGMENTS.length)];
  const nProposals = Math.floor(random() * 7);
  const proposals = [];
  for (let p = 0; p < nProposals; p++) {
    const themes = new Set();
    const nt = 1 + Math.floor(random() * 3);
    for (let t = 0; t < nt; t++) themes.add(THEMES[Math.floor(random() * THEMES.length)]);
    proposals.push({ text: paragraphText(pick, random, 150 + random() * 400, joiner).slice(0, 4900), themes: [...themes] });
  }
  const themes = new Set();
  for (let t = Math.floor(random() * 3); t > 0; t--) themes.add(THEMES[Math.floor(random() * THEMES.length)]);
  const org = Math.floor(random() * Math.max(50, i / 5));
  const day = String(1 + Math.floor(random() * 27)).padStart(2, "0");
  return {
    segment,
    organization: { name: `Organization ${org} for ${EN[20 + (org % 60)]} ${EN[40 + (org % 50)]}`, acronym: `O${org}`, country: COUNTRIES[org % COUNTRIES.length], type: TYPES[org % TYPES.length] },
    speaker: { name: `Speaker ${Math.floor(random() * 100000)}`, role: random() < 0.5 ? "Director" : null },
    language,
    title: sentence(pick, random, null, joiner).slice(0, 120),
    text: text.slice(0, 100_000),
    deliveredOn: random() < 0.8 ? heldOn : null,
    proposals,
    themes: [...themes],
    publishedAt: `${heldOn.slice(0, 7)}-${day}T${String(Math.floor(random() * 24)).padStart(2, "0")}:00:00Z`,
  };
}
