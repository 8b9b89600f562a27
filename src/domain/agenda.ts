// The 90-minute post-mortem agenda the facilitator's timer walks through (pure data, shared with the sidebar).

export const AGENDA = [
  { from: 0, to: 10, title: 'The numbers', prompt: 'Numbers only, no narrative yet: KPIs against targets, and which misses were on rough targets.', tab: 'KPIs' },
  { from: 10, to: 30, title: 'Creators', prompt: 'Which tiers, platforms and formats delivered, and at what cost?', tab: 'Creators' },
  { from: 30, to: 50, title: 'Content', prompt: 'What did the top 3 pieces do that the bottom 3 didn’t?', tab: 'Content' },
  { from: 50, to: 70, title: 'What went wrong', prompt: 'Root causes, not culprits: process, communication, tools, strategy, the market… Park what needs solving and solve it after the meeting.', tab: 'Issues' },
  { from: 70, to: 80, title: 'What worked', prompt: 'What do we repeat on purpose next time?', tab: 'Wins' },
  { from: 80, to: 90, title: 'Actions', prompt: 'One owner and one deadline per action.', tab: 'Issues' },
] as const;
