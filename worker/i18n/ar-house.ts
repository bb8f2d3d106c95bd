import type { HouseCatalog } from "./catalog";

/** Arabic strings of issue 14 (the emails past their last delivery attempt, on /admin). Every key is required. */
export const arHouse: HouseCatalog = {
  "admin.undelivered.heading": "رسائل بريد إلكتروني لم تُسلَّم",
  "admin.undelivered.intro": "أخفقت هذه الرسائل في كل محاولات الإرسال البالغ عددها {max} ولن تُعاد محاولة إرسالها. تحقّق من العنوان ومن الخطأ؛ ويشرح الملف docs/operations.md كيفية إعادة إرسال رسالة منها.",
  "admin.undelivered.none": "سُلِّمت كل الرسائل أو لا تزال محاولات إرسالها جارية.",
  "admin.undelivered.recipient": "المرسَل إليه",
  "admin.undelivered.subject": "الموضوع",
  "admin.undelivered.error": "آخر خطأ",
  "admin.undelivered.attempts": "المحاولات",
  "admin.undelivered.queued": "تاريخ الإدراج في الطابور",
  "admin.undelivered.more": "{count, plural, zero {لا رسائل أخرى} one {رسالة أخرى لم تُعرض} two {رسالتان أخريان لم تُعرضا} few {# رسائل أخرى لم تُعرض} many {# رسالة أخرى لم تُعرض} other {# رسالة أخرى لم تُعرض}}",
};
