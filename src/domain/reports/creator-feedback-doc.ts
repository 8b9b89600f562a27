// The creator feedback notes Doc (Extensions → Debrief and the sidebar): one section per creator chosen for a note,
// each built from that creator's own view (creator-feedback.ts). The artefact's audience is the creator's, so the
// workbook it gets has no costs, ratings or internal notes to begin with; the notes' own view narrows it further to
// one creator's figures. A chosen creator whose figures can't support a note is named, with the cell to fill in.
import { describeCell } from '../analysis/analyze.ts';
import type { CellOf } from '../campaign-file-rows.ts';
import { NotReadyError } from '../errors.ts';
import type { Check } from '../records.ts';
import type { ArtefactView } from './client-report.ts';
import { commonText, type ReportContent } from './content.ts';
import { buildFeedbackNotes, feedbackSections } from './creator-feedback.ts';

const checkSentence = (check: Check) => `${check.cell}: ${check.message}`;

export function creatorFeedbackContent(view: ArtefactView, options: { today: string; cellOf?: CellOf }): ReportContent {
  const { workbook, analysis } = view;
  const { notes, checks } = buildFeedbackNotes(workbook.campaign, workbook.creators, options.cellOf ?? describeCell);
  if (notes.length === 0) {
    throw new NotReadyError(checks.length
      ? `No creator feedback note could be written. ${checks.map(checkSentence).join(' ')}`
      : 'No creator is down for a feedback note. Mark “Send” in the Creators tab’s Feedback note column for each creator to write to '
        + '(left blank, Debrief picks creators far above or below the campaign once 3 or more have an ER lift).');
  }
  const text = commonText(workbook, analysis, 'creatorFeedback', options.today);
  return {
    artefact: 'creatorFeedback',
    title: text.title,
    // The campaign's results are not a creator's to read: the summary and KPI count stay empty here.
    text: { ...text, summary: '', kpis_met: '' },
    blocks: { creator_notes: feedbackSections(notes) }, // the template has the document's title and opening line
    ...(checks.length ? { notes: checks.map(checkSentence) } : {}),
  };
}
