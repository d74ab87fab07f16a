// What the user sees when several reminders are released at once (the morning after
// quiet hours, a Monday after a weekend, a wake from sleep): one notification per
// partnership, and above DIGEST_AFTER partnerships one overall digest. Never a flood.
import type { PlannedReminder, ReminderDigest, ReminderNotification } from './types';

/** More partnerships than this with reminders released at once become one digest notification. */
export const DIGEST_AFTER = 3;
/** Grouped and digest notifications are keyed with this prefix; clicking one opens the notification centre. */
export const DIGEST_KEY_PREFIX = 'digest:';
const LINES = 5;

const plural = (n: number) => `${n} reminder${n === 1 ? '' : 's'}`;

/** A few lines, then "…and N more". */
function clipped(lines: readonly string[]): string {
  const shown = lines.slice(0, LINES);
  return (lines.length > LINES ? [...shown, `…and ${lines.length - LINES} more`] : shown).join('\n');
}

/** By partnership, in the order each partnership first appears in `due`. */
function byPartnership(due: readonly PlannedReminder[]): PlannedReminder[][] {
  const groups = new Map<string, PlannedReminder[]>();
  for (const r of due) groups.set(r.partnershipId, [...(groups.get(r.partnershipId) ?? []), r]);
  return [...groups.values()];
}

/** Present when more than DIGEST_AFTER partnerships have reminders in `due`: one notification for all. */
export function overallDigest(due: readonly PlannedReminder[]): ReminderDigest | undefined {
  const groups = byPartnership(due);
  if (groups.length <= DIGEST_AFTER) return undefined;
  const lines = groups.map((g) => `${g[0]?.partnershipName ?? ''}: ${g.length === 1 ? (g[0]?.title ?? '') : plural(g.length)}`);
  return { title: `${plural(due.length)} from ${groups.length} partnerships`, body: clipped(lines), keys: due.map((r) => r.key) };
}

function groupNotification(group: readonly PlannedReminder[]): ReminderNotification {
  const [first] = group;
  if (!first) return { key: DIGEST_KEY_PREFIX, title: '', body: '', keys: [] };
  if (group.length === 1) return { key: first.key, title: first.title, body: first.body, keys: [first.key] };
  return { key: `${DIGEST_KEY_PREFIX}${first.key}`, title: `${first.partnershipName}: ${plural(group.length)}`, body: clipped(group.map((r) => r.title)), keys: group.map((r) => r.key) };
}

/** The notifications for reminders delivered together: one per partnership, or the overall digest. */
export function groupNotifications(due: readonly PlannedReminder[]): ReminderNotification[] {
  const digest = overallDigest(due);
  if (digest) return [{ key: `${DIGEST_KEY_PREFIX}${due[0]?.key ?? ''}`, ...digest }];
  return byPartnership(due).map(groupNotification);
}
