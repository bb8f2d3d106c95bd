import type { EmailInCatalog } from "./catalog";

/** Chinese strings of the replies to statements sent by email. Every key is required. */
export const zhEmailIn: EmailInCatalog = {
  "email.intake.draft.subject": "草稿已保存：{reference}",
  "email.intake.draft.intro": "谢谢。我们已阅读您通过电子邮件发送的发言稿，并将其作为草稿保存在您的账户中。",
  "email.intake.draft.notSubmitted": "草稿尚未提交：在您核对、补充并提交之前，不会发送给毒品和犯罪问题办公室，也不会公布。",
  "email.intake.draft.reference": "编号",
  "email.intake.draft.readFrom": "读取自",
  "email.intake.draft.body": "您的邮件正文",
  "email.intake.draft.segment": "环节",
  "email.intake.draft.noSegment": "尚未选择：请在草稿中选择。",
  "email.intake.draft.organization": "组织",
  "email.intake.draft.speaker": "发言人",
  "email.intake.draft.notFound": "未找到：请在草稿中添加。",
  "email.intake.draft.proposals": "找到的建议",
  "email.intake.draft.proposalCount": "{count} 条建议",
  "email.intake.draft.noProposals": "未识别出任何建议：请在草稿中添加，每栏一条。",
  "email.intake.draft.ignored": "{count} 个附件未被读取：只读取 PDF、Word (DOCX) 和文本文件。",
  "email.intake.draft.button": "核对并提交",
  "email.intake.draft.link": "点击该按钮即可登录并打开草稿。该按钮只能使用一次，有效期为 24 小时。过期后，请使用此电子邮件地址登录；草稿位于“我的提交”中：",
  "email.intake.refused.subject": "无法将您的邮件读取为发言稿",
  "email.intake.refused.intro": "我们收到了您发送至 {address} 的邮件，但无法从中保存发言稿。",
  "email.intake.refused.noStatement": "邮件中没有可读取的发言稿：请附上 PDF、Word (DOCX) 或文本文件，或直接在邮件正文中写出发言稿（至少 50 个字符）。",
  "email.intake.refused.tooLarge": "邮件或其文档超过 20 MiB。",
  "email.intake.refused.tooManyAttachments": "邮件附件超过 {max} 个。请单独发送发言稿。",
  "email.intake.refused.unreadable": "无法读取文档 {filename}：{reason}",
  "email.intake.refused.retry": "更正后请重新发送，或在门户网站上提交发言稿：",
};
