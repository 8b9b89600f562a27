// The Diagnostics checks: each makes what it needs on scratch files through the add-on's own code (the template
// fill and its page breaks, the learnings append's staleness test, the stored-property writer) and says in plain words what Google
// did, so a failure reads as a bug report; the chart picture is drawn as the client report draws it. The deck's
// checks are in deck-checks.ts.
import { overBudget, PROPERTY_QUOTA, STORED_PROPERTIES, utf8Bytes } from '../../domain/property-budget.ts';
import { chartBoxIn, chartPixels, type ChartBox, type ReportChart } from '../../domain/reports/charts.ts';
import type { ReportContent } from '../../domain/reports/content.ts';
import { pngSize } from '../../domain/reports/deck-fill.ts';
import { TEXT_COLUMN } from '../../domain/reports/fit.ts';
import { docTemplateRequests } from '../../domain/reports/doc-templates.ts';
import { bodyOutline, type DocsJson } from '../../domain/reports/docs-json.ts';
import { paragraph } from '../../domain/reports/model.ts';
import { storedLine } from '../../domain/reports/stored-text.ts';
import { chartPicture } from '../reports/charts.ts';
import { createBlankFile, docsService, MIME } from '../reports/drive-files.ts';
import { fillDoc } from '../reports/fill-doc.ts';
import { changedSince } from '../reports/learnings.ts';
import { FEATURE_SCOPES } from '../scopes.ts';
import { deleteStored, writeStored } from '../stored-properties.ts';
import { chartInDeck, deckBullets, tableOnPlaceholder } from './deck-checks.ts';
import { ledgerWrites } from './ledger-checks.ts';
import { chartInReport } from './report-checks.ts';
import { CheckFailed, SCRATCH_NAME, type Check, type Scratch } from './scratch.ts';
import { oneCallTabRead } from './sheet-checks.ts';

const show = (text: string) => JSON.stringify(text);
const n = (value: number) => value.toLocaleString('en-US');

function scratchDoc(scratch: Scratch, lines: string[]): string {
  const id = scratch.keep(createBlankFile(SCRATCH_NAME, MIME.document));
  docsService().Documents!.batchUpdate({ requests: docTemplateRequests(lines.map((text) => ({ style: 'NORMAL_TEXT', text }))) }, id);
  return id;
}

const readDoc = (id: string) => docsService().Documents!.get(id) as DocsJson;

/** Fills a scratch template's {{client}} and {{campaign}} with the add-on's fill; the Doc's lines as Docs keeps them. */
function filled(scratch: Scratch, lines: string[], text: Record<string, string>): string[] {
  const id = scratchDoc(scratch, lines);
  const content: ReportContent = { artefact: 'clientReport', title: SCRATCH_NAME, text, blocks: {} };
  fillDoc(id, content);
  return bodyOutline(readDoc(id)).map((p) => p.text).filter(Boolean);
}

function sameLines(what: string, found: string[], expected: string[]): void {
  if (JSON.stringify(found) !== JSON.stringify(expected)) throw new CheckFailed(`${what}: Docs holds ${show(found.join(' / '))}, Debrief expected ${show(expected.join(' / '))}`);
}

/** Text people type that a replacement could mistake for syntax: "$1", "$&", "\", "{{…}}" and regular expressions. */
const TRICKY = 'Price $1.50 ($&) C:\\new\\ {{campaign}} .*[a-z]+(x)|^$';

const templateFill: Check = {
  name: 'Template fill',
  run(scratch) {
    const found = filled(scratch, ['Client: {{client}} (.*) [a-z]+ $0', 'Campaign: {{campaign}}'], { client: TRICKY, campaign: 'Spring \\1 $$' });
    sameLines(`a template filled with ${show(TRICKY)}`, found, [`Client: ${TRICKY} (.*) [a-z]+ $0`, 'Campaign: Spring \\1 $$']);
    return `$, \\, {{ }} and regular-expression text landed exactly as typed (${show(TRICKY)})`;
  },
};

/** C0 controls and private use (which Docs strips), an astral emoji with a ZWJ sequence, RTL, a combining mark, a lone surrogate. */
const UNICODE = 'a\u0001b\u001fc\uf8ffd 👩🏽‍💻 עברית e\u0301 \ud800 end';

const unicode: Check = {
  name: 'Unicode round trip',
  run(scratch) {
    const found = filled(scratch, ['Text: {{client}}'], { client: UNICODE });
    sameLines('text with controls, private-use, emoji, RTL and combining marks', found, [`Text: ${storedLine(UNICODE)}`]);
    return 'what Docs kept is exactly what Debrief computes its indexes from (controls and private-use stripped, the rest intact)';
  },
};

const staleRevision: Check = {
  name: 'Stale revision on append',
  run(scratch) {
    const docs = docsService().Documents!;
    const id = scratchDoc(scratch, ['Learnings']);
    const first = readDoc(id);
    const insert = (text: string) => ({ insertText: { location: { index: 1 }, text } });
    docs.batchUpdate({ requests: [insert('Another person appended this. ')] }, id);
    let refused = false;
    try {
      docs.batchUpdate({ requests: [insert('Stale write. ')], writeControl: { requiredRevisionId: first.revisionId } }, id);
    } catch {
      refused = true;
    }
    if (!refused) throw new CheckFailed('Docs accepted a batchUpdate whose writeControl.requiredRevisionId was older than the Doc: two appends could interleave');
    const again = changedSince(id, first.revisionId);
    if (!again) throw new CheckFailed('after a refused stale write, reading the Doc again gave the same revisionId, so Debrief could not tell staleness from another error');
    docs.batchUpdate({ requests: [insert('Retried. ')], writeControl: { requiredRevisionId: again.revisionId } }, id);
    return 'a write based on an old revisionId was refused, a fresh read showed a new revisionId, and the retry with it went through';
  },
};

/**
 * The creator feedback notes' page breaks, on Google: a heading marked to start a page gets an insertPageBreak in
 * the fill's one batch, its own paragraph before the heading (made Normal text), and the indexes after it hold.
 */
const pageBreaks: Check = {
  name: 'Page breaks',
  run(scratch) {
    const id = scratchDoc(scratch, ['{{creator_notes}}', 'End']);
    const section = (who: string) => [{ kind: 'heading', level: 2, text: `Notes for ${who}`, pageBreakBefore: true } as const, paragraph(`Hi ${who}.`)];
    fillDoc(id, { artefact: 'creatorFeedback', title: SCRATCH_NAME, text: {}, blocks: { creator_notes: [...section('A'), ...section('B')] } });
    const found = (readDoc(id).body?.content ?? []).flatMap((e) => (e.paragraph
      ? [`${e.paragraph.paragraphStyle?.namedStyleType} ${(e.paragraph.elements ?? []).map((r) => (r.pageBreak ? '[page break]' : r.textRun?.content ?? '')).join('').trim()}`] : []));
    const normal = (text: string) => `NORMAL_TEXT ${text}`;
    const expected = [normal('[page break]'), 'HEADING_2 Notes for A', normal('Hi A.'), normal('[page break]'), 'HEADING_2 Notes for B', normal('Hi B.'), normal('End')];
    sameLines('two sections, each starting a page', found, expected);
    return 'each section’s heading came after a page break of its own, in one batch';
  },
};

/** A chart as the reports draw it: the client report's variance bars in the built-in text column, a slide's column box. */
const PROBES: { chart: ReportChart; box: ChartBox; where: string }[] = (() => {
  const chart = (type: ReportChart['type']): ReportChart => ({ id: 'variance', type, title: SCRATCH_NAME, columns: ['KPI', 'Variance'], rows: [['Reach', 0.2], ['Clicks', -0.1]], format: '+0%;-0%;0%', alt: '' });
  return [
    { chart: chart('BAR'), box: chartBoxIn(chart('BAR'), TEXT_COLUMN.width), where: 'a report' },
    { chart: chart('COLUMN'), box: { width: 322.8, height: 269 }, where: 'a slide' },
  ];
})();

/**
 * The report's chart pictures (Charts.newDataTable → newBarChart/newColumnChart → getAs('image/png')), both kinds,
 * each drawn at the pixels of its box: on Google, the PNG must come out at exactly those pixels, or Docs and
 * Slides would scale it and its labels would no longer be the size Debrief chose.
 */
const chartImage: Check = {
  name: 'Chart picture',
  run() {
    const sizes = PROBES.map(({ chart, box, where }) => {
      const asked = chartPixels(chart, box);
      const blob = chartPicture(chart, box);
      const size = pngSize(blob.getBytes());
      const got = size ? `${size.width} × ${size.height}` : `not a PNG (${blob.getContentType()})`;
      if (size?.width !== asked.width || size.height !== asked.height) throw new CheckFailed(`a ${chart.type} chart asked at ${asked.width} × ${asked.height} px came out ${got}`);
      return `${got} for ${where}`;
    });
    return `bar and column charts came out at the pixels asked: ${sizes.join(', ')}`;
  },
};

const PROBE_KEY = 'debrief.diagnostics';

const propertyBudget: Check = {
  name: 'Property budget',
  run() {
    const store = PropertiesService.getDocumentProperties();
    const used = Object.entries(store.getProperties()).reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);
    // Debrief's largest value, in ASCII: were the quota counted in UTF-16 (2 bytes a character), it would fail.
    const probe = 'x'.repeat(STORED_PROPERTIES[PROBE_KEY].bytes - 2);
    const size = n(probe.length + 2);
    const problem = overBudget(PROBE_KEY, JSON.stringify(probe));
    if (problem) throw new CheckFailed(problem);
    try {
      writeStored(PROBE_KEY, probe);
      // Read back from the store itself, not the snapshot: the check is of Google's quota.
      if (store.getProperty(PROBE_KEY) !== JSON.stringify(probe)) throw new CheckFailed(`a document property of ${size} bytes read back differently`);
    } catch (error) {
      if (error instanceof CheckFailed) throw error;
      throw new CheckFailed(`Google refused a document property of ${size} bytes (Debrief's largest): ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      deleteStored(PROBE_KEY);
    }
    return `a value of ${size} bytes (Debrief's largest; Google allows ${n(PROPERTY_QUOTA.valueBytes)}) was kept; this spreadsheet's properties use ${n(used)} of ${n(PROPERTY_QUOTA.storeBytes)} bytes`;
  },
};

/** ScriptApp.getAuthorizationInfo(authMode, oAuthScopes) (granular consent); the typings know only the first argument. */
type AuthorizationInfoFor = (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => GoogleAppsScript.Script.AuthorizationInfo;

const scopes: Check = {
  name: 'Scopes granted',
  run() {
    const info = ScriptApp.getAuthorizationInfo as unknown as AuthorizationInfoFor;
    const missing = FEATURE_SCOPES.filter(([scope]) => info(ScriptApp.AuthMode.FULL, [scope]).getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    if (missing.length) throw new CheckFailed(`not granted: ${missing.map(([scope, use]) => `${scope} (${use})`).join(', ')}; open Extensions → Debrief again and allow them`);
    return `all ${FEATURE_SCOPES.length} scopes Debrief asks for are granted`;
  },
};

export const CHECKS: readonly Check[] = [scopes, propertyBudget, oneCallTabRead, templateFill, unicode, pageBreaks, staleRevision, chartImage, tableOnPlaceholder, chartInDeck, deckBullets, chartInReport, ledgerWrites];
