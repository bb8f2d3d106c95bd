/**
 * A subtitle file of a video statement (SRT, or WebVTT): cues of a number, a timing line
 * ("00:02:10,250 --> 00:02:13,900") and one or two lines of text, the sentences running on from cue
 * to cue. Read as text: the numbers, timings and the "WEBVTT" line go; a line that the next one
 * finishes (it starts in lower case, or the line ends with a comma, a colon or a hyphen and the next
 * goes on) is joined to it, so that each sentence reads whole; a cue that starts a new sentence
 * starts a new paragraph. Round 17.
 */

const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s+\S.*)?$/;
const CUE_NUMBER = /^\s*\d{1,5}\s*$/;

/** True when the text is made of subtitle cues: three timing lines at least, and most of its non-empty lines are cue lines or short text lines. */
export function isSubtitles(text: string): boolean {
  const lines = text.split("\n");
  const timings = lines.filter((l) => TIMING.test(l)).length;
  if (timings < 3) return false;
  // Each timing opens a cue (under a number in SRT): text before the first cue is at most a "WEBVTT" header.
  const first = lines.findIndex((l) => TIMING.test(l));
  const before = lines.slice(0, first).filter((l) => l.trim() && !CUE_NUMBER.test(l) && !/^WEBVTT\b/.test(l.trim()));
  return before.length === 0;
}

/** A cue's text without WebVTT's voice and style tags ("<v Speaker>", "<i>…</i>"). */
const untag = (line: string) => line.replace(/<\/?(?:v|c|i|b|u|lang)(?:[ .][^>]*)?>/g, "").replace(/\s+/g, " ").trim();

/** The cues' text as paragraphs: sentences whole, a new paragraph where a cue starts a sentence. */
export function fromSubtitles(text: string): string {
  const cues: string[][] = [];
  let cue: string[] | null = null;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((line, i) => {
    if (TIMING.test(line)) {
      cue = [];
      cues.push(cue);
      return;
    }
    // The number above the next timing line, or the blank line between cues.
    if (!line.trim() || (CUE_NUMBER.test(line) && TIMING.test(lines[i + 1] ?? ""))) return;
    if (cue) cue.push(untag(line));
  });
  const paragraphs: string[][] = [];
  let previous = "";
  for (const c of cues) {
    c.filter(Boolean).forEach((line, k) => {
      if (previous && goesOn(previous, line)) {
        const last = paragraphs.at(-1)!;
        last[last.length - 1] = `${last.at(-1)} ${line}`;
      } else if (k === 0 || !paragraphs.length) paragraphs.push([line]);
      else paragraphs.at(-1)!.push(line);
      previous = line;
    });
  }
  return paragraphs.map((p) => p.join("\n")).join("\n\n");
}

/** The next subtitle line finishes the sentence of the line before it. */
function goesOn(before: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return !/[.!?…]["”»]?$/.test(before);
  return /[,\-–]$/.test(before) && !/^[-–—]\s/.test(next);
}
