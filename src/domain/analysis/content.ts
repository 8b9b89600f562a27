// Ranks content by ER (ties by clicks, as the Rank formula), picks the top and bottom pieces the way the
// Top / bottom 3 formula marks them, and names the qualitative traits that set the top apart.
import { contentEr, median, rankContent, ratesOf } from '../metrics.ts';
import type { ContentRecord } from '../records.ts';
import type { ContentAnalysis, ContentTrait, RankedPiece } from './types.ts';

const PHRASES: Record<'integration' | 'voice' | 'format' | 'platform', (value: string) => string> = {
  integration: (v) => (v === 'Natural' ? 'used natural integration' : v === 'Scripted' ? 'were scripted' : `had ${v} integration`),
  voice: (v) => (v === 'Authentic' ? 'kept an authentic voice' : v === 'Rigid' ? 'sounded rigid' : `had a ${v} voice`),
  format: (v) => `used the ${v} format`,
  platform: (v) => `ran on ${v}`,
};

/** A trait that separates top from bottom must cover most of the top and at least half as many fewer of the bottom. */
const MIN_STRENGTH = 0.5;

export function analyzeContent(pieces: readonly ContentRecord[]): ContentAnalysis {
  const ranks = rankContent(pieces);
  const ranked: RankedPiece[] = pieces
    .map((p, i) => ({ p, rank: ranks[i], er: contentEr(p) }))
    .filter((x): x is { p: ContentRecord; rank: number; er: number } => x.rank !== null && x.er !== null)
    .sort((a, b) => a.rank - b.rank || a.p.row - b.p.row)
    .map(({ p, rank, er }) => ({ ...p, rank, er, rates: ratesOf(p) }));
  const count = ranked.length;
  const top = ranked.filter((p) => p.rank <= 3);
  const bottom = ranked.filter((p) => p.rank > 3 && p.rank > count - 3);
  const comparable = top.length >= 2 && bottom.length >= 2;
  const traits = comparable ? findTraits(top, bottom) : [];
  return {
    ranked: count,
    unranked: pieces.length - count,
    ranks: ranked.map((p) => ({ row: p.row, id: p.id, rank: p.rank, er: p.er })),
    top,
    bottom,
    traits,
    note: !comparable
      ? `Only ${count} ${count === 1 ? 'piece has' : 'pieces have'} impressions and engagements to rank; at least 5 are needed to compare the top 3 with the bottom.`
      : traits.length === 0
        ? 'The top and bottom pieces share no clear difference in integration, voice, brand-mention timing, format or platform.'
        : traits.map((t) => `${capital(t.top)}; ${t.bottom}.`).join(' '),
  };
}

function quantity(count: number, n: number, side: 'top' | 'bottom'): string {
  if (count === n) return `all ${side} ${n}`;
  return count === 0 ? `none of the ${side} ${n}` : `${count} of the ${side} ${n}`;
}

function findTraits(top: RankedPiece[], bottom: RankedPiece[]): ContentTrait[] {
  const traits: ContentTrait[] = [];
  for (const trait of ['integration', 'voice', 'format', 'platform'] as const) {
    const tally = (pieces: RankedPiece[]) => {
      const counts = new Map<string, number>();
      for (const p of pieces) if (p[trait]) counts.set(p[trait]!, (counts.get(p[trait]!) ?? 0) + 1);
      return counts;
    };
    const topCounts = tally(top);
    const bottomCounts = tally(bottom);
    const [value, topCount] = [...topCounts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (topCount < 2) continue;
    const bottomCount = bottomCounts.get(value) ?? 0;
    const strength = topCount / top.length - bottomCount / bottom.length;
    if (topCount / top.length < 2 / 3 || strength < MIN_STRENGTH) continue;
    const [other, otherCount] = [...bottomCounts].filter(([v]) => v !== value).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const phrase = PHRASES[trait];
    traits.push({
      trait, value, strength,
      top: `${quantity(topCount, top.length, 'top')} ${phrase(value)}`,
      bottom: otherCount > bottomCount ? `${quantity(otherCount, bottom.length, 'bottom')} ${phrase(other)}` : `${quantity(bottomCount, bottom.length, 'bottom')} did`,
    });
  }
  const brand = brandMentionTrait(top, bottom);
  if (brand) traits.push(brand);
  return traits.sort((a, b) => b.strength - a.strength);
}

/** Brand-mention timing: a clear gap (3 s or more, and half again as late) between the two groups' medians. */
function brandMentionTrait(top: RankedPiece[], bottom: RankedPiece[]): ContentTrait | null {
  const seconds = (pieces: RankedPiece[]) => pieces.map((p) => p.brandMentionSecond).filter((s): s is number => s !== null);
  const [t, b] = [seconds(top), seconds(bottom)];
  if (t.length < 2 || b.length < 2) return null;
  const [mt, mb] = [median(t)!, median(b)!];
  const [early, late] = [Math.min(mt, mb), Math.max(mt, mb)];
  if (late - early < 3 || late < early * 1.5) return null;
  const direction = mt > mb ? 'later' : 'earlier';
  return {
    trait: 'brandMention', value: direction, strength: 0.8 * ((late - early) / late),
    top: `the top ${top.length} mentioned the brand ${direction}, at a median ${mt} s`,
    bottom: `the bottom ${bottom.length} at a median ${mb} s`,
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
