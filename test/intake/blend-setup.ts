import { afterEach } from "vitest";
import { sentences } from "../../worker/intake/proposals";
import { REQUEST_BLEND, useRequestWeights, type RequestWeights } from "../../worker/intake/request-model";

/**
 * Round 25: the set-up the blend's tests share (intake-clf23, intake-clf24, intake-clf25): a hand-made table, so that
 * they hold whatever the shipped one learned, the rules' own splitting, a `keep` that keeps every sentence, and after
 * each test the shipped setting and table back. Call inside a `describe`.
 */
export function handMadeBlend(table: RequestWeights) {
  const shipped = { ...REQUEST_BLEND };
  afterEach(() => {
    Object.assign(REQUEST_BLEND, shipped);
    useRequestWeights(null);
  });
  return {
    table,
    shipped,
    split: (p: string) => sentences(p),
    keep: () => true,
    /** The hand-made table in use; `minimumSentences` (0 unless given) sets how short a text the blend may read. */
    use: (minimumSentences = 0) => {
      useRequestWeights(table);
      REQUEST_BLEND.minimumSentences = minimumSentences;
    },
  };
}
