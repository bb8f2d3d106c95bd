import type { EmailInCatalog } from "./catalog";

/** Russian strings of the replies to statements sent by email. Every key is required. */
export const ruEmailIn: EmailInCatalog = {
  "email.intake.draft.subject": "Черновик сохранён: {reference}",
  "email.intake.draft.intro": "Спасибо. Мы прочитали заявление, присланное вами по электронной почте, и сохранили его как черновик в вашей учётной записи.",
  "email.intake.draft.notSubmitted": "Оно ещё не подано: ничего не передаётся в УНП ООН и не публикуется, пока вы не проверите, не дополните и не подадите его.",
  "email.intake.draft.reference": "Номер",
  "email.intake.draft.readFrom": "Прочитано из",
  "email.intake.draft.body": "текста вашего письма",
  "email.intake.draft.segment": "Сегмент",
  "email.intake.draft.noSegment": "Ещё не выбран: выберите его в черновике.",
  "email.intake.draft.organization": "Организация",
  "email.intake.draft.speaker": "Выступающий",
  "email.intake.draft.notFound": "Не найдено: добавьте в черновике.",
  "email.intake.draft.proposals": "Найденные предложения",
  "email.intake.draft.proposalCount": "{count, plural, one {# предложение} few {# предложения} many {# предложений} other {# предложения}}",
  "email.intake.draft.noProposals": "Ни одного не распознано: добавьте их в черновике, по одному в каждое поле.",
  "email.intake.draft.ignored": "{count, plural, one {# вложение не прочитано} few {# вложения не прочитаны} many {# вложений не прочитано} other {# вложения не прочитаны}}: читаются только файлы PDF, Word (DOCX) и текстовые файлы.",
  "email.intake.draft.button": "Проверить и подать",
  "email.intake.draft.link": "Кнопка выполняет вход и открывает черновик. Она действует один раз, в течение 24 часов. После этого войдите с этим адресом электронной почты; черновик находится в разделе «Мои заявления»:",
  "email.intake.refused.subject": "Ваше письмо не удалось прочитать как заявление",
  "email.intake.refused.intro": "Мы получили ваше письмо на адрес {address}, но не смогли сохранить из него заявление.",
  "email.intake.refused.noStatement": "В нём нет заявления, которое можно прочитать: приложите файл PDF, Word (DOCX) или текстовый файл либо напишите заявление в самом письме (не менее 50 символов).",
  "email.intake.refused.tooLarge": "Письмо или его документ больше 20 МиБ.",
  "email.intake.refused.tooManyAttachments": "В нём больше {max} вложений. Отправьте заявление отдельно.",
  "email.intake.refused.unreadable": "Документ {filename} не удалось прочитать: {reason}",
  "email.intake.refused.retry": "Отправьте его снова после исправления или подайте заявление на портале:",
};
