// Issue 11, "links and renderings": only http(s) addresses become links in the client report Doc (a `javascript:`,
// `vbscript:` or `data:` address typed in a link cell stays inert and is named by a check), and the Markdown
// renderings show HTML as text.
import { describe, expect, it } from 'vitest';
import { storedDocument } from '../../src/local/emulator/docs/model.ts';
import { reportsWorld, sampleCampaign } from './reports-support.ts';

const HOSTILE_LINKS = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'];

describe('links in what Debrief writes', () => {
  const campaign = sampleCampaign();
  const content = (campaign.content as Record<string, unknown>[]).map((c, i) => ({
    ...c, url: i % 2 === 0 ? HOSTILE_LINKS[(i / 2) % HOSTILE_LINKS.length]! : `https://posts.example/p${i}`, screenshotUrl: i === 0 ? 'javascript:alert(2)' : '',
    hook: '<img src=x onerror=alert(3)> hook',
  }));
  const world = reportsWorld({ ...campaign, content });
  const checks = (world.bundle.run('runChecks') as { checks: { cell: string; kind: string; message: string }[] }).checks;
  const report = world.generate('generateClientReport', {});
  const doc = JSON.stringify(storedDocument(world.workspace.drive, report.file.id).doc);

  it('makes only http(s) addresses links in the client report', () => {
    for (const bad of ['javascript:', 'vbscript:', 'data:text/html']) expect(doc).not.toContain(`"linkUrl":"${bad}`);
    expect(doc).toMatch(/"linkUrl":"https:\/\/posts\.example\/p\d+"/);
  });

  it('names every link cell that is not a web address, keeping its text', () => {
    const named = checks.filter((c) => c.kind === 'not-a-web-link');
    const hostileRows = content.flatMap((_, i) => (i % 2 === 0 ? [`Content!E${i + 2}`] : []));
    expect(named.map((c) => c.cell).sort()).toEqual([...hostileRows, 'Content!F2'].sort());
    expect(named[0]?.message).toContain('never made a link');
  });

  it('shows HTML in the Markdown rendering as text', () => {
    const md = world.markdown(report.file.id);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(3)&gt; hook');
  });
});
