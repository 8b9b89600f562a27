// The learnings and recommendations the team wrote themselves, kept in the document's properties (validated
// on read, since stored settings are a boundary too) and put first in the analysis and the reports.
import * as z from 'zod/mini';

export const TEAM_NOTES_KEY = 'debrief.teamNotes';
const TeamNotesSchema = z.object({
  learnings: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
  recommendations: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(20)),
});
export type TeamNotes = z.infer<typeof TeamNotesSchema>;

export function loadTeamNotes(): TeamNotes {
  const raw = PropertiesService.getDocumentProperties().getProperty(TEAM_NOTES_KEY);
  if (!raw) return { learnings: [], recommendations: [] };
  try {
    const parsed = TeamNotesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: a damaged note is dropped rather than breaking the analysis
  }
  console.warn('Ignored damaged team notes in document properties');
  return { learnings: [], recommendations: [] };
}

export function saveTeamNotes(notes: TeamNotes): void {
  PropertiesService.getDocumentProperties().setProperty(TEAM_NOTES_KEY, JSON.stringify(TeamNotesSchema.parse(notes)));
}
