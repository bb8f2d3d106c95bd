import type { Context, MiddlewareHandler } from "hono";
import { isStaff } from "../../worker/domain/roles";
import type { AppEnv } from "../../worker/env";
import { useI18n } from "../context";
import { t } from "../../worker/i18n";
import { signInRedirect } from "./shared";

function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t("staff.forbidden")}</h1>
      <p>{t("staff.forbiddenText")}</p>
    </section>
  );
}

export function forbiddenPage(c: Context<AppEnv>) {
  c.status(403);
  return c.render(<ForbiddenPage />, { title: t(c.get("locale"), "staff.forbidden") });
}

/** Staff pages: signed-out visitors are sent to sign in, submitters get 403. */
export const requireStaffPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get("user");
  if (!user) return signInRedirect(c);
  if (!isStaff(user.roles)) return forbiddenPage(c);
  await next();
};

export const requireAdminPage: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get("user");
  if (!user) return signInRedirect(c);
  if (!user.roles.includes("admin")) return forbiddenPage(c);
  await next();
};
