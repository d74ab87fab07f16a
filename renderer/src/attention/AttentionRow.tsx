import type { AttentionItem } from '@shared/attention';
import { routeHref } from '../router';

const TONE: Record<AttentionItem['reason'], 'bad' | 'warn' | 'info'> = {
  'cadence overdue': 'bad',
  'commitment overdue': 'bad',
  'health dropped': 'bad',
  'at risk': 'bad',
  renewal: 'warn',
  'cadence due soon': 'warn',
  'health check due': 'warn',
  'intent never agreed': 'info',
  'intent changed': 'info',
};

export function AttentionRow({ item }: { readonly item: AttentionItem }) {
  return (
    <li className={`attention-item tone-${TONE[item.reason]}`}>
      <a href={routeHref({ screen: 'partnership', id: item.partnershipId, tab: item.tab })}>
        <span className="attention-partnership">{item.partnershipName}</span>
        <span className="attention-title">{item.title}</span>
        <span className="attention-detail">{item.detail}</span>
        <span className="attention-reason">{item.reason}</span>
      </a>
    </li>
  );
}
