/** Pure formatting for the public archive's outputs: snippets, CSV, XML. */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * FTS5's snippet, marked with U+E000/U+E001 around matches, as HTML: everything escaped, the
 * matches in <mark>. Markers are paired strictly, so stray ones in the text cannot unbalance tags.
 */
export function snippetHtml(raw: string, open = "\uE000", close = "\uE001"): string {
  let out = "";
  let inside = false;
  let run = "";
  for (const ch of raw) {
    if (ch === open && !inside) {
      out += escapeHtml(run);
      run = "";
      inside = true;
    } else if (ch === close && inside) {
      out += `<mark>${escapeHtml(run)}</mark>`;
      run = "";
      inside = false;
    } else if (ch !== open && ch !== close) {
      run += ch;
    }
  }
  out += inside ? `<mark>${escapeHtml(run)}</mark>` : escapeHtml(run);
  return out.replace(/\s+/g, " ").trim();
}

/** The start of a text as a plain excerpt: whole words, at most `max` characters. */
export function excerpt(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote, CR or LF. A cell a spreadsheet
 * would run as a formula (= + - @ tab CR first) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Text safe inside an XML element or attribute: escaped, without characters XML 1.0 forbids. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);
}
