// The completeness gate through the bundle: a −30% miss nothing explains stops the client report and the slides,
// naming the cell; linking an Issue to it clears the gate; generating anyway is recorded in the internal brief.
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/domain/tabs/spec.ts';
import type { GenerateResult } from '../../src/domain/rpc.ts';
import { refusal } from '../support/bundle.ts';
import { reportsWorld, sampleCampaign, type Campaign } from './reports-support.ts';

/** The sample with Reach 30% under its target and no Issue naming Reach. */
function unexplainedMiss(): Campaign {
  const campaign = sampleCampaign();
  const reach = campaign.kpis.find((k: { name: string }) => k.name === 'Reach');
  reach.target = 5_000_000;
  reach.actual = 3_500_000;
  for (const issue of campaign.issues) if (issue.linkedKpi === 'Reach') issue.linkedKpi = '';
  return campaign;
}

describe('the completeness gate', () => {
  it('stops the client report and the slides at an unexplained −30% miss, naming its cell', () => {
    const world = reportsWorld(unexplainedMiss());
    for (const artefact of ['clientReport', 'deck'] as const) {
      const problem = refusal(() => world.bundle.run('generate', { artefact }));
      expect(problem.code).toBe('incomplete');
      expect(problem.message).toMatch(/^1 KPI needs an explanation before the client sees it\./);
      expect(problem.fields).toEqual([{ path: 'KPIs!D2', message: expect.stringContaining('Reach missed its target by 30.0% (−30.0%)') }]);
    }
    expect(world.workspace.drive.all().filter((f) => /Client report|Renewal slides/.test(f.name))).toEqual([]);
    // The team's own brief is never gated.
    expect((world.bundle.run('generate', { artefact: 'internalBrief' }) as GenerateResult).file.name).toMatch(/Internal brief/);
  });

  it('shows the same gap in the checks before anyone presses Generate', () => {
    const world = reportsWorld(unexplainedMiss());
    const { checks } = world.bundle.run('runChecks') as { checks: { kind: string; cell: string }[] };
    expect(checks.filter((c) => c.kind === 'unexplained-variance').map((c) => c.cell)).toEqual(['KPIs!D2']);
  });

  it('opens once an Issue names the KPI in its KPI column', () => {
    const world = reportsWorld(unexplainedMiss());
    const issues = world.workspace.inspect.values('Issues');
    world.workspace.inspect.setCell('Issues', `${columnLetter(issues[0]!.indexOf('KPI') + 1)}2`, 'Reach');
    const made = world.bundle.run('generate', { artefact: 'clientReport' }) as GenerateResult;
    expect(made.file.name).toMatch(/Client report/);
    expect(made.warnings.join(' ')).not.toMatch(/without explanations/);
  });

  it('makes it anyway when asked, says so, and the internal brief records who and what', () => {
    const world = reportsWorld(unexplainedMiss());
    const made = world.bundle.run('generate', { artefact: 'clientReport', force: true, by: 'Morgan Lee' }) as GenerateResult;
    expect(made.warnings[0]).toMatch(/^Made without explanations: Client report generated on \d{4}-\d{2}-\d{2} by Morgan Lee with 1 KPI unexplained: Reach \(−30\.0%, KPIs!D2\)\. The internal brief records it\.$/);
    const brief = world.bundle.run('generate', { artefact: 'internalBrief' }) as GenerateResult;
    const text = world.markdown(brief.file.id);
    expect(text).toContain('Explanations for the client');
    expect(text).toMatch(/Generated anyway: Client report generated on \d{4}-\d{2}-\d{2} by Morgan Lee with 1 KPI unexplained: Reach \(−30\.0%, KPIs!D2\)\./);
    expect(text).toContain('KPIs!D2: Reach missed its target by 30.0%');
  });

  it('asks from the menu, and makes the report only on Yes', () => {
    const world = reportsWorld(unexplainedMiss());
    world.workspace.ui.queueAlertResponse('NO');
    world.bundle.run('menuGenerateClientReport');
    world.workspace.ui.queueAlertResponse('YES');
    world.bundle.run('menuGenerateClientReport');
    const alerts = world.workspace.ui.alerts.map((a) => [a.title, a.buttons, a.message.split('\n')[0]]);
    expect(alerts[0]).toEqual(['Client report: explanations missing', 'YES_NO', expect.stringMatching(/^1 KPI needs an explanation/)]);
    expect(alerts[1]?.[2]).toMatch(/^Not generated/);
    expect(alerts[3]?.[2]).toMatch(/^Made “/);
    expect(world.workspace.drive.all().filter((f) => /Client report \(/.test(f.name))).toHaveLength(1);
  });
});
