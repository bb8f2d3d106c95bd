import { randomToken } from "../auth/crypto";
import { getIdempotencyRecord, insertIdempotencyStatement } from "../db/idempotency";
import { newReference } from "../domain/reference";
import { keyedError } from "../http/errors";

export type Created<B> = { status: number; body: B };

/**
 * Times one step of a request (`Server-Timing`): the route passes one built on Hono's timing
 * middleware; services call it around their D1 round trips. Untimed by default.
 */
export type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>;
export const untimed: Step = (_name, run) => run();

function isUniqueViolation(err: unknown, what: string): boolean {
  return err instanceof Error && /UNIQUE constraint failed/i.test(err.message) && err.message.includes(what);
}

/**
 * Creating a submission or a draft: once per `Idempotency-Key`, under a fresh reference. `replay()`
 * answers a key already used with this body with the stored answer (another body: 409); `create()`
 * builds the batch for a new reference (with the key's record in it), retries with another reference
 * on the rare collision, answers a concurrent request's result when it won the race for the same
 * key, and lets `mapError` turn any other batch error into the caller's (a quota's 422/429).
 */
export function createOnce<B>(db: D1Database, ownerId: number, idempotencyKey: string | undefined, bodyHash: string) {
  const replay = async (): Promise<Created<B> | null> => {
    if (!idempotencyKey) return null;
    const record = await getIdempotencyRecord(db, ownerId, idempotencyKey);
    if (!record) return null;
    if (record.bodyHash !== bodyHash) throw keyedError("conflict", "err.idempotency.reused");
    return { status: record.status, body: JSON.parse(record.response) as B };
  };
  const create = async (
    build: (ids: { reference: string; writeId: string }) => Promise<{ statements: D1PreparedStatement[]; body: B }>,
    options: { now: string; mapError?: (err: unknown) => Promise<unknown> | unknown; onCreated?: (reference: string) => Promise<void>; step?: Step },
  ): Promise<Created<B>> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference();
      const { statements, body } = await build({ reference, writeId: randomToken() });
      if (idempotencyKey) statements.push(insertIdempotencyStatement(db, ownerId, idempotencyKey, { bodyHash, status: 201, response: JSON.stringify(body) }, options.now));
      try {
        await (options.step ?? untimed)("batch", () => db.batch(statements));
      } catch (err) {
        if (isUniqueViolation(err, "idempotency_keys")) {
          const concurrent = await replay();
          if (concurrent) return concurrent;
        }
        if (isUniqueViolation(err, "submissions.reference")) continue;
        throw options.mapError ? await options.mapError(err) : err;
      }
      await options.onCreated?.(reference);
      return { status: 201, body };
    }
    throw new Error("could not allocate a unique reference");
  };
  return { replay, create };
}
