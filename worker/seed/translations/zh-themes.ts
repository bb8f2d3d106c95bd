import type { ThemeCatalog } from "../taxonomy";

/** Chinese labels and descriptions of the seeded themes (UNTOC and Protocols terminology). Every slug is required. */
export const zhThemes: ThemeCatalog = {
  "national-strategy": { label: "国家战略和政策框架", description: "打击有组织犯罪的国家和区域战略、行动计划和政策框架。" },
  legislation: { label: "立法和刑事定罪", description: "国内立法、将犯罪行为定为刑事犯罪以及与《公约》及其议定书保持一致。" },
  "institutional-coordination": { label: "机构间协调、工作队、转介机制", description: "机构之间的协调、工作队和国家转介机制。" },
  "organized-criminal-groups": { label: "侦查和起诉有组织犯罪集团", description: "侦查、起诉和瓦解有组织犯罪集团。" },
  "prevention-awareness": { label: "预防、提高公众认识和教育", description: "预防、提高认识运动和教育。" },
  "socio-economic-drivers": { label: "根源：贫困、社会正义、安全移民途径", description: "贫困、不平等、社会正义以及安全、正常的移民途径。" },
  "human-rights": { label: "人权、以受害人为中心和促进性别平等的方针", description: "人权、以受害人为中心、顾及儿童特点和促进性别平等的方针。" },
  "victim-protection": { label: "受害人和移民的保护、援助和重新融入社会", description: "识别、保护、援助和赔偿受害人和被偷运移民，并帮助其重新融入社会。" },
  "border-management": { label: "边境管理和证件安全", description: "边境管制、证件安全和身份管理。" },
  "anti-corruption": { label: "反腐败和廉正", description: "助长有组织犯罪的腐败；机构廉正。" },
  "rule-of-law": { label: "法治和诉诸司法", description: "法治、司法独立和诉诸司法。" },
  "data-research": { label: "数据、证据和研究", description: "为政策提供依据的数据收集、证据和研究。" },
  technology: { label: "技术、网上剥削和数字证据", description: "网上剥削、网络助长的犯罪、数字证据和新技术。" },
  "international-cooperation": { label: "国际合作：司法协助、引渡", description: "司法协助、引渡和跨境合作。" },
  "technical-assistance": { label: "技术援助和能力建设", description: "技术援助、培训和能力建设。" },
  "civil-society-participation": { label: "民间社会参与审议进程", description: "非政府利益攸关方参与审议机制。" },
  "civil-society-protection": { label: "保护民间社会、举报人和证人", description: "保护民间社会行为体、记者、举报人和证人。" },
  "firearms-control": { label: "枪支标识、记录保存、追查和转让管制", description: "枪支的标识、记录保存、追查和转让管制。" },
  "emerging-forms": { label: "新形式：切除器官、强迫犯罪、环境犯罪", description: "新形式犯罪：切除器官、强迫犯罪、环境犯罪。" },
};
