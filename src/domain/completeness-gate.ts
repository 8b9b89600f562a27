// The completeness gate before a client report or deck: every KPI that missed or beat its target by more than the
// threshold (default 10%, a Campaign setting), and every miss on a historical-data target, needs a linked Issue
// (a miss) or Win (a beat). Never silent: what's unexplained is listed with its cell; generating anyway is recorded.
import { formatPercent, formatSignedPercent, plural } from './analysis/format.ts';
import type { CellOf } from './campaign-file-rows.ts';
import { kpiStatus, kpiVariance } from './metrics.ts';
import type { Check, KpiRecord } from './records.ts';
import { DEFAULT_GATE_THRESHOLD } from './tabs/campaign-tab.ts';

export { DEFAULT_GATE_THRESHOLD };

/** An Issue or Win row and the KPI names typed (or picked) in its "KPI" column. */
export interface KpiLinkRow {
  row: number;
  /** One KPI name, or several separated by commas (how a multi-select dropdown stores them). */
  linkedKpi: string;
}

export interface GateInput {
  kpis: readonly KpiRecord[];
  issues: readonly KpiLinkRow[];
  wins: readonly KpiLinkRow[];
  /** A fraction: 0.1 = variances beyond ±10% need explaining. Null or invalid falls back to the default. */
  threshold?: number | null;
  cellOf: CellOf;
}

export type GateReason = 'beyond-threshold' | 'historical-miss';

export interface GateItem {
  kpi: string;
  row: number;
  /** The KPI's actual, e.g. "KPIs!C3" (a file names it "kpis[1].actual"). */
  cell: string;
  variance: number;
  outcome: 'missed' | 'beaten';
  reasons: GateReason[];
  /** Where its explanation belongs: a miss is explained by an Issue, a beat by a Win. */
  needs: 'Issues' | 'Wins';
  /** The rows that explain it, as cells of their KPI column ("Issues!J4"). */
  linkedBy: string[];
  explained: boolean;
  /** One line for the sidebar, the generate dialog and report.json. */
  message: string;
}

export interface GateResult {
  threshold: number;
  items: GateItem[];
  /** The items with nothing linked: the gate is closed while there are any. */
  unexplained: GateItem[];
  passed: boolean;
  /** Links to a KPI name that isn't on the KPIs tab: a typo keeps the gate shut, so say so. */
  unknownLinks: Check[];
}

const normalize = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The KPI names a link cell holds: the whole cell if it is one KPI's name (names may hold commas), else its parts. */
export function linkedKpiNames(cell: string, known: ReadonlySet<string>): string[] {
  const whole = normalize(cell);
  if (!whole) return [];
  if (known.has(whole)) return [whole];
  return cell.split(/[,;\n]/).map(normalize).filter(Boolean);
}

export function effectiveThreshold(threshold: number | null | undefined): number {
  return typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 && threshold < 10 ? threshold : DEFAULT_GATE_THRESHOLD;
}

export function runGate(input: GateInput): GateResult {
  const threshold = effectiveThreshold(input.threshold);
  const known = new Set(input.kpis.map((k) => normalize(k.name)).filter(Boolean));
  const links = new Map<string, { Issues: string[]; Wins: string[] }>();
  const unknownLinks: Check[] = [];
  for (const [tab, rows] of [['Issues', input.issues], ['Wins', input.wins]] as const) {
    for (const row of rows) {
      const cell = input.cellOf(tab, row.row, 'linkedKpi');
      for (const name of linkedKpiNames(row.linkedKpi, known)) {
        if (!known.has(name)) {
          unknownLinks.push({
            cell, kind: 'unknown-kpi-link', severity: 'warning',
            message: `“${row.linkedKpi.trim()}” isn’t a KPI on the KPIs tab, so this row explains nothing yet. Pick the KPI’s name exactly as it is on the KPIs tab.`,
          });
          continue;
        }
        const entry = links.get(name) ?? { Issues: [], Wins: [] };
        entry[tab].push(cell);
        links.set(name, entry);
      }
    }
  }

  const items: GateItem[] = [];
  for (const kpi of input.kpis) {
    const variance = kpiVariance(kpi);
    const status = kpiStatus(kpi);
    if (variance === null || status === 'unknown' || !kpi.name.trim()) continue;
    const reasons: GateReason[] = [];
    if (Math.abs(variance) > threshold + 1e-12) reasons.push('beyond-threshold');
    if (status === 'missed' && kpi.confidence === 'Historical data') reasons.push('historical-miss');
    if (reasons.length === 0) continue;
    const outcome = status === 'missed' ? 'missed' : 'beaten';
    const needs = outcome === 'missed' ? 'Issues' : 'Wins';
    const linkedBy = links.get(normalize(kpi.name))?.[needs] ?? [];
    const cell = input.cellOf('KPIs', kpi.row, 'actual');
    items.push({
      kpi: kpi.name.trim(), row: kpi.row, cell, variance, outcome, reasons, needs, linkedBy, explained: linkedBy.length > 0,
      message: gateMessage(kpi.name.trim(), variance, outcome, reasons, threshold, linkedBy),
    });
  }
  const unexplained = items.filter((i) => !i.explained);
  return { threshold, items, unexplained, passed: unexplained.length === 0, unknownLinks };
}

function gateMessage(name: string, variance: number, outcome: 'missed' | 'beaten', reasons: GateReason[], threshold: number, linkedBy: string[]): string {
  const by = `${outcome === 'missed' ? 'missed' : 'beat'} its target by ${formatPercent(Math.abs(variance), 1)} (${formatSignedPercent(variance, 1)})`;
  const why = reasons.includes('beyond-threshold')
    ? `more than the ${formatPercent(threshold)} the team set`
    : 'on a target set from historical data';
  if (linkedBy.length > 0) return `${name} ${by}: explained by ${linkedBy.join(', ')}.`;
  const where = outcome === 'missed'
    ? `Add an Issue with “${name}” in its KPI column saying why`
    : `Add a Win with “${name}” in its KPI column saying what drove it`;
  return `${name} ${by}, ${why}, and nothing explains it yet. ${where}.`;
}

/** The gate as checks, so the Checks section shows it before anyone presses Generate. */
export function gateChecks(result: GateResult): Check[] {
  return [
    ...result.unexplained.map((i): Check => ({ cell: i.cell, kind: 'unexplained-variance', severity: 'warning', message: i.message })),
    ...result.unknownLinks,
  ];
}

/** What the gate says in one line, e.g. "2 KPIs need an explanation before the client sees them". */
export function gateSummary(result: GateResult): string {
  if (result.passed) {
    return result.items.length === 0 ? 'No KPI is far enough off target to need an explanation.' : `Every KPI that needs one has an explanation (${plural(result.items.length, 'KPI')}).`;
  }
  return `${plural(result.unexplained.length, 'KPI')} ${result.unexplained.length === 1 ? 'needs' : 'need'} an explanation before the client sees ${result.unexplained.length === 1 ? 'it' : 'them'}.`;
}

/** Generating despite the gate: who, when, for what, and what was unexplained. The internal brief lists these. */
export interface GateOverride {
  artefact: string; // "Client report", "Renewal deck"
  by: string; // the person's email or name
  at: string; // ISO date (or timestamp), in the spreadsheet's time zone
  kpis: { kpi: string; cell: string; variance: number }[];
}

export function overrideOf(result: GateResult, artefact: string, by: string, at: string): GateOverride {
  return { artefact, by, at, kpis: result.unexplained.map((i) => ({ kpi: i.kpi, cell: i.cell, variance: i.variance })) };
}

/** "Client report generated on 2026-11-25 by tom@agency.com with 1 KPI unexplained: Reach (−30.0%, KPIs!D2)." */
export function describeOverride(o: GateOverride): string {
  const list = o.kpis.map((k) => `${k.kpi} (${formatSignedPercent(k.variance, 1)}, ${k.cell})`).join(', ');
  return `${o.artefact} generated on ${o.at.slice(0, 10)} by ${o.by || 'someone who gave no name'} with ${plural(o.kpis.length, 'KPI')} unexplained: ${list}.`;
}
