// File names for a brief's exports: the Markdown and the PDF of one edition share one.
import type { Edition } from '@shared/exports/partnerSafe';

export function briefFileBase(partnershipName: string, title: string, day: string, edition: Edition): string {
  return `${partnershipName} – ${title} ${day} ${edition === 'partner' ? 'pre-read' : 'brief (internal)'}`;
}
