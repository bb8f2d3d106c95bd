import { describe, expect, it } from "vitest";
import { encodeCursor, decodeCursor } from "../../worker/http/cursor";
import { isReference, newReference, REFERENCE_PATTERN } from "../../worker/domain/reference";
import { rolesFor } from "../../worker/domain/roles";
import { segmentStatus } from "../../worker/domain/segment";
import { backoffMinutes, parseMailbox } from "../../worker/email/outbox";
import { direction, fromAcceptLanguage, t } from "../../worker/i18n";
import { hasVisibleText } from "../../worker/domain/visible-text";

describe("references", () => {
  it("are CD- and two groups of four Crockford base-32 characters", () => {
    for (let i = 0; i < 200; i++) expect(newReference()).toMatch(REFERENCE_PATTERN);
  });

  it("never contain I, L, O or U", () => {
    const all = Array.from({ length: 500 }, () => newReference()).join("");
    expect(all.slice(3)).not.toMatch(/[ILOU]/);
  });

  it("map random bytes deterministically", () => {
    expect(newReference(() => new Uint8Array([0, 1, 2, 3, 28, 29, 30, 31]))).toBe("CD-0123-WXYZ");
  });

  it("are recognised strictly", () => {
    expect(isReference("CD-7K3M-Q9XA")).toBe(true);
    expect(isReference("cd-7k3m-q9xa")).toBe(false);
    expect(isReference("CD-7K3M-Q9XI")).toBe(false);
    expect(isReference("CD-7K3M-Q9X")).toBe(false);
  });
});

describe("roles", () => {
  const config = { ADMIN_EMAILS: "boss@un.org, Chief@UN.org", MODERATOR_EMAILS: "mod@un.org" };
  it("makes every verified email a submitter", () => expect(rolesFor("ngo@example.net", config, [])).toEqual(["submitter"]));
  it("reads the configured lists case-insensitively", () => {
    expect(rolesFor("chief@un.org", config, [])).toEqual(["submitter", "admin"]);
    expect(rolesFor("MOD@un.org", config, [])).toEqual(["submitter", "moderator"]);
  });
  it("adds admins' grants", () => expect(rolesFor("new@un.org", config, ["moderator", "admin"])).toEqual(["submitter", "moderator", "admin"]));
});

describe("segment windows", () => {
  it("are upcoming, open (inclusive) or closed", () => {
    expect(segmentStatus("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2025-12-31T23:59:59Z")).toBe("upcoming");
    expect(segmentStatus("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z")).toBe("open");
    expect(segmentStatus("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-02-01T00:00:00Z")).toBe("open");
    expect(segmentStatus("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-02-01T00:00:01Z")).toBe("closed");
  });
});

describe("cursors", () => {
  it("round-trip their key", () => expect(decodeCursor(encodeCursor(["2026-01-01T00:00:00Z", 42]), ["string", "number"])).toEqual(["2026-01-01T00:00:00Z", 42]));
  it("refuse anything else with a 400 AppError", () => {
    for (const bad of ["", "!!", "bm90IGpzb24", encodeCursor([1, 2]), encodeCursor(["a"])]) {
      expect(() => decodeCursor(bad, ["string", "number"])).toThrow(expect.objectContaining({ type: "bad-request" }));
    }
  });
});

describe("outbox backoff", () => {
  it("doubles from one minute and caps at six hours", () => {
    expect([1, 2, 3, 4, 9, 10, 20].map(backoffMinutes)).toEqual([1, 2, 4, 8, 256, 360, 360]);
  });
  it("parses the sender mailbox", () => {
    expect(parseMailbox("Portal <no-reply@example.org>")).toEqual({ name: "Portal", email: "no-reply@example.org" });
    expect(parseMailbox("no-reply@example.org")).toEqual({ email: "no-reply@example.org" });
  });
});

describe("interface language", () => {
  it("picks the best supported Accept-Language", () => {
    expect(fromAcceptLanguage("de-DE,de;q=0.9,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(fromAcceptLanguage("ar-EG")).toBe("ar");
    expect(fromAcceptLanguage("de")).toBeNull();
    expect(fromAcceptLanguage(undefined)).toBeNull();
  });
  it("is right-to-left for Arabic only", () => {
    expect(direction("ar")).toBe("rtl");
    expect(direction("zh")).toBe("ltr");
  });
  it("falls back to English and fills placeholders", () => {
    expect(t("fr", "nav.signIn")).toBe("Se connecter");
    expect(t("ru", "my.received", { reference: "CD-0000-0000" })).toContain("CD-0000-0000");
  });
});

describe("visible text (required fields)", () => {
  it("finds nothing visible in whitespace, controls, format characters and other default-ignorables", () => {
    for (const s of ["", " \t\n", "\u0000\u0001\u001f\u007f\u0085\u009f", "\u200b\u200c\u200d\u2060\ufeff", "\u00a0\u2007\u3000\u2028\u2029", "\u200e\u200f\u202a\u202e\u2066\u2069\u061c", "\u00ad\u034f\u180e\ufe0f\u{e0041}", "\u115f\u1160\u3164\uffa0\u2800", "\ud800", "\udfff"]) {
      expect(hasVisibleText(s), JSON.stringify(s)).toBe(false);
    }
  });

  it("finds any letter, digit, mark, symbol or punctuation, in any script", () => {
    for (const s of ["a", "Ä", "7", "人", "م", "é", "\u0301", "%", ".", "🏳️‍🌈", "\u200bx\u200b", "\ue000", "𠜎"]) expect(hasVisibleText(s), JSON.stringify(s)).toBe(true);
  });
});
