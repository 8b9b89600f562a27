// Creator feedback notes: a short note in the creator's own terms (their sponsored engagement against their usual
// organic rate, one brief element) for creators the team marks, by default those far above or below the campaign.
// A note is built from a view holding only that creator's own public-facing figures: no other creator's data, no
// costs, ratings, revisions, on-time flags or internal notes can reach it, whatever the wording code does.
import { formatNumber, formatPercent } from '../analysis/format.ts';
import { BRIEF_ITEMS, checklistOf, isAssessed, type BriefChecklist, type BriefItem } from '../brief-checklist.ts';
import type { BriefStyle, Format, Platform } from '../choices.ts';
import { erLift, median, sponsoredEr } from '../metrics.ts';
import type { Check, CreatorRecord } from '../records.ts';
import { blocksToMarkdown, heading, paragraph, type Block } from './model.ts';


/** "Far" from the campaign: an ER lift 25 points or more above or below the campaign's median lift. */
export const FAR_FROM_CAMPAIGN = 0.25;

export interface FeedbackChoice {
  row: number;
  handle: string;
  why: 'marked' | 'far-above' | 'far-below';
}

/** Who gets a note: those marked "Send", and, unmarked, those far from the campaign; "Skip" always wins. */
export function creatorsForFeedback(creators: readonly CreatorRecord[]): FeedbackChoice[] {
  const lifts = creators.map(erLift).filter((v): v is number => v !== null);
  const middle = median(lifts);
  return creators.flatMap((c): FeedbackChoice[] => {
    if (!c.handle.trim() || c.feedbackNote === 'Skip') return [];
    if (c.feedbackNote === 'Send') return [{ row: c.row, handle: c.handle, why: 'marked' }];
    const lift = erLift(c);
    if (lift === null || middle === null || lifts.length < 3) return [];
    if (lift - middle >= FAR_FROM_CAMPAIGN) return [{ row: c.row, handle: c.handle, why: 'far-above' }];
    if (middle - lift >= FAR_FROM_CAMPAIGN) return [{ row: c.row, handle: c.handle, why: 'far-below' }];
    return [];
  });
}

/** Everything a note may say, all of it the creator's own. */
export interface CreatorView {
  client: string;
  campaign: string;
  handle: string;
  platform: Platform | null;
  format: Format | null;
  followers: number | null;
  engagements: number | null;
  organicEngagementRate: number | null;
  brief: BriefStyle | null;
  briefChecklist: BriefChecklist;
}

/** The creator-safe view: picked field by field, so a new internal column can't slip in. */
export function creatorView(creator: CreatorRecord, campaign: { client: string; campaign: string }): CreatorView {
  return {
    client: campaign.client, campaign: campaign.campaign, handle: creator.handle.trim(), platform: creator.platform,
    format: creator.format, followers: creator.followers, engagements: creator.engagements,
    organicEngagementRate: creator.organicEngagementRate, brief: creator.brief, briefChecklist: checklistOf(creator),
  };
}

export interface FeedbackNote {
  handle: string;
  direction: 'worked' | 'change';
  title: string;
  blocks: Block[];
  /** `creator-feedback-<handle>.md`, safe on any file system. */
  fileName: string;
}

/** The note, or why there can't be one (a check naming the cell to fill in). */
export function buildCreatorFeedback(view: CreatorView, cellOf: (key: string) => string): { note: FeedbackNote } | { check: Check } {
  const er = sponsoredEr(view);
  const usual = view.organicEngagementRate;
  const who = view.handle || 'This creator';
  if (er === null) {
    return { check: { cell: cellOf(view.engagements === null ? 'engagements' : 'followers'), kind: 'missing-field', severity: 'warning',
      message: `${who} is down for a feedback note, but their engagement rate can’t be worked out. Enter their engagements and followers.` } };
  }
  if (usual === null || usual <= 0) {
    return { check: { cell: cellOf('organicEngagementRate'), kind: 'missing-field', severity: 'warning',
      message: `${who} is down for a feedback note, which compares their sponsored content with their usual engagement. Enter their organic ER.` } };
  }
  const direction = er >= usual ? 'worked' : 'change';
  const piece = [view.platform, view.format].filter(Boolean).join(' ') || 'content';
  const title = `${view.campaign || 'Campaign'}: notes for ${who}`;
  const blocks: Block[] = [
    heading(1, title),
    paragraph(`Hi ${who}, thank you for your ${piece} for ${[view.client, view.campaign].filter(Boolean).join('’s ') || 'the campaign'}. Here is a short note on how it went, measured against your own usual numbers.`),
    heading(2, direction === 'worked' ? 'What worked' : 'What we’d change together'),
    paragraph(metricSentence(view, er, usual)),
    paragraph(briefSentence(view, direction)),
    paragraph('If anything in the brief or the process got in your way, reply and tell us: it goes straight into how we brief next time.'),
  ];
  return { note: { handle: who, direction, title, blocks, fileName: feedbackFileName(view.handle) } };
}

function metricSentence(view: CreatorView, er: number, usual: number): string {
  const ratio = er / usual;
  const counts = view.engagements !== null && view.followers !== null
    ? ` (${formatNumber(view.engagements)} engagements from ${formatNumber(view.followers)} followers)` : '';
  const rate = `${formatPercent(er, 1)}${counts}`;
  if (Math.abs(ratio - 1) < 0.05) return `Your sponsored post’s engagement rate was ${rate}, in line with your usual ${formatPercent(usual, 1)} on organic posts: your audience treated it like your own content.`;
  const times = ratio >= 1.2 ? `, ${formatNumber(ratio, 1)} times your usual` : ratio <= 0.8 ? `, about ${formatPercent(ratio)} of your usual` : '';
  return er > usual
    ? `Your sponsored post’s engagement rate was ${rate}, above your usual ${formatPercent(usual, 1)} on organic posts${times}.`
    : `Your sponsored post’s engagement rate was ${rate}, below your usual ${formatPercent(usual, 1)} on organic posts${times}.`;
}

const WORKED_ORDER: readonly BriefItem[] = ['productContext', 'audience', 'goal', 'tone'];
const CHANGE_ORDER: readonly BriefItem[] = ['audience', 'goal', 'productContext', 'tone'];
const label = (item: BriefItem) => BRIEF_ITEMS.find((i) => i.item === item)?.stated ?? item;

/** One brief element: what helped (keep doing it) or what we'll change on our side (never what the creator did wrong). */
function briefSentence(view: CreatorView, direction: 'worked' | 'change'): string {
  const c = view.briefChecklist;
  if (isAssessed(c)) {
    if (direction === 'worked') {
      const item = WORKED_ORDER.find((i) => c[i] === true);
      if (item) return `The brief ${label(item)} up front, and it showed. We’ll keep doing that.`;
      return 'The brief left the delivery to you, and it showed. We’ll keep giving you that room.';
    }
    if (c.tooPrescriptive === true) return 'The brief scripted too much. Next time we’ll give you the must-haves and leave the delivery to you.';
    const missing = CHANGE_ORDER.find((i) => c[i] !== true);
    if (missing) return `The brief ${BRIEF_ITEMS.find((i) => i.item === missing)?.missing}. Next time we’ll put that up front, so you can make it your own.`;
    return 'The brief covered the audience, goal, product context and tone. Tell us what would have made it easier to make it your own.';
  }
  if (view.brief === 'Vague') {
    return direction === 'worked'
      ? 'The brief was light on detail and you made it work. Next time you’ll get the audience, the goal and the product context up front as well.'
      : 'The brief was light on detail. Next time you’ll get the audience, the goal, the product context and the tone up front.';
  }
  if (view.brief === 'Detailed') {
    return direction === 'worked'
      ? 'The brief spelled out the details up front, and it showed. We’ll keep doing that.'
      : 'The brief was detailed. Tell us whether it left you enough room to make it your own.';
  }
  return 'Tell us which part of the brief helped most, or got in the way: it goes into how we brief next time.';
}

export function feedbackFileName(handle: string): string {
  const safe = handle.trim().replace(/^@/, '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return `creator-feedback-${safe || 'creator'}.md`;
}

export function feedbackMarkdown(note: FeedbackNote): string {
  return `${blocksToMarkdown(note.blocks)}\n`;
}

/**
 * The notes as sections of one document: each note's title a level-2 heading that starts a new page (each section
 * is sent, or printed, to one creator alone), its own headings level 3.
 */
export function feedbackSections(notes: readonly FeedbackNote[]): Block[] {
  return notes.flatMap((n) => n.blocks.map((b, i): Block => (b.kind !== 'heading' ? b : i === 0 ? { ...b, level: 2, pageBreakBefore: true } : { ...b, level: 3 })));
}

/** All notes in one document, a section per creator (one Doc in the add-on, not one Doc per creator). */
export function feedbackDocument(notes: readonly FeedbackNote[], campaign: string): Block[] {
  return [
    heading(1, `${campaign || 'Campaign'}: creator feedback notes`),
    paragraph('One section per creator. Each section is written to be sent to that creator alone.'),
    ...feedbackSections(notes),
  ];
}

/** The notes for everyone chosen, and a check for each chosen creator whose figures can't support one. */
export function buildFeedbackNotes(
  campaign: { client: string; campaign: string },
  creators: readonly CreatorRecord[],
  cellOf: (tab: string, row: number, key: string) => string,
): { notes: FeedbackNote[]; checks: Check[] } {
  const notes: FeedbackNote[] = [];
  const checks: Check[] = [];
  const byRow = new Map(creators.map((c) => [c.row, c]));
  for (const choice of creatorsForFeedback(creators)) {
    const creator = byRow.get(choice.row);
    if (!creator) continue;
    const built = buildCreatorFeedback(creatorView(creator, campaign), (key) => cellOf('Creators', creator.row, key));
    if ('note' in built) notes.push(built.note);
    else checks.push(built.check);
  }
  return { notes, checks };
}
