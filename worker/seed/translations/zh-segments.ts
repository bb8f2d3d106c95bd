import type { SegmentCatalog } from "../taxonomy";

/** Chinese titles of the seeded segments (UNTOC and Protocols terminology). Every slug is required. */
export const zhSegments: SegmentCatalog = {
  "2022-1-firearms": "关于枪支问题的建设性对话",
  "2022-2-international-cooperation-technical-assistance": "关于国际合作和技术援助问题的建设性对话",
  "2022-3-smuggling-of-migrants": "关于偷运移民问题的建设性对话",
  "2022-4-trafficking-in-persons": "关于贩运人口问题的建设性对话",
  "2023-1-firearms": "关于枪支问题的建设性对话",
  "2023-2-technical-assistance": "关于技术援助问题的建设性对话",
  "2023-3-trafficking-in-persons": "关于贩运人口问题的建设性对话",
  "demo-open-segment": "演示：开放提交发言的建设性对话（并非真实环节）",
};
