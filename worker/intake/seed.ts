import { decodeSeed, type ThemeModel } from "./learned.ts";
import { THEME_SEED_TEXT } from "./theme-seed.ts";

let seed: ThemeModel | null = null;

/** The theme seed shipped with the portal (`theme-seed.ts`, learned from reference statements), decoded once per isolate. */
export function themeSeed(): ThemeModel {
  return (seed ??= decodeSeed(THEME_SEED_TEXT));
}
