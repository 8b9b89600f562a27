// The emulated Google Workspace domain's people: the sample user every tool acts as by default, and a few
// colleagues for team scenarios (sharing a learnings Doc, picking a colleague's template). Any address may act;
// these are the ones the playground's user switcher offers.

export const DOMAIN = 'agency.example';

/** Who the local Workspace acts as unless told otherwise (`--as`, the playground's user switcher). */
export const SAMPLE_USER = `you@${DOMAIN}`;

export interface DomainUser {
  email: string;
  name: string;
  role: string;
}

export const DOMAIN_USERS: readonly DomainUser[] = [
  { email: SAMPLE_USER, name: 'You', role: 'Campaign manager' },
  { email: `avery@${DOMAIN}`, name: 'Avery Chen', role: 'Account lead' },
  { email: `blake@${DOMAIN}`, name: 'Blake Osei', role: 'Creator relations' },
  { email: `casey@${DOMAIN}`, name: 'Casey Ruiz', role: 'Strategist' },
];

/** A plausible email address (Google's own rules are looser; this only refuses typos like a missing "@"). */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** The display name Drive shows for an address: the directory's, else the part before "@". */
export function displayName(email: string): string {
  return DOMAIN_USERS.find((u) => u.email === email)?.name ?? email.split('@')[0] ?? email;
}
