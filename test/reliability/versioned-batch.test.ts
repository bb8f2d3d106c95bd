import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { runVersionedBatch, versionChecked } from "../../worker/db/versioned-batch";
import { count, createSubmission, seed, signIn } from "../helpers";

/** `runVersionedBatch`: one version check per batch, found by its mark, not by its position. */
beforeAll(seed);

const bump = (reference: string, version: number, writeId: string) =>
  env.DB.prepare("UPDATE submissions SET version = version + 1, write_id = ?3 WHERE reference = ?1 AND version = ?2 RETURNING id").bind(reference, version, writeId);
const note = (writeId: string) => env.DB.prepare("UPDATE submissions SET updated_at = '2001-01-01T00:00:00Z' WHERE write_id = ?1").bind(writeId);

describe("runVersionedBatch", () => {
  it("says whether the marked check applied wherever it sits in the batch; a stale one changes nothing", async () => {
    const { reference } = await createSubmission(await signIn());
    const first = crypto.randomUUID();
    // The check third, behind two statements that match nothing: its own result decides.
    expect(await runVersionedBatch(env.DB, [note("none-1"), note("none-2"), versionChecked(bump(reference, 1, first)), note(first)])).toBe(true);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND version = 2 AND updated_at = '2001-01-01T00:00:00Z'", reference)).toBe(1);
    const stale = crypto.randomUUID();
    expect(await runVersionedBatch(env.DB, [versionChecked(bump(reference, 1, stale)), note(stale)])).toBe(false);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE write_id = ?1", stale)).toBe(0);
  });

  it("refuses a batch with no version check or with two, before writing anything", async () => {
    const { reference } = await createSubmission(await signIn());
    await expect(runVersionedBatch(env.DB, [bump(reference, 1, "a")])).rejects.toThrow(/exactly one version check; this one has 0/);
    await expect(runVersionedBatch(env.DB, [versionChecked(bump(reference, 1, "b")), versionChecked(bump(reference, 2, "c"))])).rejects.toThrow(/has 2/);
    expect(await count("SELECT count(*) AS n FROM submissions WHERE reference = ?1 AND version = 1", reference)).toBe(1);
  });
});
