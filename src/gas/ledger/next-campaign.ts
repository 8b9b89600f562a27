// "Start next campaign": from this campaign's workbook, for its client, read the ledger once, make the kickoff
// pack Doc (through the artefact registry's Doc writer) and the next campaign's workbook (one Sheets API create,
// so it is Debrief's under drive.file), seeded with the carried actions, the suggested targets and a link to the
// pack. Nothing in this workbook or the ledger changes: the next campaign joins the ledger at its own post-mortem.
import { nextCampaignSeed, seedSummary } from '../../domain/history/next-campaign.ts';
import { nextWorkbookResource } from '../../domain/history/next-workbook.ts';
import { buildKickoffPack, kickoffPackContent } from '../../domain/reports/kickoff-pack.ts';
import type { StartNextCampaignResult } from '../../domain/rpc.ts';
import type { CampaignRead } from '../reports/campaign.ts';
import { generateDoc } from '../reports/generate.ts';
import { plannedAfter, readKnownLedger, type PlannedCampaign } from './history.ts';
import { sheetsService, spreadsheetUrl } from './sheets-api.ts';

export function startNextCampaign(read: CampaignRead, given: Partial<Pick<PlannedCampaign, 'campaign' | 'startDate' | 'budget' | 'objective'>>): StartNextCampaignResult {
  const { ledger, problems } = readKnownLedger();
  const next = plannedAfter(read.workbook, given);
  const seed = nextCampaignSeed(ledger, { ...next, campaignManager: read.workbook.campaign.team.campaignManager }, read.today);
  const pack = buildKickoffPack({ ledger, next, today: read.today });
  const named = { ...read.workbook, campaign: { ...read.workbook.campaign, campaign: next.campaign } };
  const packFile = generateDoc('kickoffPack', () => kickoffPackContent(pack), named, read.today);
  const made = sheetsService().Spreadsheets!.create(nextWorkbookResource(seed, packFile.file.url) as GoogleAppsScript.Sheets.Schema.Spreadsheet);
  const id = made.spreadsheetId ?? '';
  return {
    workbook: { id, url: spreadsheetUrl(id) },
    kickoffPack: { id: packFile.file.id, url: packFile.file.url },
    summary: seedSummary(seed),
    openActions: seed.issues.length,
    targets: seed.kpis.map((k) => ({ kpi: k.name, target: k.target, confidence: k.confidence })),
    warnings: [...packFile.warnings, ...problems.map((p) => `A ledger cell couldn’t be read and was left out: ${p}`)],
  };
}
