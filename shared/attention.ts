// What needs the user now, across every partnership, each item with its reason.
// Pure and deterministic: the same data and `today` always give the same list.
import type { Partnership } from './domain';
import { daysBetween } from './dates';

export type AttentionReason = 'renewal' | 'at risk';

export interface AttentionItem {
  readonly key: string;
  readonly partnershipId: string;
  readonly partnershipName: string;
  readonly reason: AttentionReason;
  readonly title: string;
  readonly detail: string;
  /** Higher is more urgent. */
  readonly urgency: number;
}

export interface AttentionSnapshot {
  readonly partnerships: readonly Partnership[];
}

export const RENEWAL_WINDOW_DAYS = 90;

function renewalItem(p: Partnership, today: string): AttentionItem | undefined {
  if (!p.termEndsOn || p.status === 'ended') return undefined;
  const days = daysBetween(today, p.termEndsOn);
  if (days > RENEWAL_WINDOW_DAYS) return undefined;
  const when = days < 0 ? `ended ${-days} days ago` : days === 0 ? 'ends today' : `ends in ${days} days`;
  return {
    key: `renewal:${p.id}`,
    partnershipId: p.id,
    partnershipName: p.name,
    reason: 'renewal',
    title: `Renewal: the term ${when}`,
    detail: `Term ends on ${p.termEndsOn}. Decide whether to renew, renegotiate or exit.`,
    urgency: 60 + Math.max(0, RENEWAL_WINDOW_DAYS - days) / 3,
  };
}

function atRiskItem(p: Partnership): AttentionItem | undefined {
  if (p.status !== 'at risk') return undefined;
  return {
    key: `at-risk:${p.id}`,
    partnershipId: p.id,
    partnershipName: p.name,
    reason: 'at risk',
    title: 'Marked at risk',
    detail: 'You marked this partnership at risk. Agree a recovery plan with the partner.',
    urgency: 70,
  };
}

export function rankAttention(snapshot: AttentionSnapshot, today: string): AttentionItem[] {
  const items = snapshot.partnerships
    .filter((p) => !p.deletedAt)
    .flatMap((p) => [renewalItem(p, today), atRiskItem(p)])
    .filter((item): item is AttentionItem => item !== undefined);
  return items.sort((a, b) => b.urgency - a.urgency || a.partnershipName.localeCompare(b.partnershipName) || a.key.localeCompare(b.key));
}
