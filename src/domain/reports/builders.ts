// Each artefact's content builder, keyed like the registry (src/domain/artefacts.ts): the compiler refuses an
// artefact without one. A builder gets the workbook as its artefact's audience may see it, analysed once.
import type { Artefact } from '../artefacts.ts';
import { clientReportFrom, type ArtefactView } from './client-report.ts';
import type { ReportContent, ReportOptions } from './content.ts';
import { creatorFeedbackContent } from './creator-feedback-doc.ts';
import { deckFrom } from './deck.ts';
import { buildInternalBrief } from './internal-brief.ts';
import { buildKickoffPack, kickoffPackContent, type KickoffPackInput } from './kickoff-pack.ts';
import { NotReadyError } from '../errors.ts';

export type { ArtefactView } from './client-report.ts';

export interface BuildOptions extends ReportOptions {
  /** The client report's opt-in to per-creator costs. */
  includeCosts: boolean;
  /** For artefacts that read the ledger (registry `readsLedger`): the ledger and the campaign being planned. */
  history?: Omit<KickoffPackInput, 'today'>;
}

export type ArtefactBuilder = (view: ArtefactView, options: BuildOptions) => ReportContent;

export const ARTEFACT_BUILDERS = {
  clientReport: (view, options) => clientReportFrom(view, options),
  internalBrief: (view, options) => buildInternalBrief(view.workbook, view.analysis, options),
  deck: (view, options) => deckFrom(view, options),
  creatorFeedback: (view, options) => creatorFeedbackContent(view, { today: options.today, cellOf: view.cellOf }),
  kickoffPack: (_view, options) => {
    if (!options.history) throw new NotReadyError('The kickoff pack is made from the campaign ledger: append a campaign’s learnings first, or choose the agency’s ledger.');
    return kickoffPackContent(buildKickoffPack({ ...options.history, today: options.today }));
  },
} satisfies Record<Artefact, ArtefactBuilder>;
