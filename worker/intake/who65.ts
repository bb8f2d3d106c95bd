import { isRole, personName, type Speaker } from "./people.ts";
import { literalSpaced } from "./literal.ts";

/**
 * Round 65: a title of office written before the speaker's name ("I am Pastor NAME", "(for Master NAME, 3 minutes)", "Capitaine NAME",
 * "el Obispo NAME"), dropped from the name as an honorific: the role, when nothing else gives one.
 */
const OFFICE_TITLE = String.raw`(Pastor|Pastora|Pasteur|Pasteure|Imam|Master|Maestro|Maestra|Captain|Capitaine|Capit[áa]n|Capitana|Coach|Rabbi|Bishop|[ÉE]v[êe]que|Obispo)`;
export function officeTitleRole(speaker: Speaker | null, text: string): Speaker | null {
  if (!speaker || speaker.role) return speaker;
  const m = new RegExp(String.raw`(?<![\p{L}])${OFFICE_TITLE}\.?\s+${literalSpaced(speaker.name)}(?![\p{L}])`, "u").exec(text);
  return m ? { ...speaker, role: m[1]! } : speaker;
}

/**
 * Round 65: speaking notes headed by whom they are written for, and how long they run ("(for Ms NAME, Director, 3 minutes)",
 * "(pour M. NAME, 4 minutes)", "(para la Sra. NAME, 3 minutos)"): that person speaks.
 */
const NOTES_FOR = /^[([]?\s*(?:speaking notes\s+|notes\s+|notas\s+)?(?:for|pour|para)\s+(?:la\s+|el\s+|le\s+)?(\S.{4,120}?),?\s+(?:\d{1,2}|one|two|three|four|five|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)(?:\s*[-–]\s*\d{1,2})?\s*(?:minutes?|mins?\.?|minutos?)(?:\s+(?:max(?:imum)?\.?|maximum|m[áa]ximo))?\s*[)\]]?$/i;
export function notesSpeaker(lines: readonly string[]): Speaker | null {
  for (const line of lines) {
    const m = NOTES_FOR.exec(line.trim());
    if (!m) continue;
    const [who, ...rest] = m[1]!.split(/\s*,\s*/);
    const title = new RegExp(String.raw`^${OFFICE_TITLE}\.?\s+`, "u").exec(who!);
    const name = personName(title ? who!.slice(title[0].length) : who!);
    if (!name) continue;
    const role = rest.find((r) => isRole(r)) ?? title?.[1] ?? null;
    return { name, role };
  }
  return null;
}
