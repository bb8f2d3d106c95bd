import type { HouseCatalog } from "./catalog";

/** Russian strings of issue 14 (the emails past their last delivery attempt, on /admin). Every key is required. */
export const ruHouse: HouseCatalog = {
  "admin.undelivered.heading": "Недоставленные письма",
  "admin.undelivered.intro": "Эти письма не удалось отправить ни с одной из {max} попыток, и повторных попыток больше не будет. Проверьте адрес и ошибку; как отправить письмо повторно, описано в docs/operations.md.",
  "admin.undelivered.none": "Все письма доставлены или ещё отправляются.",
  "admin.undelivered.recipient": "Получатель",
  "admin.undelivered.subject": "Тема",
  "admin.undelivered.error": "Последняя ошибка",
  "admin.undelivered.attempts": "Попытки",
  "admin.undelivered.queued": "В очереди с",
  "admin.undelivered.more": "{count, plural, one {Ещё # письмо не показано} few {Ещё # письма не показаны} many {Ещё # писем не показано} other {Ещё # письма не показаны}}",
};
