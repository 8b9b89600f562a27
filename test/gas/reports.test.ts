// The four artefacts from the sample campaign, through the built bundle: the right numbers and sections, nothing
// internal in the client Doc or the renewal slides, a new file every time, and the menu items that make them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../../src/domain/rpc.ts';
import type { DocModel } from '../../src/local/emulator/docs/model.ts';
import { ONE_PIXEL_PNG } from '../support/images.ts';
import { measured, reportsWorld, sampleCampaign, type Campaign, type ReportsWorld } from './reports-support.ts';


/** The sample with only its first `n` KPIs. */
function withKpis(n: number): Campaign {
  const campaign = sampleCampaign();
  return { ...campaign, kpis: campaign.kpis.slice(0, n) };
}

describe('documents from the sample campaign', () => {
  let world: ReportsWorld;
  let client: GenerateResult;
  let brief: GenerateResult;
  let slides: GenerateResult;

  beforeAll(() => {
    world = reportsWorld();
    client = world.generate('generateClientReport', { includeCosts: false });
    brief = world.generate('generateInternalBrief');
    slides = world.generate('exportSlides');
  });

  it('names each file after the client, campaign, artefact and date', () => {
    expect(client.file.name).toMatch(/^Lumen Skin — Barrier Repair Serum launch — Client report \(\d{4}-\d{2}-\d{2}\)$/);
    expect(brief.file.name).toMatch(/ — Internal brief \(/);
    expect(slides.file.name).toMatch(/ — Renewal slides \(/);
    expect(client.file.url).toBe(`https://docs.google.com/document/d/${client.file.id}/edit`);
    expect(slides.files.map((f) => f.artefact)).toEqual(['deck', 'internalBrief', 'clientReport']);
    expect([client, brief, slides].flatMap((r) => r.warnings)).toEqual([]);
  });

  it('writes the client report: KPI table, misses in plain words, top content, learnings, recommendations', () => {
    const md = world.markdown(client.file.id);
    expect(md).toContain('It met 3 of 7 KPIs and missed 4.');
    expect(md).toContain('| Reach | 4,000,000 | 3,580,000 | −10.5% | Missed |');
    expect(md).toContain('| CPE | $0.50 or less | $0.46 | −8.0% | Met |');
    // Cut to one page beside a readable chart: each miss still named with its variance, at the end of the summary.
    expect(md).toContain('It met 3 of 7 KPIs and missed 4. We fell short on Reach (−10.5%), Engagement rate (−25.7%), Link clicks (−14.2%) and CPM (+18.8% over its ceiling).');
    expect(md).toMatch(/\*\*1\. IG-01\*\* by @dewy\.dana on Instagram Reel: 6\.6% (engagement rate, |ER\. “)/);
    expect(md).toContain('[View the post](https://www.instagram.com/reel/lumen-ig-01)');
    const section = (title: string) => md.split(`# ${title}\n`)[1].split(/\n#+ /)[0];
    const learnings = section('What we learned').split('\n').filter((l) => l.startsWith('- '));
    expect(learnings.length).toBeGreaterThanOrEqual(3);
    expect(learnings.length).toBeLessThanOrEqual(5);
    const recommendations = section('What we recommend next').split('\n').filter((l) => l.startsWith('- '));
    expect(recommendations.length).toBeGreaterThanOrEqual(3);
    for (const r of recommendations) expect(r).toMatch(/^- We recommend \w+ing /);
    expect(md).not.toMatch(/\{\{|\[debrief /);
  });

  it('writes the internal brief: the five sections, then actions with one owner and a deadline', () => {
    const md = world.markdown(brief.file.id);
    const headings = md.split('\n').filter((l) => /^#+ \d\./.test(l)).map((l) => l.replace(/^#+ /, ''));
    expect(headings).toEqual(['1. Performance against goals', '2. Creators and patterns', '3. Content: top and bottom 3',
      '4. What went wrong, by root cause and severity', '5. What worked']);
    expect(md).toContain('| Reach | 4,000,000 | 3,580,000 | −10.5% | Missed | Historical data |');
    expect(md).toContain('By root cause: Process 3 (3 significant)'); // the table is on the Issues tab when the page is full
    expect(md).toMatch(/\| Write a 48-hour legal approval window into the next statement of work \| Jordan Blake \| 5 Dec 2026 \|( Open \|)?\n/);
    expect(md).toContain('| Owner needed |');
    expect(md.indexOf('# Action items')).toBeGreaterThan(md.indexOf('# 5. What worked'));
  });

  it('exports a 5-slide renewal section: results vs KPIs with the variance chart, top content, learnings, next steps', () => {
    const deck = world.deck(slides.file.id);
    expect(deck.slides.map((s) => s.texts[0])).toEqual(['Lumen Skin — Barrier Repair Serum launch', 'Results vs KPIs: 3 of 7 KPIs met', 'Top content', 'What we learned', 'What we recommend next']);
    expect(deck.slides[1].tables[0]).toContainEqual(['CPM', '$10.00 or less', '$11.88', '+18.8%', 'Missed']);
    // Top content: a list of the top pieces (beside the top piece's screenshot), not a table.
    expect(deck.slides[2].texts[1].split('\n').map((line) => line.split(' · ')[0])).toEqual(['IG-01', 'TT-01', 'IG-02']);
    // The chart as a picture drawn by the Charts service from the analysis (not a Sheets chart Slides would read itself),
    // its numbers in its description (alt text).
    const file = world.workspace.drive.find(slides.file.id)!.content as { slides: { elements: { kind: string; dataUri?: string; description?: string }[] }[] };
    expect(file.slides[1].elements.filter((e) => e.kind === 'image' && e.dataUri?.startsWith('data:image/png') && /^Variance per KPI: Reach −10.5%, /.test(e.description ?? ''))).toHaveLength(1);
    expect(JSON.stringify(deck)).not.toContain('{{');
  });

  it('appends the learnings to a shared Doc under the client\'s heading', () => {
    const result = world.append();
    expect(result).toMatchObject({ status: 'added', heading: 'Barrier Repair Serum launch — 18 Nov 2026', newClientHeading: true });
    const md = world.markdown(result.learningsDoc.id);
    expect(md).toContain('# Lumen Skin\n\n## Barrier Repair Serum launch — 18 Nov 2026\n\n- Legal review needs its own line');
    expect(md).toContain('- Root causes: Process (3), Tools (1), Client-side (1)');
  });

  it('makes a new file when generating again, leaving the earlier one as it was', () => {
    const before = world.markdown(client.file.id);
    const again = world.generate('generateClientReport', { includeCosts: true });
    expect(again.file.id).not.toBe(client.file.id);
    expect(again.file.name).toBe(`${client.file.name} (2)`);
    expect(world.markdown(client.file.id)).toBe(before);
    expect(world.markdown(again.file.id)).toContain('## Cost per creator');
  });
});

describe('nothing internal in client-facing files', () => {
  it('keeps owners, root causes, ratings, notes, issue wording, the team and per-creator costs out of the client Doc and slides', () => {
    const campaign = sampleCampaign();
    const secret = (where: string) => `ZZSECRET ${where}`;
    campaign.team = Object.fromEntries(Object.keys(campaign.team).map((k) => [k, secret(`team ${k}`)]));
    campaign.creators.forEach((c: Record<string, unknown>, i: number) => Object.assign(c, { notes: secret(`note ${i}`), rating: 1, revisions: 9, cost: 5000 + i * 111.11 }));
    campaign.issues.forEach((issue: Record<string, unknown>, i: number) => Object.assign(issue, { owner: secret(`owner ${i}`), description: secret(`issue ${i}`), action: secret(`action ${i}`) }));
    campaign.wins.forEach((w: Record<string, unknown>, i: number) => Object.assign(w, { description: secret(`win ${i}`), evidence: secret(`evidence ${i}`) }));
    campaign.kpis.forEach((k: Record<string, unknown>, i: number) => Object.assign(k, { notes: secret(`kpi ${i}`) }));
    const world = reportsWorld(campaign);
    const client = world.generate('generateClientReport', { includeCosts: false });
    const slides = world.generate('exportSlides');
    const text = [world.markdown(client.file.id), world.html(client.file.id), JSON.stringify(world.deck(slides.file.id))].join('\n');
    expect(text).not.toContain('ZZSECRET');
    expect(text).not.toMatch(/root cause|Client-side|\brated\b|revision|first draft/i);
    for (let i = 0; i < campaign.creators.length; i++) {
      const cost = 5000 + i * 111.11;
      for (const form of [cost.toFixed(2), cost.toLocaleString('en-US', { maximumFractionDigits: 0 })]) expect(text).not.toContain(form);
    }
    // The internal brief is where they belong.
    const brief = world.markdown(world.generate('generateInternalBrief').file.id);
    expect(brief).toContain('ZZSECRET owner 0');
    expect(brief).toContain('Client-side');
  });
});

describe('screenshots', () => {
  it('follow their piece: a picture when Docs can fetch it, else a link, and the person is told', () => {
    const campaign = withKpis(1); // a page with room for pictures
    const world = reportsWorld(campaign);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    // One the user uploaded and chose in the Picker; one a colleague keeps to themselves.
    const mine = world.workspace.drive.create({ name: 'ig-01.png', mimeType: 'image/png', content: { base64: png.toString('base64') }, grantedTo: ['you@agency.example'] }).id;
    const theirs = world.workspace.drive.create({ name: 'tt-01.png', mimeType: 'image/png', content: { base64: png.toString('base64') }, owner: 'blake@agency.example' }).id;
    const shots = [`https://drive.google.com/file/d/${mine}/view`, `https://drive.google.com/file/d/${theirs}/view`];
    world.bundle.run('importCampaign', { ...campaign, content: campaign.content.map((c: Record<string, unknown>, i: number) => ({ ...c, screenshotUrl: shots[i] ?? '' })) });
    const result = world.generate('generateClientReport', {});
    const md = world.markdown(result.file.id);
    const pictured = /!\[[^\]]*\]\(data:image\/png;base64,/.test(md);
    expect(pictured || result.warnings.some((w) => w.includes('screenshot'))).toBe(true);
    expect(md).toMatch(/\[Screenshot( of TT-01)?\]\(https:\/\/drive\.google\.com\/file\/d\/[\w-]+\/view\)/); // one Debrief can't open stays a link
    expect(md).toContain(`(${shots[1]})`);
    expect(md.indexOf('Screenshot of IG-01')).toBeGreaterThan(md.indexOf('**1. IG-01**'));
    expect(md.indexOf('Screenshot of IG-01')).toBeLessThan(md.indexOf('**2. TT-01**'));
  });
});

describe('screenshots as Google places them', () => {
  const withShots = (shots: string[], kpis = 1) => {
    // Few KPIs: a page with room for pictures (the full sample's page is full: see the next test).
    const campaign = withKpis(kpis);
    const world = reportsWorld(campaign);
    world.bundle.run('importCampaign', { ...campaign, content: campaign.content.map((c: Record<string, unknown>, i: number) => ({ ...c, screenshotUrl: shots[i] ?? '' })) });
    return world;
  };
  // Screenshots only: the variance chart is a picture too (issue 12), in a paragraph of its own (the Docs API
  // gives an inserted picture no alt text); a screenshot stands in front of its link.
  const pictures = (world: ReturnType<typeof reportsWorld>, id: string) => (world.workspace.drive.find(id)!.content as DocModel).body.children
    .filter((b) => b.kind === 'paragraph' && b.children.some((c) => c.kind === 'text' && c.chars.startsWith('Screenshot of')))
    .flatMap((b) => (b.kind === 'paragraph' ? b.children : [])).filter((c) => c.kind === 'image').length;

  it('places a public image link as a picture in front of its link, in the one fill batch', () => {
    const world = withShots(['https://cdn.example/ig-01.png', 'https://cdn.example/tt-01.gif']);
    world.workspace.drive.web.publishImage('https://cdn.example/ig-01.png', 'image/png', ONE_PIXEL_PNG);
    world.workspace.drive.web.publishImage('https://cdn.example/tt-01.gif', 'image/gif', Uint8Array.from(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')));
    world.generate('generateClientReport', {}); // the first also makes the built-in template
    const { result, calls } = measured(world, () => world.generate('generateClientReport', {}));
    // The top piece's screenshot as a picture; the page has no room for the second's, linked and said so.
    expect(result.warnings).toEqual(['A screenshot is linked rather than shown, to keep the report to one page.']);
    expect(pictures(world, result.file.id)).toBe(1);
    expect(calls['DocumentsCollection.batchUpdate']).toBe(1);
    const md = world.markdown(result.file.id);
    expect(md.indexOf('Screenshot of IG-01')).toBeLessThan(md.indexOf('**2. TT-01**'));
  });

  it('links the screenshots a full page has no room for, and says so: the report stays one page', () => {
    const world = withShots(['https://cdn.example/ig-01.png', 'https://cdn.example/tt-01.gif'], 7);
    world.workspace.drive.web.publishImage('https://cdn.example/ig-01.png', 'image/png', ONE_PIXEL_PNG);
    world.workspace.drive.web.publishImage('https://cdn.example/tt-01.gif', 'image/gif', Uint8Array.from(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64')));
    const result = world.generate('generateClientReport', {});
    expect(pictures(world, result.file.id)).toBe(0);
    // Seven KPIs and two screenshot links fill the page: the variance chart makes way too (the table has its numbers).
    expect(result.warnings).toEqual(['2 screenshots are linked rather than shown, to keep the report to one page.',
      'The “Variance per KPI” chart was left out to keep the report to one page with 7 KPIs (the slides keep it).']);
    expect(world.markdown(result.file.id)).toContain('[Screenshot](https://cdn.example/ig-01.png)');
  });

  it('links a screenshot Google can\'t fetch or a Drive page, and says so', () => {
    const unreachable = withShots(['https://cdn.example/private.png']);
    const refused = unreachable.generate('generateClientReport', {});
    expect(pictures(unreachable, refused.file.id)).toBe(0);
    expect(refused.warnings.join(' ')).toContain('Docs couldn’t fetch the screenshot');
    expect(unreachable.markdown(refused.file.id)).toContain('[Screenshot of IG-01](https://cdn.example/private.png)');
    const drive = withShots(['https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view']);
    const linked = drive.generate('generateClientReport', {});
    expect(pictures(drive, linked.file.id)).toBe(0);
    expect(linked.warnings.join(' ')).toContain('linked rather than shown');
  });
});

describe('the menu', () => {
  it('offers the four document actions and tells the outcome with the file\'s link', () => {
    const world = reportsWorld();
    world.bundle.trigger('onOpen', 'LIMITED');
    const captions = world.workspace.ui.menus.flatMap((m) => m.items).map((i) => ('caption' in i ? i.caption : ''));
    expect(captions).toEqual(expect.arrayContaining(['Generate client report', 'Generate internal brief', 'Export slides for renewal deck', 'Append learnings to client doc']));
    world.bundle.menuItem('Generate client report');
    world.bundle.menuItem('Append learnings to client doc');
    const alerts = world.workspace.ui.alerts.map((a) => `${a.title}: ${a.message}`);
    expect(alerts[0]).toMatch(/^Client report: Made “Lumen Skin — Barrier Repair Serum launch — Client report \(.*\)”:\nhttps:\/\/docs\.google\.com\/document\/d\//);
    expect(alerts[1]).toMatch(/^Client learnings: Added “Barrier Repair Serum launch — 18 Nov 2026”/);
  });
});
