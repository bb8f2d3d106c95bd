import type { EmailInCatalog } from "./catalog";

/** Arabic strings of the replies to statements sent by email. Every key is required. */
export const arEmailIn: EmailInCatalog = {
  "email.intake.draft.subject": "حُفظت المسودة: {reference}",
  "email.intake.draft.intro": "شكراً لكم. قرأنا البيان الذي أرسلتموه بالبريد الإلكتروني وحفظناه مسودةً في حسابكم.",
  "email.intake.draft.notSubmitted": "لم يُقدَّم بعد: لا يُرسَل أي شيء إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة ولا يُنشر قبل أن تراجعوه وتستكملوه وتقدّموه.",
  "email.intake.draft.reference": "المرجع",
  "email.intake.draft.readFrom": "مقروء من",
  "email.intake.draft.body": "نص رسالتكم",
  "email.intake.draft.segment": "الجزء",
  "email.intake.draft.noSegment": "لم يُختر بعد: اختاروه في المسودة.",
  "email.intake.draft.organization": "المنظمة",
  "email.intake.draft.speaker": "المتحدث",
  "email.intake.draft.notFound": "لم يُعثر عليه: أضيفوه في المسودة.",
  "email.intake.draft.proposals": "المقترحات التي عُثر عليها",
  "email.intake.draft.proposalCount": "{count, plural, zero {لا مقترحات} one {مقترح واحد} two {مقترحان} few {# مقترحات} many {# مقترحاً} other {# مقترح}}",
  "email.intake.draft.noProposals": "لم يُتعرَّف على أي مقترح: أضيفوها في المسودة، مقترحاً في كل خانة.",
  "email.intake.draft.ignored": "{count, plural, one {مرفق واحد لم يُقرأ} two {مرفقان لم يُقرآ} few {# مرفقات لم تُقرأ} many {# مرفقاً لم تُقرأ} other {# مرفق لم تُقرأ}}: لا تُقرأ إلا ملفات PDF وWord (DOCX) والملفات النصية.",
  "email.intake.draft.button": "المراجعة والتقديم",
  "email.intake.draft.link": "يسجّل هذا الزر دخولكم ويفتح المسودة. يعمل مرة واحدة خلال 24 ساعة. بعد ذلك، سجّلوا الدخول بعنوان البريد الإلكتروني هذا؛ تجدون المسودة في «بياناتي المقدَّمة»:",
  "email.intake.refused.subject": "تعذّرت قراءة رسالتكم بوصفها بياناً",
  "email.intake.refused.intro": "تلقّينا رسالتكم المرسلة إلى {address}، لكن تعذّر علينا حفظ بيان منها.",
  "email.intake.refused.noStatement": "لا تتضمن بياناً يمكن قراءته: أرفقوا ملف PDF أو Word (DOCX) أو ملفاً نصياً، أو اكتبوا البيان في نص الرسالة نفسها (50 حرفاً على الأقل).",
  "email.intake.refused.tooLarge": "حجم الرسالة أو مستندها يتجاوز 20 ميبيبايت.",
  "email.intake.refused.tooManyAttachments": "تتضمن أكثر من {max} مرفقات. أرسلوا البيان وحده.",
  "email.intake.refused.unreadable": "تعذّرت قراءة المستند {filename}: {reason}",
  "email.intake.refused.retry": "أعيدوا إرساله بعد تصحيحه، أو قدّموا البيان عبر البوابة:",
};
