// What's missing or weak in a workbook that the team should fix before (or during) the post-mortem. Each check
// names its cell and says what to do in words a campaign manager uses; unreadable cells are the reader's checks.
import type { CellOf } from './campaign-file-rows.ts';
import { briefPatterns, draftBriefAction } from './analysis/brief-patterns.ts';
import { checkWorkbookBlameless } from './blameless/check.ts';
import { gateChecks, runGate } from './completeness-gate.ts';
import { postMortemDue } from './dates.ts';
import { brandColourProblem } from './reports/brand.ts';
import type { Check, CheckKind, CreatorRecord, IssueRecord, Workbook } from './records.ts';
import { identityOf, nearest } from './tabs/identity.ts';
import { knownKpi } from './tabs/kpis-tab.ts';
import { resolveUnit } from './tabs/units.ts';
import { assessAction, ownerProblem } from './vague-action.ts';

export interface CheckOptions {
  today: string; // ISO yyyy-mm-dd, in the spreadsheet's time zone
  /** Names a cell: ("Creators", 7, "cost") → "Creators!G7" for a sheet, "creators[7].cost" for a file. Campaign fields use row 0. */
  cellOf: CellOf;
}

/**
 * Every check on a workbook, once: the reader's (unreadable cells) first, then ours, leaving out ours on a cell the
 * reader already named ("lots" is not a number says more than "has no follower count").
 */
export function workbookChecks(workbook: Workbook, readChecks: readonly Check[], options: CheckOptions): Check[] {
  const named = new Set(readChecks.map((c) => c.cell));
  return [...readChecks, ...checkWorkbook(workbook, options).filter((c) => !named.has(c.cell))];
}

export function checkWorkbook(workbook: Workbook, { today, cellOf }: CheckOptions): Check[] {
  const checks: Check[] = [];
  const add = (cell: string, kind: CheckKind, message: string, severity: Check['severity'] = 'warning') =>
    checks.push({ cell, kind, message, severity });

  const due = postMortemDue(workbook.campaign.wrapDate);
  if (due && today > due) {
    add(cellOf('Campaign', 0, 'postMortemDue'), 'post-mortem-overdue',
      `The post-mortem was due on ${due} (3 days after the wrap date) and today is ${today}. Hold it as soon as you can, while people still remember the details.`);
  }

  const colour = brandColourProblem(workbook.campaign.brandColour);
  if (colour) add(cellOf('Campaign', 0, 'brandColour'), 'not-a-colour', colour);

  for (const kpi of workbook.kpis) {
    const name = kpi.name ? `KPI "${kpi.name}"` : 'This KPI';
    if (kpi.confidence === null) {
      add(cellOf('KPIs', kpi.row, 'confidence'), 'missing-confidence',
        `${name} has no target confidence. Pick Historical data, Rough estimate or Client-mandated, so a miss can be read fairly.`);
    }
    if (kpi.target === null) add(cellOf('KPIs', kpi.row, 'target'), 'missing-field', `${name} has no target, so it can't be marked met or missed and is left out of the client report and deck. Enter the agreed target.`);
    if (kpi.actual === null) add(cellOf('KPIs', kpi.row, 'actual'), 'missing-field', `${name} has no actual, so it is left out of the client report and deck. Enter what the campaign delivered.`);
    if (kpi.unit === null && !knownKpi(kpi.name) && (kpi.target !== null || kpi.actual !== null)) {
      add(cellOf('KPIs', kpi.row, 'unit'), 'missing-field',
        `${name} has no unit, so the documents show it as ${resolveUnit(kpi).toLowerCase()}. Pick Count, Money, Percent or Number.`, 'info');
    }
  }

  checkCampaignOrder(workbook, cellOf, add);
  for (const creator of workbook.creators) checkCreator(creator, cellOf, add);
  checkContentCreators(workbook, cellOf, add);

  for (const piece of workbook.content) {
    const name = piece.id ? `Piece ${piece.id}` : 'This piece';
    for (const key of ['impressions', 'engagements'] as const) {
      if (piece[key] === null) add(cellOf('Content', piece.row, key), 'missing-field', `${name} has no ${key}, so its ER can't be worked out and it isn't ranked. Enter its ${key}.`);
    }
  }

  const team = Object.values(workbook.campaign.team).filter(Boolean);
  const briefAction = draftBriefAction(briefPatterns(workbook.creators));
  for (const issue of workbook.issues) checkIssue(issue, team, cellOf, add, briefAction);
  checks.push(...checkWorkbookBlameless(workbook, cellOf));
  const gate = runGate({ kpis: workbook.kpis, issues: workbook.issues, wins: workbook.wins, threshold: workbook.campaign.gateThreshold, cellOf });
  checks.push(...gateChecks(gate));
  return checks;
}

type Add = (cell: string, kind: CheckKind, message: string, severity?: Check['severity']) => void;

/** Dates and tier thresholds that contradict each other: a wrap before the start, a Micro tier above Mid-tier. */
function checkCampaignOrder(workbook: Workbook, cellOf: CellOf, add: Add): void {
  const { startDate, wrapDate, tiers } = workbook.campaign;
  if (startDate && wrapDate && wrapDate < startDate) {
    add(cellOf('Campaign', 0, 'wrapDate'), 'date-order', `The wrap date (${wrapDate}) is before the start date (${startDate}). Fix whichever is wrong; the post-mortem's due date follows the wrap date.`, 'error');
  }
  const order = [['micro', 'tierMicro', 'Micro'], ['midTier', 'tierMidTier', 'Mid-tier'], ['macro', 'tierMacro', 'Macro'], ['mega', 'tierMega', 'Mega']] as const;
  order.forEach(([key, field, name], i) => {
    const below = order[i - 1];
    if (!below) return;
    const [lowKey, , lowName] = below;
    if (tiers[key] <= tiers[lowKey]) {
      add(cellOf('Campaign', 0, field), 'tier-order',
        `${name} starts at ${tiers[key].toLocaleString('en-US')} followers, not above ${lowName} (${tiers[lowKey].toLocaleString('en-US')}), so no creator can be ${lowName}. Put the thresholds in rising order.`, 'error');
    }
  });
}

/** Content naming a creator who isn't on the Creators tab (as typed), with the handle they probably meant. */
function checkContentCreators(workbook: Workbook, cellOf: CellOf, add: Add): void {
  const handles = workbook.creators.map((c) => identityOf(c.handle)).filter(Boolean);
  const known = new Set(handles);
  for (const piece of workbook.content) {
    const creator = identityOf(piece.creator);
    if (!creator || known.has(creator)) continue;
    const near = nearest(creator, handles);
    add(cellOf('Content', piece.row, 'creator'), 'unknown-creator',
      `${piece.id ? `Piece ${piece.id}` : 'This piece'} names "${creator}", who isn't on the Creators tab${near ? `; did you mean "${near}"?` : '. Add them there, or fix the handle.'}`);
  }
}

function checkCreator(creator: CreatorRecord, cellOf: CellOf, add: Add): void {
  const who = creator.handle || 'This creator';
  const cell = (key: string) => cellOf('Creators', creator.row, key);
  if (creator.cost === null) {
    add(cell('cost'), 'creator-without-cost',
      `${who} has no cost, so their CPE, CPM, CPC and CPA can't be worked out and they're left out of pooled cost figures. Enter everything paid to them: fee, product and usage rights (0 for a gifted post).`);
  }
  if (creator.engagements === null) {
    add(cell('engagements'), 'missing-field', `${who} has no engagements, so their sponsored ER, ER lift and CPE can't be worked out. Enter the likes, comments, shares and saves on the sponsored content.`);
  }
  if (creator.followers === null) {
    add(cell('followers'), 'missing-field', `${who} has no follower count, so their tier and sponsored ER can't be worked out. Enter their followers at posting time.`);
  }
}

function checkIssue(issue: IssueRecord, team: string[], cellOf: CellOf, add: Add, briefAction: string): void {
  const short = shorten(issue.description, 48);
  const name = short ? `issue "${short}"` : 'this issue';
  const cell = (key: string) => cellOf('Issues', issue.row, key);
  const assessment = assessAction(issue.action, [...team, issue.owner]);
  if (assessment.reason === 'missing') {
    const drafted = issue.area === 'Brief quality' ? ` Drafted from the brief checklist: “${briefAction}”` : '';
    add(cell('action'), 'missing-field', `${capital(name)} has no action. Write one specific change, with one owner and a deadline.${drafted}`);
    return;
  }
  const owner = ownerProblem(issue.owner);
  if (owner === 'missing') add(cell('owner'), 'action-without-owner', `The action for ${name} has no owner. Name the one person who will make it happen.`);
  else if (owner === 'several') {
    add(cell('owner'), 'action-without-owner', `The action for ${name} is owned by "${issue.owner}". Name one person: actions everyone owns tend not to happen.`);
  }
  if (!issue.due) add(cell('due'), 'action-without-deadline', `The action for ${name} has no deadline. Set a date so it can be followed up.`);
  if (assessment.vague) {
    add(cell('action'), 'vague-action',
      `The action for ${name} is too vague to act on ("${issue.action}"). Say what will change, by whom and by when, e.g. "Add UTM links to the brief template by 1 Dec".`);
  }
}

/** Long descriptions cut at a word boundary so the message stays one readable line. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
