// The reports' server actions, called by api.ts (payloads already parsed, under the document lock) and by the
// menu: each reads the campaign once, lets the domain write the artefact, and hands it to its adapter.
import { buildClientReport } from '../../domain/reports/client-report.ts';
import { buildDeck } from '../../domain/reports/deck.ts';
import { buildInternalBrief } from '../../domain/reports/internal-brief.ts';
import type { Artefact } from '../../domain/reports/placeholders.ts';
import type { GenerateResult, ReportsState } from '../../domain/rpc.ts';
import { hasScope, howToGrant, missingScopes, SCOPES } from '../consent.ts';
import { pickerKeys } from '../picker/setup.ts';
import { activeSpreadsheet } from '../spreadsheet.ts';
import { readCampaign } from './campaign.ts';
import { exportDeck } from './export-deck.ts';
import { generateDoc } from './generate.ts';
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

export function generateArtefact(artefact: Artefact, options: { includeCosts?: boolean } = {}): GenerateResult {
  const read = readCampaign(activeSpreadsheet());
  const { workbook, analysis, notes, today } = read;
  const base = { today, teamLearnings: notes.learnings, teamRecommendations: notes.recommendations };
  switch (artefact) {
    case 'clientReport':
      return generateDoc(buildClientReport(workbook, { ...base, includeCosts: options.includeCosts === true }), workbook, today);
    case 'internalBrief':
      return generateDoc(buildInternalBrief(workbook, analysis, base), workbook, today);
    case 'deck':
      return exportDeck(buildDeck(workbook, base), read);
  }
}
