// The reports' server actions, called by api.ts (payloads already parsed, under the document lock) and by the
// menu: any artefact of the registry is made the same way. Read the campaign once, take the view its audience
// may see (analysed once), let its domain builder write the content, and hand it to the writer of its file kind.
import { ARTEFACT_SPECS, type Artefact, type ArtefactSpec } from '../../domain/artefacts.ts';
import { plannedAfter, readKnownLedger } from '../ledger/history.ts';
import { findReversals } from '../../domain/analysis/reversals.ts';
import { ARTEFACT_BUILDERS } from '../../domain/reports/builders.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import type { GenerateResult, ReportsState } from '../../domain/rpc.ts';
import { hasScope, howToGrant, missingScopes, SCOPES } from '../consent.ts';
import { pickerKeys } from '../picker/setup.ts';
import { activeSpreadsheet } from '../spreadsheet.ts';
import { readCampaign, type CampaignRead } from './campaign.ts';
import { exportDeck } from './export-deck.ts';
import { loadGateOverrides, passGate, type GateDecision } from './gate.ts';
import { generateDoc } from './generate.ts';
import { previousCampaign } from './previous-campaign.ts';
import { describeLearningsDoc, learningsDocLink } from './learnings.ts';
import { loadGeneratedFiles } from './settings.ts';
import { templateInfos } from './templates.ts';

export function reportsState(): ReportsState {
  const permissions = missingScopes().map(({ consent, blocks }) => ({ consent, blocks, howToGrant: howToGrant() }));
  return {
    templates: templateInfos(),
    // Without drive.file, Drive can't be asked about the Doc; the permissions list says why.
    learningsDoc: hasScope(SCOPES.driveFile) ? describeLearningsDoc() : learningsDocLink(),
    files: loadGeneratedFiles(),
    picker: pickerKeys().setup,
    permissions,
  };
}

type UsedFileKind = (typeof ARTEFACT_SPECS)[Artefact]['file'];

/**
 * One writer per file kind an artefact uses: the compiler asks for a new one when a registry entry needs it. A
 * writer makes the content when it knows its template: an agency's own Doc template gets every detail (Debrief
 * can't know its layout), the built-in one what fits its page budget.
 */
const WRITERS: Record<UsedFileKind, (artefact: Artefact, make: (fullDetail: boolean) => ReportContent, read: CampaignRead) => GenerateResult> = {
  doc: (artefact, make, read) => generateDoc(artefact, make, read.workbook, read.today),
  deck: (_artefact, make, read) => exportDeck(make(false), read),
};

export interface GenerateOptions extends GateDecision {
  includeCosts?: boolean;
}

export function generateArtefact(artefact: Artefact, options: GenerateOptions = {}): GenerateResult {
  const read = readCampaign(activeSpreadsheet());
  const spec = ARTEFACT_SPECS[artefact];
  const kind: ArtefactSpec = spec;
  // The gate reads the team's view: the client's has no Issues or Wins to explain anything with.
  const gateWarnings = passGate(artefact, read.analysis.gate, options, read.today);
  const gateOverrides = spec.audience === 'team' ? loadGateOverrides() : [];
  // An artefact of the agency's history (the kickoff pack) is about this client's next campaign, and named so.
  const history = kind.readsLedger ? { ledger: readKnownLedger().ledger, next: plannedAfter(read.workbook) } : undefined;
  // The deck and the brief compare with the client's previous campaign when the ledger has one (read once, not per fit).
  const previous = kind.comparesWithLastCampaign ? previousCampaign(read.workbook) : null;
  const view = read.view(spec.audience);
  // Its recommendations that reverse the previous campaign's learning: the brief says so, the sidebar lists them.
  const reversals = findReversals(view.analysis.recommendations, view.analysis.groups, previous, view.analysis.currency);
  const make = (fullDetail: boolean) => ARTEFACT_BUILDERS[artefact](view, {
    today: read.today, teamLearnings: read.notes.learnings, teamRecommendations: read.notes.recommendations, includeCosts: options.includeCosts === true,
    gateOverrides, fullDetail, history, previousCampaign: previous, reversals,
  });
  const named = history ? { ...read, workbook: { ...read.workbook, campaign: { ...read.workbook.campaign, campaign: history.next.campaign } } } : read;
  const result = WRITERS[spec.file](artefact, make, named);
  return {
    ...result,
    ...(gateWarnings.length ? { warnings: [...gateWarnings, ...result.warnings] } : {}),
    ...(reversals.length ? { reversals: reversals.map((r) => r.sentence) } : {}),
  };
}
