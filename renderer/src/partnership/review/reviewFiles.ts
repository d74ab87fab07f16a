// File names for the exports of reviews, roll-ups and intent summaries: the Markdown and
// the PDF of the same document share a name, e.g. `Acme – 2027-Q1 review (partner)`.
import type { Edition } from '@shared/exports/partnerSafe';

export function reviewFileBase(name: string, quarter: string, edition: Edition): string {
  return `${name} – ${quarter} review (${edition})`;
}

export function intentFileBase(name: string): string {
  return `${name} – intent summary (partner)`;
}

export function rollupFileBase(quarter: string): string {
  return `Portfolio roll-up – ${quarter}`;
}
