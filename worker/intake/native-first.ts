/**
 * Round 39: a large regular expression compiled straight to native code. V8 runs an expression's first calls in its
 * bytecode interpreter and compiles native code for it after them ("tier-up"); for an expression of a few hundred
 * thousand characters the bytecode and its peephole pass cost several times what native code costs (the proposing
 * alternation of `proposals.ts`: ~2 s against ~0.5 s of CPU, the first reading in a fresh isolate; docs/performance.md).
 * V8 tiers up at once when a call's subject is long (1,000 characters or more in Node 22's V8: 999 do not), so the first
 * call here is a test on a blank line of 4,096 characters (room for a higher threshold), whose answer is dropped; then
 * every call is the expression's own `test`, with the same answers. Only for expressions tested on a string (`test`),
 * never with the g or y flag (no `lastIndex` to keep). Measured: Node 22 (the tooling that reads statements) gains seconds;
 * workerd's newer V8 showed no difference either way (docs/performance.md), so the Worker's cold cost is unchanged.
 */
const LONG_BLANK = 4_096;

export function nativeFirst(expression: RegExp): { test(text: string): boolean } {
  if (expression.global || expression.sticky) throw new Error("nativeFirst: an expression with the g or y flag keeps a lastIndex");
  let compiled = false;
  return {
    test(text: string): boolean {
      if (!compiled) {
        compiled = true;
        expression.test(" ".repeat(LONG_BLANK));
      }
      return expression.test(text);
    },
  };
}
