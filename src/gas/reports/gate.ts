// The completeness gate before anything the client sees: KPIs far off target need a linked Issue or Win. Closed,
// generating stops with each unexplained KPI's cell (an `incomplete` error the sidebar and menu offer to override);
// generating anyway is recorded per spreadsheet, and the internal brief lists every such time.
import * as z from 'zod/mini';
import { ARTEFACT_SPECS, type Artefact } from '../../domain/artefacts.ts';
import { describeOverride, gateSummary, overrideOf, type GateOverride, type GateResult } from '../../domain/completeness-gate.ts';
import { newestThatFit, type StoredKey } from '../../domain/property-budget.ts';
import { IncompleteError } from '../errors.ts';
import { readStored, writeStored } from '../stored-properties.ts';

const OVERRIDES_KEY = 'debrief.gateOverrides' satisfies StoredKey;
/** The brief lists the latest; older ones add nothing a reader needs. */
const MAX_OVERRIDES = 20;

const OverrideSchema = z.object({
  artefact: z.string().check(z.maxLength(100)),
  by: z.string().check(z.maxLength(200)),
  at: z.string().check(z.maxLength(40)),
  kpis: z.array(z.object({ kpi: z.string().check(z.maxLength(300)), cell: z.string().check(z.maxLength(100)), variance: z.number() })).check(z.maxLength(50)),
});

export function loadGateOverrides(): GateOverride[] {
  return readStored(OVERRIDES_KEY, z.array(OverrideSchema), []);
}

function recordOverride(override: GateOverride): void {
  // Newest first for the budget: the oldest records give way when the names typed are long.
  const newestFirst = [override, ...loadGateOverrides().reverse()].slice(0, MAX_OVERRIDES);
  writeStored(OVERRIDES_KEY, newestThatFit(OVERRIDES_KEY, newestFirst).reverse());
}

export interface GateDecision {
  force?: boolean;
  by?: string;
}

/**
 * Lets a client-facing artefact through when the gate is open; otherwise refuses it naming each cell, or, when the
 * person chose to go ahead, records that and returns the warning to show with the file.
 */
export function passGate(artefact: Artefact, gate: GateResult, decision: GateDecision, today: string): string[] {
  const spec = ARTEFACT_SPECS[artefact];
  if (spec.audience !== 'client' || gate.passed) return [];
  if (!decision.force) {
    throw new IncompleteError(
      `${gateSummary(gate)} Link an Issue (a miss) or a Win (a beat) to each in its KPI column, or generate the ${spec.name.toLowerCase()} anyway: that is recorded in the internal brief.`,
      gate.unexplained.map((i) => ({ path: i.cell, message: i.message })),
    );
  }
  const override = overrideOf(gate, spec.name, decision.by?.trim() ?? '', today);
  recordOverride(override);
  return [`Made without explanations: ${describeOverride(override)} The internal brief records it.`];
}
