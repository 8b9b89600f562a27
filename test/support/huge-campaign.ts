// A campaign file past what one import may write inside Apps Script's 6-minute limit: `creators` creators and as
// many content pieces, a few columns each.
import { syntheticCampaign } from '../../src/local/synthetic-campaign.ts';

export const huge = (creators: number) => ({
  ...(syntheticCampaign(10) as Record<string, unknown>),
  creators: Array.from({ length: creators }, (_, i) => ({ handle: `@creator${i}`, platform: 'Instagram', followers: 1000 + i })),
  content: Array.from({ length: creators }, (_, i) => ({ id: `P${i}`, creator: `@creator${i}`, impressions: 100 + i })),
});
