import { useI18n } from "../context";

/**
 * "Tariq Khosa, Director/CEO": the speaker's name and role, each isolated (they are in the
 * statement's language, which may run the other way), joined with the page language's comma.
 */
export function Speaker(props: { speaker: { name: string; role: string | null } }) {
  const { t } = useI18n();
  const { name, role } = props.speaker;
  return (
    <>
      <bdi>{name}</bdi>
      {role ? (
        <>
          {t("list.separator")}
          <bdi>{role}</bdi>
        </>
      ) : null}
    </>
  );
}
