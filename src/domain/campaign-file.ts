// The campaign JSON file: its schema and parsing (campaign-file-schema.ts), and what it becomes in the tabs and as
// a Workbook (campaign-file-rows.ts). One import for callers; the two modules don't import each other's values.
export { CampaignFileSchema, describeValue, formatPath, parseCampaignFile } from './campaign-file-schema.ts';
export type { CampaignFile, CampaignFileParse } from './campaign-file-schema.ts';
export { campaignFileToRows, fileCellOf, workbookFromCampaignFile } from './campaign-file-rows.ts';
export type { CampaignRows, CellInput, CellOf, FileWorkbook } from './campaign-file-rows.ts';
