// Each area keeps its English strings in its own file, merged into the catalog by en.ts.
export { enModeration } from "./en-moderation";
export { enAdmin } from "./en-admin";
export { enArchive } from "./en-archive";
export { enIntake } from "./en-intake";
export { enSecurity } from "./en-security";
export { enApiDocs } from "./en-apidocs";
export { enErrors } from "./en-errors";
export { enDrafts } from "./en-drafts";
export { enCosign } from "./en-cosign";
export { enOutcomes } from "./en-outcomes";
export { enFinding } from "./en-finding";
export { enEmailIn } from "./en-emailin";
export { enAfterpub } from "./en-afterpub";
export { enAfterpubErrors } from "./en-afterpub-errors";
export { enFollow } from "./en-follow";
export { enCampaigns } from "./en-campaigns";
export { enHouse } from "./en-house";
