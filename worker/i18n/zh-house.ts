import type { HouseCatalog } from "./catalog";

/** Chinese strings of issue 14 (the emails past their last delivery attempt, on /admin). Every key is required. */
export const zhHouse: HouseCatalog = {
  "admin.undelivered.heading": "未能送达的电子邮件",
  "admin.undelivered.intro": "这些电子邮件的全部 {max} 次发送尝试均告失败，系统不会再重试。请核对地址和错误信息；如何重新发送，请参阅 docs/operations.md。",
  "admin.undelivered.none": "所有电子邮件均已送达或仍在尝试发送。",
  "admin.undelivered.recipient": "收件人",
  "admin.undelivered.subject": "主题",
  "admin.undelivered.error": "最近一次错误",
  "admin.undelivered.attempts": "尝试次数",
  "admin.undelivered.queued": "排队时间",
  "admin.undelivered.more": "另有 {count} 封电子邮件未显示",
};
