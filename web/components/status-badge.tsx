import type { Status } from "../../worker/domain/status";
import { useI18n } from "../context";

export function StatusBadge(props: { status: Status }) {
  const { t } = useI18n();
  return <span class={`status status-${props.status}`}>{t(`status.${props.status}`)}</span>;
}
