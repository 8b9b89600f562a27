// Debrief's built-in Doc templates (client report, internal brief, creator feedback notes, kickoff pack): made of the same {{placeholders}} an agency's
// own template uses, written into a new Doc with one Docs API batchUpdate, and previewable in memory.
import type { ReportContent } from './content.ts';
import { heading, paragraph, type Block } from './model.ts';
import { ARTEFACT_SPECS, type Artefact } from '../artefacts.ts';
import type { DocsJson } from './docs-json.ts';
import { BUILT_IN_MARGINS } from './page-layout.ts';
import { placeholdersIn, token } from './placeholders.ts';

export type LineStyle = 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3' | 'NORMAL_TEXT';

export interface TemplateLine {
  style: LineStyle;
  text: string;
}

const line = (style: LineStyle, text: string): TemplateLine => ({ style, text });
const slot = (name: string) => line('NORMAL_TEXT', token(name));

/** The artefacts that are Docs. */
export type DocArtefact = { [A in Artefact]: (typeof ARTEFACT_SPECS)[A]['file'] extends 'doc' ? A : never }[Artefact];

export const DOC_TEMPLATES: Record<DocArtefact, { name: string; lines: TemplateLine[] }> = {
  clientReport: {
    name: ARTEFACT_SPECS.clientReport.template.builtInName,
    lines: [
      // One page: the title says the campaign, the byline the rest, the summary opens; the misses follow the
      // table they explain; section headings at Heading 3; the recommendations end the page.
      line('TITLE', '{{campaign}}'),
      line('SUBTITLE', '{{byline}}'),
      slot('summary'),
      slot('variance_chart'),
      slot('kpi_table'),
      slot('misses'),
      line('HEADING_3', 'Top content'),
      slot('top_content'),
      slot('creator_costs'),
      line('HEADING_3', 'What we learned'),
      slot('learnings'),
      line('HEADING_3', 'What we recommend next'),
      slot('recommendations'),
    ],
  },
  internalBrief: {
    name: ARTEFACT_SPECS.internalBrief.template.builtInName,
    lines: [
      // Two pages: section headings at Heading 3, the title one line (the byline says it is the post-mortem brief).
      line('TITLE', '{{campaign}}'),
      line('SUBTITLE', '{{byline}}'),
      line('HEADING_3', '1. Performance against goals'),
      slot('summary'),
      slot('kpi_table'),
      slot('misses'),
      line('HEADING_3', '2. Creators and patterns'),
      slot('creator_breakdown'),
      line('HEADING_3', '3. Content: top and bottom 3'),
      slot('content_analysis'),
      line('HEADING_3', '4. What went wrong, by root cause and severity'),
      slot('issues'),
      line('HEADING_3', '5. What worked'),
      slot('wins'),
      line('HEADING_3', 'Action items'),
      slot('action_items'),
      line('HEADING_3', 'Learnings'),
      slot('learnings'),
      line('HEADING_3', 'Recommendations'),
      slot('recommendations'),
    ],
  },
  creatorFeedback: {
    name: ARTEFACT_SPECS.creatorFeedback.template.builtInName,
    lines: [
      line('TITLE', '{{campaign}}: creator feedback notes'),
      line('SUBTITLE', '{{byline}}'),
      line('NORMAL_TEXT', 'One section per creator, each on its own page and written to be sent to that creator alone: copy it into your message to them.'),
      slot('creator_notes'),
    ],
  },
  kickoffPack: {
    name: ARTEFACT_SPECS.kickoffPack.template.builtInName,
    lines: [
      line('TITLE', '{{campaign}}: kickoff pack'),
      line('SUBTITLE', '{{client}} · {{report_date}} · Read before planning'),
      line('HEADING_1', 'Open actions'),
      slot('open_actions'),
      line('HEADING_1', 'Root causes that keep coming back'),
      slot('recurring_causes'),
      line('HEADING_1', 'Creators'),
      slot('creators'),
      line('HEADING_1', 'Suggested targets'),
      slot('suggested_targets'),
      line('HEADING_1', 'Learnings from the last campaigns'),
      slot('recent_learnings'),
      line('NORMAL_TEXT', 'Acknowledge this pack in the Debrief sidebar once you have read it: the sidebar shows who has.'),
    ],
  },
};

/**
 * Docs API requests that write `lines` into a new, empty Doc (whose body is one empty paragraph at index 1):
 * all the text in one insertText, then each line's paragraph style.
 */
export function docTemplateRequests(lines: readonly TemplateLine[], options: { margins?: typeof BUILT_IN_MARGINS } = {}): Record<string, unknown>[] {
  const textValue = lines.map((l) => l.text).join('\n');
  const requests: Record<string, unknown>[] = [{ insertText: { location: { index: 1 }, text: textValue } }];
  const m = options.margins;
  if (m) {
    const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
    requests.push({ updateDocumentStyle: { documentStyle: { marginTop: pt(m.top), marginBottom: pt(m.bottom), marginLeft: pt(m.left), marginRight: pt(m.right) },
      fields: 'marginTop,marginBottom,marginLeft,marginRight' } });
  }
  let start = 1;
  for (const l of lines) {
    const end = start + l.text.length + 1;
    requests.push({ updateParagraphStyle: { range: { startIndex: start, endIndex: end }, paragraphStyle: { namedStyleType: l.style }, fields: 'namedStyleType' } });
    start = end;
  }
  return requests;
}

const fillText = (value: string, content: ReportContent) =>
  value.replace(/\{\{([A-Za-z0-9_]+)\}\}/g, (whole, name: string) => content.text[name] ?? whole);

/** The default template filled in memory: what the generated Doc says, for previews and tests. */
export function renderDocTemplate(lines: readonly TemplateLine[], content: ReportContent): Block[] {
  const blocks: Block[] = [];
  for (const l of lines) {
    const names = placeholdersIn(l.text);
    const block = names.find((n) => content.blocks[n] !== undefined);
    const filling = block === undefined ? undefined : content.blocks[block];
    if (block && filling && l.text.trim() === token(block)) {
      blocks.push(...filling);
      continue;
    }
    const filled = fillText(l.text, content);
    if (l.style === 'NORMAL_TEXT') blocks.push(paragraph(filled));
    else blocks.push(heading(l.style === 'HEADING_2' || l.style === 'HEADING_3' ? 2 : l.style === 'SUBTITLE' ? 3 : 1, filled));
  }
  return blocks;
}

/** Whether a built-in template's Doc predates the built-in layout (its margins are not the built-in ones). */
export function outdatedBuiltIn(doc: DocsJson): boolean {
  const style = doc.documentStyle;
  return style?.marginTop?.magnitude !== BUILT_IN_MARGINS.top || style?.marginLeft?.magnitude !== BUILT_IN_MARGINS.left;
}
