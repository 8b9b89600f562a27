// The sidebar's wiring: builds the sections, connects them to the server through google.script.run,
// and loads the campaign once on open.
//
// Handles for browser tests (all `data-testid`; inputs also carry the same string as `id`):
//   status line ......... status (role=status; data-state = idle | working | done | error); while a call runs, a
//                         strip above it: progress (data-state = working | idle; invisible when idle, its room kept)
//                         > progress-bar (<progress>: no value while the amount is unknown, value/max for work in
//                         parts); beside it progress-parts ("200 of 1,000 rows · ") and progress-elapsed
//                         ("Still working · 12 s", after 2 s)
//   app root ............ app (data-busy = "true" while a server call runs)
//   header .............. spreadsheet-name
//   sections ............ section-setup, section-build, section-analyze, section-checks, section-agenda
//                         (<details>; the gray text in each summary: <name>-note, e.g. setup-note)
//   setup ............... setup-form, setup-client, setup-campaign, setup-startDate, setup-wrapDate,
//                         setup-currency, setup-budget, setup-team-campaignManager, setup-team-accountLead,
//                         setup-team-creatorRelations, setup-team-strategist, setup-team-facilitator,
//                         setup-team-noteTaker; field errors: #<input id>-error; due-date (class "warning"
//                         when overdue); setup-unsaved; buttons setup-save, setup-reload
//   build ............... build-tabs; build-result > build-created, build-refreshed, build-kept;
//                         tab-list > li[data-tab]
//   analyze ............. analyze; analysis-result > kpi-tally (kpi-met, kpi-missed, kpi-unknown),
//                         headline-list, learnings-list, recommendations-list
//   export import ....... section-export; export-file (input type=file); export-summary > export-what,
//                         export-ignored, export-notes; export-mapping > export-row (data-to) > export-column
//                         (select, data-header); export-mode (add | new); export-import
//   checks .............. run-checks; checks-summary; checks-list > checks-group-{error,warning,info}
//                         > check-item (data-severity, data-kind; code.cell, span.message)
//   agenda & timer ...... timer-toggle (Start / Pause / Resume; data-phase = idle | running | paused),
//                         timer-next, timer-reset, timer-elapsed, timer-block-left, timer-cue,
//                         agenda-list > agenda-block (data-index, data-state = done | current | upcoming,
//                         data-overrun = true | false, aria-current="step" on the current block)
//   meeting mode ....... section-meeting; meeting-roles (+ meeting-roles-problem), meeting-send-reminder >
//                         meeting-sent-by, meeting-mark-sent; meeting-refused; meeting-reminder, meeting-begin;
//                         meeting-block-title (data-index), meeting-note-text, meeting-note-add, meeting-note-park,
//                         meeting-notes > meeting-note-item (data-kind) > meeting-note-issue, meeting-note-win,
//                         meeting-note-became; meeting-file-form (data-as) > meeting-file-<field> (+ -error),
//                         meeting-file-save, meeting-file-cancel; meeting-back, meeting-next; meeting-parking >
//                         meeting-parked; meeting-review-summary, meeting-review > meeting-action (data-ok,
//                         data-row) > meeting-action-problem (data-field); meeting-review-refresh, meeting-end,
//                         meeting-ended
//   reports ............ section-reports (loads when first opened); reports-include-costs (checkbox);
//                         buttons reports-client, reports-brief, reports-slides; reports-latest > reports-latest-link;
//                         reports-warnings > li; reports-files > reports-file (data-artefact) > reports-file-link;
//                         templates: template-url-<clientReport|internalBrief|deck>, template-save-<…>,
//                         template-current-<…>, template-pick-<…> (Choose from Drive); reports-placeholders > li;
//                         picker-setup (why Choose from Drive is off); reports-permissions > reports-permission
//   learnings .......... learnings-doc-url, learnings-doc-save, learnings-doc-pick, learnings-doc-link
//                         (> learnings-doc-open-link); learnings-editor > learning-item
//                         > learning-input-<n>, learning-remove-<n>; learning-add; learnings-count (class "warning"
//                         outside 3–5); learnings-save; learnings-append; learnings-result > learnings-doc-open;
//                         history-load; history-result > history-recurring, history-campaign (h4 + li per line)
//   kickoff pack ....... kickoff-notice (top; hidden without a pack) > kickoff-message (class "warning" until the
//                         campaign manager has read it), kickoff-pack-link > kickoff-pack-open, kickoff-readers,
//                         kickoff-acknowledge
//   next & history ..... section-history; ledger-url, ledger-save, ledger-pick, ledger-load; ledger-result > ledger-open,
//                         ledger-backtest, ledger-claims > li; next-form > next-campaign, next-startDate, next-budget,
//                         next-objective, next-start; next-result > next-summary, next-workbook-open, next-pack-open,
//                         next-targets > li, next-warnings > li
import { createActions, createStatus } from './actions.ts';
import { el } from './dom.ts';
import { createProgress } from './progress.ts';
import { call } from './rpc.ts';
import { createAgendaSection } from './sections/agenda.ts';
import { createAnalysisSection } from './sections/analysis.ts';
import { createBuildSection } from './sections/build.ts';
import { createChecksSection } from './sections/checks.ts';
import { createHistorySection } from './sections/history.ts';
import { createMeetingSection } from './sections/meeting.ts';
import { createImportExportSection } from './sections/import-export.ts';
import { createReportsSection } from './sections/reports.ts';
import { createSetupSection } from './sections/setup.ts';

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked third-party storage
  }
}

const app = document.getElementById('app') as HTMLElement;
const statusLine = el('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'status', 'data-state': 'idle' }, 'Ready.');
const status = createStatus(statusLine);
const progress = createProgress();
const actions = createActions(status, app, progress);
const sheetName = el('p', { class: 'gray sheet', 'data-testid': 'spreadsheet-name' });

const checks = createChecksSection({ call, actions });
const history = createHistorySection({ call, actions });
const build = createBuildSection({ call, actions, onChecks: checks.show });
const setup = createSetupSection({
  call,
  actions,
  onState: (state) => {
    sheetName.textContent = state.spreadsheetName;
    build.showTabs(state.tabs);
    history.showKickoff(state.kickoff);
  },
});
const analysis = createAnalysisSection({ call, actions, onChecks: checks.show });
const importExport = createImportExportSection({ call, actions, onChecks: checks.show });
// The timer's Next block opens the block's tab too; a failure there leaves the timer running.
const agenda = createAgendaSection({ storage: localStorageOrNull(), onBlock: (block) => void call('openBlock', { block }).catch(() => undefined) });
const meeting = createMeetingSection({ call, actions, storage: localStorageOrNull() });
const reports = createReportsSection({ call, actions, storage: localStorageOrNull() });

app.dataset.testid = 'app';
app.replaceChildren(
  el('header', { class: 'header' }, el('h1', {}, 'Debrief'), sheetName),
  history.notice, // the kickoff pack unread: said first, before anyone plans (issue 14)
  setup.root, build.root, importExport.root, analysis.root, checks.root, agenda.root, meeting.root,
  reports.root, // client Doc, internal brief, slides, shared learnings (issue 4)
  history.root, // the campaign ledger and "Start next campaign" (issue 14)
  // last: it sticks to the bottom of the sidebar, in view whichever button was pressed
  el('footer', { class: 'status-bar' }, progress.root, el('div', { class: 'status-row' }, statusLine, progress.words)),
);
// Then meeting mode, for its reminder that the client report hasn't gone out (one call, after the first).
void setup.load().then(() => meeting.peek());
