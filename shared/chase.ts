// "Chase": a short, polite reminder to the partner about something they owe, to paste into
// an email. Built from the shared fields only (pickShared over the visibility maps), so a
// commitment's source, the partnership's status or a stakeholder's notes can never reach it.
import type { Commitment, Partnership, Stakeholder } from './domain';
import { COMMITMENT_VISIBILITY, PARTNERSHIP_VISIBILITY, STAKEHOLDER_VISIBILITY } from './domain';
import type { DateFormat } from './dates';
import { formatDayText } from './dates';
import { pickShared } from './exports/partnerSafe';

export interface ChaseOptions {
  /** Today in the user's zone (yyyy-MM-dd): "was due" once the day has passed. */
  readonly today: string;
  /** Who signs it (Settings: your name); no signature line when empty. */
  readonly senderName?: string;
  readonly dateFormat?: DateFormat;
}

/** The first word of a name, to greet someone as a colleague would. */
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

export function chaseText(commitment: Commitment, owner: Stakeholder | undefined, partnership: Partnership, options: ChaseOptions): string {
  const c = pickShared(commitment, COMMITMENT_VISIBILITY);
  const ownerName = owner ? pickShared(owner, STAKEHOLDER_VISIBILITY).name.trim() : '';
  const { partnerOrg } = pickShared(partnership, PARTNERSHIP_VISIBILITY);
  const team = partnerOrg.trim() ? `${partnerOrg.trim()} team` : 'team';
  const greeting = `Hi ${ownerName ? firstName(ownerName) : team},`;
  const day = formatDayText(c.dueOn, options.dateFormat);
  const due = c.dueOn < options.today ? `it was due on ${day}` : c.dueOn === options.today ? `it is due today, ${day}` : `it is due on ${day}`;
  // The owner named, or else the partner organisation: the reader knows whose it is.
  const owedBy = ownerName || partnerOrg.trim();
  const took = owedBy ? `, which ${owedBy} took on` : '';
  const body = `A friendly reminder about “${c.title.trim()}”${took}: ${due}. Could you let me know where it stands, or when we can expect it? If it is already done, thank you, and please just let me know.`;
  const signature = options.senderName?.trim() ? `Best regards,\n${options.senderName.trim()}` : 'Best regards';
  return `${greeting}\n\n${body}\n\n${signature}\n`;
}
