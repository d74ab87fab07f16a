// A meeting recap's file name, shared by its Markdown and its PDF: `Acme – recap Ops sync 2027-01-14 (partner)`.
import type { MeetingRecap } from '@shared/exports/meetingRecap';
import type { Edition } from '@shared/exports/partnerSafe';

export function recapFileBase(recap: Pick<MeetingRecap, 'partnershipName' | 'title' | 'occurredOn'>, edition: Edition): string {
  return `${recap.partnershipName} – recap ${recap.title} ${recap.occurredOn} (${edition})`;
}
