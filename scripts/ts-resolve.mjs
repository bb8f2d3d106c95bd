// `node --import ./scripts/ts-resolve.mjs …`: lets Node's type stripping load worker modules whose
// relative imports leave out the ".ts" extension (the Worker's bundler resolves them; Node does not).
import { register } from "node:module";

const hooks = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (err?.code !== "ERR_MODULE_NOT_FOUND" || !/^\\.\\.?\\//.test(specifier) || /\\.[cm]?[jt]sx?$/.test(specifier)) throw err;
    for (const ext of [".ts", ".tsx", "/index.ts"]) {
      try { return await next(specifier + ext, context); } catch {}
    }
    throw err;
  }
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);
