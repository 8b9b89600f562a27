// `--out/documents.json`: every Drive file a run made or used, so a team can find the same learnings Doc and
// templates: each generated document, the learnings Doc appended to, and the template each document was copied from.
import { purposeFlag, templatePurpose } from '../../domain/picker.ts';
import type { ReportsState } from '../../domain/rpc.ts';
import type { DebriefSession } from '../session.ts';
import type { Documents } from './run.ts';

export interface DocumentEntry {
  /** client-report, internal-brief, deck, learnings, ledger, or <artefact>-template (the `debrief pick --for` names). */
  artefact: string;
  name: string;
  id: string;
  url: string;
}

export function documentEntries(session: DebriefSession, documents: Documents): DocumentEntry[] {
  const entries: DocumentEntry[] = [];
  const nameOf = (id: string) => session.workspace.drive.find(id)?.name ?? '';
  const made = [['client-report', documents.clientReport], ['internal-brief', documents.internalBrief], ['deck', documents.deck]] as const;
  for (const [artefact, result] of made) if (result) entries.push({ artefact, name: result.file.name, id: result.file.id, url: result.file.url });
  if (documents.learnings) {
    const doc = documents.learnings.learningsDoc;
    entries.push({ artefact: 'learnings', name: nameOf(doc.id), id: doc.id, url: doc.url });
    const ledger = documents.learnings.ledger;
    if (ledger.ok) entries.push({ artefact: 'ledger', name: nameOf(ledger.ledger.id), id: ledger.ledger.id, url: ledger.ledger.url });
  }
  // The templates behind what was made, as the sidebar would list them (read without counting as the run's calls).
  const state = session.bundle.run('getReportsState') as ReportsState;
  const generated = new Set(made.filter(([, result]) => result).map(([, result]) => result?.file.artefact));
  for (const template of state.templates) {
    const id = template.url && /\/d\/([A-Za-z0-9_-]+)/.exec(template.url)?.[1];
    if (!id || !template.url || !generated.has(template.artefact)) continue;
    entries.push({ artefact: purposeFlag(templatePurpose(template.artefact)), name: nameOf(id), id, url: template.url });
  }
  return entries;
}
