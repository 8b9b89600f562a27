// The shared learnings Doc, planned from documents.get JSON and applied by the local Docs API: the client's
// heading (made in alphabetical order when missing), one dated sub-heading per campaign, bullets, no duplicates,
// and every line already in the Doc (people's edits included) kept exactly as it was.
import { describe, expect, it } from 'vitest';
import { CallLog } from '../../../src/local/emulator/call-log.ts';
import { createDocumentServices } from '../../../src/local/emulator/docs/services.ts';
import { DriveStore } from '../../../src/local/emulator/drive/drive-store.ts';
import { editDoc, item, para, table } from '../../local/emulator/docs/doc-builder.ts';
import type { ServiceContext } from '../../../src/local/emulator/service-context.ts';
import { bodyOutline, type DocsJson } from '../../../src/domain/reports/docs-json.ts';
import { clientHistory, parseRootCauses, planLearningsAppend, type LearningsEntry } from '../../../src/domain/reports/learnings-doc.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function world() {
  const drive = new DriveStore(() => new Date('2026-11-24T10:00:00Z'), 'you@agency.example');
  const ctx: ServiceContext = { calls: new CallLog(), drive, now: () => new Date(), userEmail: 'you@agency.example', timeZone: 'Etc/UTC', authMode: () => 'FULL' };
  const services = createDocumentServices(ctx);
  const Docs = services.Docs as Any;
  const id: string = Docs.Documents.create({ title: 'Client learnings' }).documentId;
  const get = (): DocsJson => Docs.Documents.get(id);
  const append = (entry: LearningsEntry) => {
    const json = get();
    const plan = planLearningsAppend(json, entry);
    if (plan.status === 'append') Docs.Documents.batchUpdate({ requests: plan.requests, writeControl: { requiredRevisionId: json.revisionId } }, id);
    return plan;
  };
  /** Paragraphs as "STYLE[•] text" lines. */
  const lines = () => bodyOutline(get()).map((p) => `${p.style}${p.bullet ? '•' : ''} ${p.text}`);
  return { Docs, drive, id, get, append, lines };
}

const entry = (client: string, campaign: string, ...bullets: string[]): LearningsEntry => ({ client, heading: `${campaign} — 18 Nov 2026`, bullets });

/** `before` appears in `after` in order, each line unchanged. */
function keptInOrder(before: string[], after: string[]) {
  let at = 0;
  for (const line of before) {
    const found = after.indexOf(line, at);
    expect(found, `kept: ${line}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

describe('appending to the shared learnings Doc', () => {
  it('makes the client heading, the dated campaign heading and the bullets in a blank Doc', () => {
    const w = world();
    const plan = w.append(entry('Glowlab', 'Winter Glow', 'Nano creators cost less.', 'Root causes: Process (2)'));
    expect(plan).toMatchObject({ status: 'append', newClientHeading: true });
    expect(w.lines()).toEqual(['HEADING_1 Glowlab', 'HEADING_2 Winter Glow — 18 Nov 2026', 'NORMAL_TEXT• Nano creators cost less.', 'NORMAL_TEXT• Root causes: Process (2)', 'NORMAL_TEXT ']);
  });

  it('puts a second campaign under the same heading, and never duplicates one', () => {
    const w = world();
    w.append(entry('Glowlab', 'Winter Glow', 'One.', 'Root causes: Process (2)'));
    w.append(entry('Acme', 'Spring', 'Acme learning.', 'Root causes: none logged'));
    const before = w.lines();
    w.append(entry('Glowlab', 'Summer Sun', 'Two.', 'Root causes: Process (1), Tools (1)'));
    const after = w.lines();
    keptInOrder(before, after);
    expect(after).toEqual([
      'HEADING_1 Acme', 'HEADING_2 Spring — 18 Nov 2026', 'NORMAL_TEXT• Acme learning.', 'NORMAL_TEXT• Root causes: none logged',
      'HEADING_1 Glowlab', 'HEADING_2 Winter Glow — 18 Nov 2026', 'NORMAL_TEXT• One.', 'NORMAL_TEXT• Root causes: Process (2)',
      'HEADING_2 Summer Sun — 18 Nov 2026', 'NORMAL_TEXT• Two.', 'NORMAL_TEXT• Root causes: Process (1), Tools (1)', 'NORMAL_TEXT ',
    ]);
    expect(w.append(entry('glowlab ', 'Summer  Sun', 'Two again.')).status).toBe('already-there');
    expect(w.lines()).toEqual(after);
  });

  it('files a new client in alphabetical order between existing ones', () => {
    const w = world();
    w.append(entry('Acme', 'A1', 'a'));
    w.append(entry('Zeta', 'Z1', 'z'));
    w.append(entry('Midway', 'M1', 'm'));
    expect(w.lines().filter((l) => l.startsWith('HEADING_1'))).toEqual(['HEADING_1 Acme', 'HEADING_1 Midway', 'HEADING_1 Zeta']);
  });

  it('keeps everything a person wrote: their text, formatting, tables and a bulleted last line', () => {
    const w = world();
    w.append(entry('Glowlab', 'Winter Glow', 'One.', 'Root causes: Process (2)'));
    // A person edits the Doc: a note under the client, a bold line, a table, a bullet of their own at the very end.
    editDoc(w.drive, w.id, (doc) => {
      doc.body.children.splice(1, 0, para(['Account notes:', { bold: true }], ' prefers Slack.'));
      const last = doc.body.children.pop(); // Google Docs keeps a final empty paragraph after a table
      doc.body.children.push(table([['Quarter', 'Spend'], ['Q4', '$48k']]), ...(last ? [last] : []));
      doc.body.children.push(item(0, ['Ask about the spring launch.', { bold: true, linkUrl: 'https://example.com/spring' }]));
    });
    const before = w.lines();
    const json = w.get();
    w.append(entry('Glowlab', 'Summer Sun', 'Two.', 'Root causes: Process (1)'));
    const after = w.lines();
    keptInOrder(before, after);
    expect(after.slice(-4)).toEqual(['NORMAL_TEXT• Ask about the spring launch.', 'HEADING_2 Summer Sun — 18 Nov 2026', 'NORMAL_TEXT• Two.', 'NORMAL_TEXT• Root causes: Process (1)']);
    // The person's bold text is still bold, and their table is still there.
    const reread = w.get();
    const boldRun = reread.body!.content!.flatMap((e) => e.paragraph?.elements ?? []).find((r) => r.textRun?.content?.startsWith('Account notes'));
    expect(boldRun?.textRun).toMatchObject({ content: 'Account notes:', textStyle: { bold: true } });
    expect(reread.body!.content!.filter((e) => e.table)).toHaveLength(json.body!.content!.filter((e) => e.table).length);
    // Ours doesn't pick up the bold link of the line it follows.
    const ours = reread.body!.content!.flatMap((e) => e.paragraph?.elements ?? []).filter((r) => /Summer Sun|Two\.|Root causes: Process \(1\)/.test(r.textRun?.content ?? ''));
    expect(ours).toHaveLength(3);
    for (const run of ours) expect(run.textRun?.textStyle ?? {}).toEqual({});
  });

  it('reads a client\'s history and flags a root cause that recurs across campaigns', () => {
    const w = world();
    w.append(entry('Glowlab', 'Winter Glow', 'One.', 'Root causes: Process (2), Client-side (1)'));
    w.append(entry('Glowlab', 'Summer Sun', 'Two.', 'Root causes: Tools (1)'));
    w.append(entry('Acme', 'Spring', 'Acme.', 'Root causes: Process (4)'));
    const history = clientHistory(w.get(), 'GLOWLAB', { heading: 'Autumn — 1 Oct 2027', rootCauses: ['Process'] });
    expect(history.found).toBe(true);
    expect(history.campaigns.map((c) => [c.campaign, c.date, c.rootCauses])).toEqual([
      ['Winter Glow', '18 Nov 2026', ['Process', 'Client-side']], ['Summer Sun', '18 Nov 2026', ['Tools']],
    ]);
    expect(history.campaigns[0].lines).toEqual(['One.', 'Root causes: Process (2), Client-side (1)']);
    expect(history.recurring).toEqual([{ cause: 'Process', campaigns: ['Winter Glow — 18 Nov 2026', 'Autumn — 1 Oct 2027'] }]);
    expect(clientHistory(w.get(), 'Nobody').found).toBe(false);
    expect(parseRootCauses('root cause: process (3); Tools')).toEqual(['process', 'Tools']);
  });
});
