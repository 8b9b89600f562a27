// The ledger's row keys: stable, readable and derived only from what the team typed, so appending the same
// campaign again finds its own rows (idempotent) and two people appending it at once produce the same keys.
import { nameKey } from '../reports/learnings-doc.ts';

/** A campaign is its client and its name ("glowlab/winter glow"): dates and budgets may be corrected later. */
export function campaignKey(client: string, campaign: string): string {
  return `${nameKey(client)}/${nameKey(campaign)}`;
}

/** "@Maya.Moves " and "maya.moves" are the same creator: a handle without its "@", case or spaces. */
export function creatorKey(handle: string): string {
  return nameKey(handle).replace(/^@+/, '').replace(/\s+/g, '');
}

export const kpiRowKey = (campaign: string, kpi: string) => `${campaign}|kpi|${nameKey(kpi)}`;
export const creatorRowKey = (campaign: string, handle: string) => `${campaign}|creator|${creatorKey(handle)}`;
export const learningRowKey = (campaign: string, learning: string) => `${campaign}|learning|${fnv1a(nameKey(learning))}`;
export const proofPointRowKey = (campaign: string, claim: string) => `${campaign}|proof|${fnv1a(nameKey(claim))}`;

/**
 * An action's id, "A-03KX9QZ": a hash of where it was raised and what it says. It travels with the action when it
 * is carried into the next campaign's Issues tab, so the status typed there flows back to the same ledger row.
 * `occurrence` tells apart the same action written twice in one campaign.
 */
export function actionId(campaign: string, action: string, occurrence = 1): string {
  const basis = `${campaign}\n${nameKey(action)}${occurrence > 1 ? `\n${occurrence}` : ''}`;
  return `A-${fnv1a(basis)}`;
}

export const ACTION_ID = /\bA-[0-9A-Z]{7}\b/;

/** FNV-1a over UTF-16 code units, 32 bits, as 7 base-36 characters: short enough to read, plenty for one agency. */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).toUpperCase().padStart(7, '0');
}
